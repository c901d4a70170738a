"""MARC files for tests, made with pymarc: records described as lists of fields, written as
ISO 2709 in any encoding (bytes placed as they are, so a file can lie about its encoding) or as
MARCXML."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from pymarc import Field, Indicators, RawField, Record, Subfield, XMLWriter

# ("001", "data") for a control field; ("200", "1 ", [("a", "Title"), ...]) for a data field
FieldSpec = tuple[str, str] | tuple[str, str, list[tuple[str, str]]]


def raw_record(
    fields: Sequence[FieldSpec], encoding: str, leader: str = "nam  22        450 "
) -> Record:
    record = Record(to_unicode=False, leader=leader.ljust(24))
    for spec in fields:
        if len(spec) == 2:
            record.add_field(RawField(tag=spec[0], data=spec[1].encode(encoding)))
        else:
            tag, indicators, subfields = spec
            record.add_field(
                RawField(
                    tag=tag,
                    indicators=Indicators(indicators[0], indicators[1]),
                    subfields=[Subfield(code, value.encode(encoding)) for code, value in subfields],
                )
            )
    return record


def write_iso(
    path: Path,
    records: Sequence[Sequence[FieldSpec]],
    encoding: str,
    leader: str = "nam  22        450 ",
) -> Path:
    with open(path, "wb") as handle:
        for fields in records:
            handle.write(raw_record(fields, encoding, leader).as_marc())
    return path


def write_xml(
    path: Path, records: Sequence[Sequence[FieldSpec]], leader: str = "nam a22        450 "
) -> Path:
    buffer = io.BytesIO()
    writer = XMLWriter(buffer)
    for fields in records:
        record = Record(leader=leader.ljust(24))
        for spec in fields:
            if len(spec) == 2:
                record.add_field(Field(tag=spec[0], data=spec[1]))
            else:
                tag, indicators, subfields = spec
                record.add_field(
                    Field(
                        tag=tag,
                        indicators=Indicators(indicators[0], indicators[1]),
                        subfields=[Subfield(code, value) for code, value in subfields],
                    )
                )
        writer.write(record)
    writer.close(close_fh=False)
    path.write_bytes(buffer.getvalue())
    return path


def unimarc_general(charset: str = "50  ") -> str:
    """UNIMARC 100 $a: 36 characters, the character sets at 26-29."""
    value = "20240115d2019    k  y0ukry" + charset + "    ca"
    assert value[26:30] == charset and len(value) == 36
    return value
