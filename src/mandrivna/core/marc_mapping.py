"""From a MARC record (pymarc) to the catalogue's fields, in MARC21 or UNIMARC (and its
Ukrainian profile УКРМАРК): which flavour a file is in, which encoding it declares, and where each
field of a bibliographic record lives in either flavour.

Records read from ISO 2709 keep their bytes undecoded (pymarc ``to_unicode=False``); ``decode``
turns them into text with the encoding chosen for the file. Records from MARCXML hold text already.

=============  ========================  ================================
field          MARC21                    UNIMARC / УКРМАРК
=============  ========================  ================================
title          245 $a : $b. $n, $p       200 $a : $e
authors        100, 700 $a               700, 701 $a, $g (or $b)
publisher      264 / 260 $b              210 / 214 $c
place          264 / 260 $a              210 / 214 $a
year           264 / 260 $c, 008/07-10   210 / 214 $d, 100 $a/9-12
isbn           020 $a                    010 $a
language       041 $a, 008/35-37         101 $a
udc            080 $a                    675 $a
subjects       6xx $a — $x — $y — $z     60x $a — $x — $y — $z, 610 $a
material type  leader/6-7                leader/6-7
url            856 $u                    856 $u
source id      001                       001
copies         852 $p, 949 $p, 952 $p    995 $f, 899 $p, 852 $p, 910 $h/$b
=============  ========================  ================================
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

MARC21 = "marc21"
UNIMARC = "unimarc"
FLAVOURS = (MARC21, UNIMARC)
_FLAVOUR_ALIASES = {
    "marc21": MARC21,
    "marc": MARC21,
    "usmarc": MARC21,
    "unimarc": UNIMARC,
    "ukrmarc": UNIMARC,
    "укрмарк": UNIMARC,
    "rusmarc": UNIMARC,
}
# Tags that exist in one flavour only (or mean something else in the other).
_UNIMARC_CLUES = frozenset(("010", "101", "102", "200", "205", "210", "214", "215", "606", "675"))
_MARC21_CLUES = frozenset(("008", "020", "040", "041", "082", "245", "250", "260", "264", "300"))
# UNIMARC 100 $a/26-29 character set codes that name one encoding.
_UNIMARC_CHARSETS = {"50": "utf-8", "89": "cp1251"}  # 89: Windows-1251 (RUSMARC, УКРМАРК)

Decode = Callable[[bytes], str]
_YEAR = re.compile(r"(1[4-9]\d\d|20\d\d)")
_TRAILING = " /:;,=+"
_HOLDINGS = {
    MARC21: (("852", "p"), ("949", "p"), ("952", "p")),
    UNIMARC: (("995", "f"), ("899", "p"), ("852", "p"), ("910", "h"), ("910", "b")),
}
_SUBDIVISIONS = ("j", "x", "y", "z", "v")


def normalise_flavour(name: str) -> str:
    key = name.strip().lower()
    if key not in _FLAVOUR_ALIASES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown MARC flavour {name}: use marc21 or unimarc."),
            name=name,
        )
    return _FLAVOUR_ALIASES[key]


def flavour_votes(tags: Iterable[str]) -> int:
    """Above zero when a record's tags look like UNIMARC, below zero when like MARC21."""
    present = set(tags)
    return len(present & _UNIMARC_CLUES) - len(present & _MARC21_CLUES)


def detect_flavour(tag_sets: Iterable[Iterable[str]]) -> str | None:
    """The flavour most records of a sample vote for; None when nothing tells them apart."""
    total = sum(flavour_votes(tags) for tags in tag_sets)
    if total > 0:
        return UNIMARC
    if total < 0:
        return MARC21
    return None


# Non-sorting markers (UNIMARC/ISO 6630 NSB/NSE, MARC21 NSB/NSE): they mark an article to skip
# when sorting ("\x88L'\x89altra faccia"); the text shown never holds them.
_NON_SORTING = str.maketrans("", "", "\x88\x89\x98\x9c")


def _text(value: Any, decode: Decode) -> str:
    text = decode(value) if isinstance(value, bytes) else str(value or "")
    return text.translate(_NON_SORTING)


