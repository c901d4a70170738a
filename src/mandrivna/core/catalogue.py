"""The catalogue's records and copies as every layer sees them, and its rules: record types, copy
states and sources, and the checks of a record (title present, year possible, ISBN with a valid
check digit, stored as ISBN-13 digits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from operator import mul
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.loans import Loan
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

MATERIAL_TYPES = ("book", "ebook", "audiobook", "periodical", "online")
# What a copy's stored status may say. Whether it is on loan is not among them: that follows
# from the desk's loan facts alone (an open loan), the same on every laptop.
COPY_STATUSES = ("available", "in_transit", "lost", "written_off")
ON_LOAN = "on_loan"
# The states a copy is shown and filtered by: on loan, and what its status marks.
COPY_STATES = ("available", ON_LOAN, "in_transit", "lost", "written_off")
ACQUISITIONS = ("donation", "purchase", "other")
PARCEL_STATUSES = ("formed", "sent", "received")
# How many records a catalogue search shows at most (type more to narrow).
SEARCH_LIMIT = 50


@dataclass(frozen=True, slots=True, kw_only=True)
class BibRecord:
    """A bibliographic record: one title, whatever number of copies it has."""

    id: str
    title: str | None = None
    authors: list[str] | None = None
    publisher: str | None = None
    place: str | None = None
    year: int | None = None
    isbn: str | None = None  # ISBN-13, digits only
    language: str | None = None
    udc: str | None = None
    subjects: list[str] | None = None
    material_type: str | None = None
    url: str | None = None
    source_id: str | None = None  # the record's id where it came from (an import)
    created_on: str | None = None  # the day it was catalogued here
    created_hub: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BookCopy:
    """One physical (or licensed) copy of a record: its barcode, where it is and its status."""

    id: str
    record_id: str | None = None
    barcode: str | None = None
    hub: str | None = None
    acquisition: str | None = None  # donation, purchase, other
    acquisition_source: str | None = None  # e.g. the Ukrainian Book Institute
    acquired_on: str | None = None
    status: str | None = None


# python-stdnum is imported where an ISBN is checked or shown, not when the tables are defined
# at every start of the app (20 ms there, issue #17).


def normalise_isbn(value: str) -> str:
    """An ISBN-10 or ISBN-13 in any punctuation as ISBN-13 digits; raises ValidationError."""
    from stdnum import isbn as stdnum_isbn
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return str(stdnum_isbn.to_isbn13(stdnum_isbn.validate(value)))
    except StdnumError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The ISBN {isbn} is not valid (check its digits)."),
            isbn=value,
        ) from None


def format_isbn(isbn13: str) -> str:
    """ISBN-13 digits with the usual hyphens, for display."""
    from stdnum import isbn as stdnum_isbn
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return str(stdnum_isbn.format(isbn13))
    except StdnumError:
        return isbn13


def isbn10(isbn13: str) -> str | None:
    """The ISBN-10 of an ISBN-13 that has one (prefix 978), for search; else None.

    Computed here for the 13 digits that records hold (the search index asks it for every
    record it indexes: python-stdnum's conversion validates and reformats, 20 times slower);
    anything else goes through python-stdnum, with the same answer."""
    if len(isbn13) == 13 and isbn13.isdigit() and isbn13.isascii():
        digits = isbn13.encode("ascii")
        if not isbn13.startswith("978") or _ean_check(digits) != digits[12] - 48:
            return None
        check = -(sum(map(mul, digits[3:12], _ISBN10_WEIGHTS)) - _ISBN10_ZEROS) % 11
        return isbn13[3:12] + ("X" if check == 10 else str(check))
    from stdnum import isbn as stdnum_isbn
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        return str(stdnum_isbn.to_isbn10(isbn13))
    except StdnumError:
        return None


_EAN_WEIGHTS = (1, 3) * 6
_EAN_ZEROS = 48 * sum(_EAN_WEIGHTS)  # the weights times the code of "0"
_ISBN10_WEIGHTS = tuple(range(10, 1, -1))
_ISBN10_ZEROS = 48 * sum(_ISBN10_WEIGHTS)


def _ean_check(digits: bytes) -> int:
    """The check digit of an EAN-13 (ISBN-13) from its first 12 digits (ASCII)."""
    return int(-(sum(map(mul, digits[:12], _EAN_WEIGHTS)) - _EAN_ZEROS) % 10)


def _clean_list(values: Any) -> list[str]:
    if isinstance(values, str):
        values = values.split(";")
    return [" ".join(str(v).split()) for v in values or [] if str(v).strip()]


def validate_record(fields: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Check and normalise a bibliographic record's fields."""
    clean: dict[str, Any] = {
        k: (" ".join(v.split()) or None if isinstance(v, str) else v) for k, v in fields.items()
    }
    if "title" in clean and not clean["title"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the title."))
    for name in ("authors", "subjects"):
        if name in clean:
            clean[name] = _clean_list(clean[name])
    year = clean.get("year")
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            year = -1
        if not 1400 <= year <= today.year + 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The year {year} is not possible."),
                year=clean.get("year"),
            )
        clean["year"] = year
    if clean.get("isbn"):
        clean["isbn"] = normalise_isbn(clean["isbn"])
    kind = clean.get("material_type")
    if kind is not None and kind not in MATERIAL_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=kind)
    if kind == "online" and "url" in clean and not clean.get("url"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An online resource needs its URL."))
    return clean


def copy_states(status: str | None, on_loan: bool) -> tuple[str, ...]:
    """The states a copy is in: on loan when it has an open loan, then what its stored status
    marks (lost, in transit, written off); a copy with neither is available."""
    mark = None if status in (None, "available", ON_LOAN) else status
    states = ((ON_LOAN,) if on_loan else ()) + ((mark,) if mark else ())
    return states or ("available",)


def validate_copy(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise a copy's fields."""
    clean: dict[str, Any] = {
        k: (" ".join(v.split()) or None if isinstance(v, str) else v) for k, v in fields.items()
    }
    if "barcode" in clean and not clean["barcode"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the copy's barcode."))
    if clean.get("barcode"):
        clean["barcode"] = "".join(clean["barcode"].split()).upper()
    status = clean.get("status")
    if status == ON_LOAN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A copy goes on loan and comes back only at the lending desk; its status says "
                "only whether it is available, lost, in transit or written off.",
            )
        )
    if status is not None and status not in COPY_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown copy status: {name}."), name=status
        )
    how = clean.get("acquisition")
    if how is not None and how not in ACQUISITIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown way of acquisition: {name}."), name=how
        )
    return clean


@dataclass
class CatalogueFilter:
    """What the catalogue's list is narrowed to: a type of record, copies at a hub, copies in a
    state (``COPY_STATES``); None is any."""

    material_type: str | None = None
    hub: str | None = None
    status: str | None = None


@dataclass
class RecordHit:
    """A record found, with the counts of its copies shown in the result list."""

    record: BibRecord
    copies: int = 0
    available: int = 0
    hubs: list[str] = field(default_factory=list)


@dataclass
class CopyLine:
    """A copy as the catalogue shows it: the copy, its open loan (the newest, when a copy was
    lent twice offline) and whether an open loan of it is flagged ``lent_again``."""

    copy: BookCopy
    loan: Loan | None = None
    lent_again: bool = False

    @property
    def states(self) -> tuple[str, ...]:
        """On loan as its loans say, and what its status marks."""
        return copy_states(self.copy.status, self.loan is not None)
