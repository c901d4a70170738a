"""One row of an import (a MARC record or a line of a table) as checked, and the problems found.

A problem is an error (the file cannot go in until it is fixed) or a warning (the row goes in,
without the value named). An invalid ISBN or an impossible year in a file is a warning: the
record is kept without it, because the title and copies matter more than one bad number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mandrivna.core.catalogue import normalise_isbn, validate_copy, validate_record
from mandrivna.core.errors import MandrivnaError, ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Problem:
    """What is wrong with row ``number`` (a MARC record's number, or a table's line)."""

    number: int
    error: MandrivnaError
    warning: bool = False


@dataclass
class ImportRow:
    """A checked row: the fields to store, and for a record its copies."""

    number: int
    fields: dict[str, Any]
    barcodes: list[str] = field(default_factory=list)
    copies: int = 0
    entity_id: str | None = None  # the app's own id, when a file exported by the app gives it
    problems: list[Problem] = field(default_factory=list)
    action: str | None = None  # once planned: "new", "update" or "same"
    new_copies: int = 0  # once planned: copies this row adds

    @property
    def ok(self) -> bool:
        return not any(not p.warning for p in self.problems)

    def warn(self, error: MandrivnaError) -> None:
        self.problems.append(Problem(self.number, error, warning=True))

    def fail(self, error: MandrivnaError) -> None:
        self.problems.append(Problem(self.number, error))


def first_valid_isbn(row: ImportRow, isbns: list[str]) -> str | None:
    """The first ISBN that checks out; a warning for each one that does not."""
    for isbn in isbns:
        try:
            return normalise_isbn(isbn)
        except ValidationError:
            row.warn(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The ISBN {isbn} is not valid; the record goes in without it."
                    ),
                    isbn=isbn,
                )
            )
    return None


def check_record(row: ImportRow, isbns: list[str], today: dt.date) -> None:
    """Check and normalise a record row's fields in place (see the module's rules)."""
    fields = row.fields
    fields["isbn"] = first_valid_isbn(row, isbns)
    if not fields.get("title") or not str(fields["title"]).strip():
        row.fail(ValidationError(QT_TRANSLATE_NOOP("errors", "The record has no title.")))
        return
    if fields.get("year") is not None:
        try:
            validate_record({"year": fields["year"]}, today)
        except ValidationError:
            row.warn(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The year {year} is not possible; the record goes in without it."
                    ),
                    year=fields["year"],
                )
            )
            fields["year"] = None
    isbn = fields.pop("isbn")  # checked above: not again
    try:
        row.fields = validate_record(fields, today)
    except ValidationError as exc:
        row.fail(exc)
    row.fields["isbn"] = isbn


def check_copies(row: ImportRow) -> None:
    """Barcodes as stored (spaces dropped, capitals), each once; copies at least as many."""
    barcodes = []
    for barcode in row.barcodes:
        clean = validate_copy({"barcode": barcode}).get("barcode") if barcode.strip() else None
        if clean and clean not in barcodes:
            barcodes.append(clean)
    row.barcodes = barcodes
    row.copies = max(row.copies, len(barcodes))