def declared_encoding(record: Any, flavour: str) -> str | None:
    """The encoding the record says it is in: UNIMARC 100 $a/26-29, else leader/9 'a' (UTF-8)."""
    if flavour == UNIMARC:
        for general in record.get_fields("100"):
            for value in general.get_subfields("a"):
                data = _text(value, lambda b: b.decode("ascii", errors="replace"))
                for code in (data[26:28], data[28:30]):
                    if code in _UNIMARC_CHARSETS:
                        return _UNIMARC_CHARSETS[code]
    return "utf-8" if str(record.leader)[9:10] == "a" else None


@dataclass
class MappedRecord:
    """One record's catalogue fields as found, not yet checked; ISBNs in the order given."""

    fields: dict[str, Any]
    isbns: list[str] = field(default_factory=list)
    barcodes: list[str] = field(default_factory=list)
    copies: int = 0  # copies held, with or without barcodes


class _Fields:
    """A record's fields by tag, with its subfields decoded as they are asked for."""

    def __init__(self, record: Any, decode: Decode) -> None:
        self.decode = decode
        self.by_tag: dict[str, list[Any]] = defaultdict(list)
        for f in record.fields:
            self.by_tag[f.tag].append(f)
        self._decoded: dict[int, list[tuple[str, str]]] = {}

    def control(self, tag: str) -> str:
        found = self.by_tag.get(tag)
        return _text(found[0].data, self.decode).strip() if found else ""

    def subfields(self, f: Any, codes: str) -> list[tuple[str, str]]:
        """The non-empty subfields of ``f`` with these codes, decoded (once per field)."""
        pairs = self._decoded.get(id(f))
        if pairs is None:
            pairs = []
            for sub in f.subfields:
                value = " ".join(_text(sub.value, self.decode).split())
                if value:
                    pairs.append((sub.code, value))
            self._decoded[id(f)] = pairs
        return [pair for pair in pairs if pair[0] in codes]

    def first(self, tags: Iterable[str], code: str) -> str:
        for tag in tags:
            for f in self.by_tag.get(tag, ()):
                for _, value in self.subfields(f, code):
                    return value
        return ""

    def every(self, tags: Iterable[str], code: str) -> list[str]:
        return [
            value
            for tag in tags
            for f in self.by_tag.get(tag, ())
            for _, value in self.subfields(f, code)
        ]


def _trim(value: str) -> str:
    """Without the ISBD punctuation that ends a MARC subfield ("Київ :" → "Київ")."""
    value = value.strip().rstrip(_TRAILING).strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1].strip()
    return value


def _trim_name(value: str) -> str:
    """A name without a closing comma or full stop, keeping the stop of an initial ("Т. Г.")."""
    value = _trim(value)
    last = value.replace(",", " ").split()[-1] if value.split() else ""
    if value.endswith(".") and len(last.rstrip(".")) > 1:
        value = value[:-1].rstrip()
    return value


def _year(*texts: str) -> str | None:
    for text in texts:
        match = _YEAR.search(text or "")
        if match:
            return match.group(1)
    return None


def _material_type(leader: str, flavour: str) -> str:
    kind, level = leader[6:7], leader[7:8]
    if kind == "i":
        return "audiobook"
    if (flavour == MARC21 and kind == "m") or (flavour == UNIMARC and kind == "l"):
        return "ebook"
    if kind in "abt" and level == "s":
        return "periodical"
    return "book"


def _subjects(f: _Fields, tags: Iterable[str], single: Iterable[str]) -> list[str]:
    found: list[str] = []
    for tag in tags:
        for heading in f.by_tag.get(tag, ()):
            parts = [v for _, v in f.subfields(heading, "a" + "".join(_SUBDIVISIONS))]
            if parts:
                found.append(" — ".join(_trim(p) for p in parts))
    found.extend(_trim(v) for v in f.every(single, "a"))
    return list(dict.fromkeys(s for s in found if s))


