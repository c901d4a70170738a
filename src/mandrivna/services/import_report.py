"""What an import found and did, for the preview and the result: counts, the first rows, the
problems by line or record number. Shared by the catalogue's and the readers' imports."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from mandrivna.core.change import Changed
from mandrivna.core.errors import Translate, ValidationError
from mandrivna.core.import_rows import ImportRow, Problem
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

# Rows kept for the preview table, and problems kept for the list (the rest are counted).
PREVIEW_ROWS = 200
MAX_PROBLEMS = 1000
BATCH = 1000

Progress = Callable[[int, int], None]  # rows read, rows in the file (0 when not known)

T = TypeVar("T")

NEW = "new"
UPDATE = "update"
SAME = "same"


@dataclass
class SourceInfo:
    """What the file is: its format, and the encoding and MARC flavour used and detected."""

    format: str  # iso2709, marcxml, csv, xlsx
    encoding: str | None = None
    detected_encoding: str | None = None
    declared_encoding: str | None = None
    flavour: str | None = None
    detected_flavour: str | None = None
    total: int | None = None


@dataclass
class ImportReport:
    """An import's preview or result. ``unit`` says what ``Problem.number`` counts."""

    source: SourceInfo
    unit: str  # "record" or "line"
    rows: list[ImportRow] = field(default_factory=list)
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    copies: int = 0  # copies added
    problems: list[Problem] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    changed: Changed = field(default_factory=Changed)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    @property
    def records(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def more_problems(self) -> int:
        return self.errors + self.warnings - len(self.problems)

    def add(self, row: ImportRow) -> None:
        """Count a row that was checked (and planned) and keep what the preview shows."""
        self.read += 1
        if len(self.rows) < PREVIEW_ROWS:
            self.rows.append(row)
        for problem in row.problems:
            if problem.warning:
                self.warnings += 1
            else:
                self.errors += 1
            if len(self.problems) < MAX_PROBLEMS:
                self.problems.append(problem)
        if not row.ok:
            return
        self.copies += row.new_copies
        if row.action == NEW:
            self.new += 1
        elif row.action == UPDATE:
            self.updated += 1
        elif row.action == SAME:
            self.unchanged += 1

    def fail(self, problem: Problem) -> None:
        """A problem of the file rather than of one row."""
        self.errors += 1
        self.problems.append(problem)


def batches(items: Iterable[T], size: int | None = None) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (``BATCH``; the last may be shorter)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size or BATCH)):
        yield batch


def problem_text(problem: Problem, unit: str, translate: Translate) -> str:
    """ "Line 12: …" or "Record 12: …" (warnings say so) in the user's language."""
    if unit == "line":
        where = translate("exchange", "Line {number}")
    else:
        where = translate("exchange", "Record {number}")
    text = f"{where.format(number=problem.number)}: {problem.error.user_message(translate)}"
    if problem.warning:
        return translate("exchange", "Warning: {text}").format(text=text)
    return text


class ImportRefusedError(ValidationError):
    """The file had errors, so nothing of it was stored; ``report`` lists them."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing was imported: {count} problems must be fixed in the file first.",
            ),
            count=report.errors,
        )
        self.report = report
