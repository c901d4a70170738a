"""MARC files: ISO 2709 (``.mrc``, ``.iso``) and MARCXML (``.xml``), in MARC21 or UNIMARC, UTF-8
or cp1251. Opening one looks at its first records to tell the flavour and the encoding (either may
be given instead); reading yields its records one by one, parsed by pymarc.

ISO 2709 records are split at their end-of-record byte and parsed with their bytes undecoded, so
the encoding the file declares (which is often wrong) never garbles them: the text is decoded
with the encoding chosen here. A damaged record is reported by its number and the rest are read.
"""

from __future__ import annotations

import io
import re
import warnings
import xml.sax
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pymarc import Record
from pymarc.marcxml import parse_xml_to_array

from mandrivna.core import marc_mapping
from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.text_encoding import SAMPLE_BYTES, detect_encoding, normalise_encoding

ISO2709 = "iso2709"
MARCXML = "marcxml"
MARC_SUFFIXES = (".mrc", ".iso", ".marc", ".xml")
END_OF_RECORD = b"\x1d"
SAMPLE_RECORDS = 200
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']""")


def is_marc(path: Path) -> bool:
    return path.suffix.lower() in MARC_SUFFIXES


@dataclass
class MarcFile:
    """A MARC file as opened: its syntax, and the flavour and encoding its records are read in
    (each: the one used, the one detected, and for the encoding the one the file declares)."""

    path: Path
    syntax: str
    flavour: str
    detected_flavour: str | None
    encoding: str
    detected_encoding: str
    declared_encoding: str | None
    total: int
    _xml_records: list[Any] = field(default_factory=list, repr=False)


def _unreadable(path: Path, exc: BaseException) -> ValidationError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read: {reason}."),
        file=str(path),
        reason=reason,
    )


def _chunks(handle: Any) -> Iterator[bytes]:
    """The raw records of an ISO 2709 stream, split at the end-of-record byte."""
    rest = b""
    for block in iter(lambda: handle.read(SAMPLE_BYTES), b""):
        parts = (rest + block).split(END_OF_RECORD)
        rest = parts.pop()
        for part in parts:
            yield part.lstrip(b"\r\n\x00 ") + END_OF_RECORD
    if rest.strip(b"\r\n\x00\x1a "):
        yield rest.lstrip(b"\r\n\x00 ")


def _parse(chunk: bytes) -> Record:
    with warnings.catch_warnings():  # pymarc warns of odd subfield codes; the record is kept
        warnings.simplefilter("ignore")
        return Record(data=chunk, to_unicode=False)


def _syntax(sample: bytes) -> str:
    head = sample.lstrip(b"\xef\xbb\xbf \r\n\t")
    return MARCXML if head.startswith(b"<") else ISO2709


def _sample_records(records: list[Any]) -> tuple[str | None, str | None]:
    """The flavour the sample's tags tell, and the encoding its records declare."""
    detected = marc_mapping.detect_flavour({f.tag for f in r.fields} for r in records)
    for record in records:
        declared = marc_mapping.declared_encoding(record, detected or marc_mapping.UNIMARC)
        if declared:
            return detected, declared
    return detected, None


def open_marc(path: Path, encoding: str | None = None, flavour: str | None = None) -> MarcFile:
    """Open a MARC file; ``encoding`` and ``flavour`` override what is detected. Without any
    clue to the flavour, UNIMARC (УКРМАРК) is assumed: the format of Ukrainian libraries."""
    path = Path(path)
    encoding = normalise_encoding(encoding) if encoding else None
    flavour = marc_mapping.normalise_flavour(flavour) if flavour else None
    try:
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if _syntax(sample) == MARCXML:
        return _open_xml(path, sample, encoding, flavour)
    records: list[Any] = []
    with io.BytesIO(sample) as handle:
        for chunk in _chunks(handle):
            if len(records) >= SAMPLE_RECORDS:
                break
            try:
                records.append(_parse(chunk))
            except Exception:  # a damaged record: reported when the file is read
                continue
    if not records and sample.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is not a MARC file (ISO 2709 or XML)."),
            file=str(path),
        )
    detected_flavour, declared = _sample_records(records)
    detected = detect_encoding(sample, declared).encoding
    with open(path, "rb") as handle:
        total = sum(b.count(END_OF_RECORD) for b in iter(lambda: handle.read(SAMPLE_BYTES), b""))
    return MarcFile(
        path,
        ISO2709,
        flavour or detected_flavour or marc_mapping.UNIMARC,
        detected_flavour,
        encoding or detected,
        detected,
        declared,
        total,
    )


def _open_xml(path: Path, sample: bytes, encoding: str | None, flavour: str | None) -> MarcFile:
    match = _XML_ENCODING.match(sample)
    declared = None
    if match:
        try:
            declared = normalise_encoding(match.group(1).decode("ascii"))
        except ValidationError:
            declared = None
    declared = declared or "utf-8"  # XML without a declaration is UTF-8
    detected = detect_encoding(sample, declared).encoding
    used = encoding or detected
    text = path.read_bytes().decode(used, errors="replace").lstrip("\ufeff")
    text = re.sub(r"^(\s*<\?xml[^>]*?)\sencoding\s*=\s*[\"'][^\"']*[\"']", r"\1", text)
    try:
        records = parse_xml_to_array(io.BytesIO(text.encode("utf-8")))  # type: ignore[no-untyped-call]
    except xml.sax.SAXException as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is not readable MARCXML: {reason}."),
            file=str(path),
            reason=str(exc),
        ) from exc
    detected_flavour, _ = _sample_records(records[:SAMPLE_RECORDS])
    return MarcFile(
        path,
        MARCXML,
        flavour or detected_flavour or marc_mapping.UNIMARC,
        detected_flavour,
        used,
        detected,
        declared,
        len(records),
        records,
    )


def read_records(marc: MarcFile) -> Iterator[tuple[int, Any | None, BaseException | None]]:
    """(number from 1, record, None) for each record, or (number, None, why) for a damaged one."""
    if marc.syntax == MARCXML:
        for number, record in enumerate(marc._xml_records, start=1):
            yield number, record, None
        return
    try:
        handle = open(marc.path, "rb")  # noqa: SIM115 (closed below, also when left early)
    except OSError as exc:
        raise _unreadable(marc.path, exc) from exc
    with handle:
        for number, chunk in enumerate(_chunks(handle), start=1):
            try:
                record = _parse(chunk)
            except Exception as exc:  # pymarc raises its own kinds for each way a record breaks
                yield number, None, exc
            else:
                yield number, record, None