def _holdings(f: _Fields, flavour: str) -> tuple[list[str], int]:
    barcodes: list[str] = []
    copies = 0
    by_tag: dict[str, list[str]] = defaultdict(list)
    for tag, code in _HOLDINGS[flavour]:
        by_tag[tag].append(code)
    for tag, codes in by_tag.items():
        for holding in f.by_tag.get(tag, ()):
            copies += 1
            values = dict(reversed(f.subfields(holding, "".join(codes))))
            barcode = next((values[c] for c in codes if values.get(c)), "")
            if barcode:
                barcodes.append(barcode)
    return barcodes, copies


def _marc21(f: _Fields, leader: str) -> dict[str, Any]:
    title = ""
    for heading in f.by_tag.get("245", ())[:1]:
        parts = f.subfields(heading, "abnp")
        for code, value in parts:
            value = _trim(value)
            if code == "a" or not title:
                title = value if not title else f"{title} ; {value}"
            elif code == "b":
                title = f"{title} : {value}"
            else:
                title = f"{title}. {value}"
    fixed = f.control("008")
    place_tags = ("264", "260")
    return {
        "title": title,
        "authors": [_trim_name(a) for a in f.every(("100", "700"), "a")],
        "publisher": _trim(f.first(place_tags, "b")),
        "place": _trim(f.first(place_tags, "a")),
        "year": _year(f.first(place_tags, "c"), fixed[7:11]),
        "language": f.first(("041",), "a") or fixed[35:38].strip(" |") or None,
        "udc": f.first(("080",), "a"),
        "subjects": _subjects(
            f, ("600", "610", "611", "630", "648", "650", "651", "655"), ("653",)
        ),
        "material_type": _material_type(leader, MARC21),
    }


def _unimarc_name(f: _Fields, heading: Any) -> str:
    values = dict(reversed(f.subfields(heading, "abg")))
    surname, forenames = values.get("a", ""), values.get("g") or values.get("b", "")
    forenames = forenames.strip().lstrip(",").strip()  # "$b, Isaac" as many systems write it
    if not surname:
        return ""
    return _trim_name(f"{_trim(surname)}, {forenames}" if forenames else surname)


def _unimarc(f: _Fields, leader: str) -> dict[str, Any]:
    title = ""
    for heading in f.by_tag.get("200", ())[:1]:
        for code, value in f.subfields(heading, "ae"):
            value = _trim(value)
            if code == "a":
                title = value if not title else f"{title} ; {value}"
            elif title:
                title = f"{title} : {value}"
    general = f.first(("100",), "a")
    place_tags = ("210", "214")
    authors = [
        _unimarc_name(f, heading) for tag in ("700", "701") for heading in f.by_tag.get(tag, ())
    ]
    return {
        "title": title,
        "authors": [a for a in authors if a],
        "publisher": _trim(f.first(place_tags, "c")),
        "place": _trim(f.first(place_tags, "a")),
        "year": _year(f.first(place_tags, "d"), general[9:13]),
        "language": f.first(("101",), "a") or None,
        "udc": f.first(("675",), "a"),
        "subjects": _subjects(
            f,
            ("600", "601", "602", "604", "605", "606", "607", "608", "615", "616", "617"),
            ("610",),
        ),
        "material_type": _material_type(leader, UNIMARC),
    }


def map_record(record: Any, flavour: str, decode: Decode) -> MappedRecord:
    """The catalogue fields of a pymarc record in ``flavour`` (values still unchecked)."""
    f = _Fields(record, decode)
    leader = str(record.leader)
    fields = _marc21(f, leader) if flavour == MARC21 else _unimarc(f, leader)
    fields["url"] = f.first(("856",), "u")
    fields["source_id"] = f.control("001")
    isbn_tag = "020" if flavour == MARC21 else "010"
    isbns = [value.split()[0] for value in f.every((isbn_tag,), "a")]
    barcodes, copies = _holdings(f, flavour)
    clean = {k: (v or None) if not isinstance(v, list) else v for k, v in fields.items()}
    return MappedRecord(clean, isbns, barcodes, max(copies, len(barcodes)))
