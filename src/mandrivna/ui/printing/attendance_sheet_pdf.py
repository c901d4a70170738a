"""Attendance sheets as A4 PDFs, to print and lay on the table at the door.

An event's sheet: the event, when and where, then numbered rows (name, card, signature) with the
readers already checked in by card filled in and blank rows for everyone else. A course's sheet:
its enrolled readers against its sessions (number and day), a tick where a reader came, and a
column for who completed. Long sheets run over pages; each page repeats the table's heading and
says which page of how many it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from mandrivna.core.events import LibraryEvent
from mandrivna.core.reader import Reader
from mandrivna.services.course_service import CourseAttendance
from mandrivna.ui.dates import day_text, span_text
from mandrivna.ui.printing.pdf_document import A4, PdfDocument, sans

# Qt's translation, by a name ``lupdate`` finds: translate(context, text).
translate = QCoreApplication.translate
PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 15.0, 12.0, 14.0, 14.0
WIDTH = PAGE_WIDTH - LEFT - RIGHT
PAD = 1.2
ROW_HEIGHT = 8.5  # room for a signature
FOOTER_HEIGHT = 6.0
LEFT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTRE_FLAGS = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
FACT_LABEL = 55.0  # mm for «Для завершення потрібно:» and the like
# Blank rows an event's sheet has at least, for people who come without a card.
EVENT_BLANK_ROWS = 12


@dataclass(frozen=True)
class SheetTable:
    """What a sheet prints: a title, facts under it, and a table (widths in mm)."""

    document_title: str
    title: str
    facts: Sequence[tuple[str, str]]
    headers: Sequence[str]
    widths: Sequence[float]
    rows: Sequence[Sequence[str]]
    footer_name: str
    centred: frozenset[int] = frozenset()


def _name(reader: Reader) -> str:
    return f"{reader.surname or ''} {reader.given_name or ''}".strip()


def event_sheet(event: LibraryEvent, checked_in: Sequence[Reader], department: str) -> SheetTable:
    """An event's sheet: who checked in by card, then blank rows to sign."""
    place = ", ".join(p for p in (event.hub, event.venue, event.platform) if p)
    facts = [
        (translate("AttendanceSheetPdf", "When:"), span_text(event.starts_at, event.ends_at)),
        (translate("AttendanceSheetPdf", "Where:"), place or "—"),
    ]
    if department:
        facts.append((translate("AttendanceSheetPdf", "Department:"), department))
    people = sorted(checked_in, key=_name)
    rows = [[str(n), _name(r), r.card_number or "", ""] for n, r in enumerate(people, 1)]
    blanks = max(EVENT_BLANK_ROWS, 25 - len(rows))
    rows += [[str(n), "", "", ""] for n in range(len(rows) + 1, len(rows) + blanks + 1)]
    return SheetTable(
        document_title=translate("AttendanceSheetPdf", "Attendance sheet"),
        title=event.title or "",
        facts=facts,
        headers=[
            translate("AttendanceSheetPdf", "No."),
            translate("AttendanceSheetPdf", "Surname and name"),
            translate("AttendanceSheetPdf", "Reader card"),
            translate("AttendanceSheetPdf", "Signature"),
        ],
        widths=[10.0, 80.0, 38.0, WIDTH - 128.0],
        rows=rows,
        footer_name=event.title or "",
        centred=frozenset({0}),
    )


def course_sheet(sheet: CourseAttendance) -> SheetTable:
    """A course's sheet: enrolled readers against the sessions, ticks where they came."""
    sessions = sheet.sessions
    session_width = min(12.0, (WIDTH - 10.0 - 62.0 - 18.0) / max(1, len(sessions)))
    name_width = WIDTH - 10.0 - 18.0 - session_width * len(sessions)
    headers = [translate("AttendanceSheetPdf", "No."), translate("AttendanceSheetPdf", "Reader")]
    headers += [f"{n}\n{day_text(s.starts_at)[:5]}" for n, s in enumerate(sessions, 1)]
    headers.append(translate("AttendanceSheetPdf", "Done"))
    rows = []
    for number, line in enumerate(sheet.rows, 1):
        cells = [str(number), _name(line.reader)]
        cells += ["✓" if seen else "" for seen in line.attended]
        cells.append("✓" if sheet.completed(line) else "")
        rows.append(cells)
    blank = ["", ""] + [""] * len(sessions) + [""]
    rows += [[str(n), *blank[1:]] for n in range(len(rows) + 1, len(rows) + 6)]
    facts = [
        (translate("AttendanceSheetPdf", "Sessions:"), str(len(sessions))),
        (translate("AttendanceSheetPdf", "Needed to complete:"), str(sheet.required)),
    ]
    return SheetTable(
        document_title=translate("AttendanceSheetPdf", "Course attendance"),
        title=sheet.course.title or "",
        facts=facts,
        headers=headers,
        widths=[10.0, name_width] + [session_width] * len(sessions) + [18.0],
        rows=rows,
        footer_name=sheet.course.title or "",
        centred=frozenset({0, *range(2, len(sessions) + 3)}),
    )


class _Sheet:
    def __init__(self, table: SheetTable) -> None:
        self.table = table
        self.doc = PdfDocument(A4, f"{table.document_title} — {table.title}")
        self.body_font = sans(9)
        self.head_font = sans(8, bold=True)

    def _cells(self, y: float, cells: Sequence[str], height: float, font: QFont) -> None:
        doc, x = self.doc, LEFT
        for index, (text, width) in enumerate(zip(cells, self.table.widths, strict=True)):
            flags = CENTRE_FLAGS if index in self.table.centred else LEFT_FLAGS
            box = (x + PAD, y + PAD / 2, width - 2 * PAD, height - PAD)
            doc.draw_text(*box, text, font, flags, smallest=5.5)
            x += width
        doc.grid_row(LEFT, y, self.table.widths, height)

    def _heading(self, y: float) -> float:
        height = 10.0
        self.doc.painter.fillRect(self.doc.rect(LEFT, y, WIDTH, height), QColor("#e6e6e6"))
        self._cells(y, self.table.headers, height, self.head_font)
        return y + height

    def _title_block(self) -> float:
        doc, table = self.doc, self.table
        doc.draw_text(LEFT, TOP, WIDTH, 6, table.document_title, sans(10, bold=True))
        title_font = sans(14, bold=True)
        height = min(16.0, doc.text_height(table.title, title_font, WIDTH, LEFT_FLAGS) + 1)
        doc.draw_text(LEFT, TOP + 7, WIDTH, height, table.title, title_font, smallest=10)
        y = TOP + 8 + height
        for label, value in table.facts:
            doc.draw_text(LEFT, y, FACT_LABEL, 5, label, sans(9.5), smallest=7)
            value_font = sans(9.5, bold=True)
            doc.draw_text(
                LEFT + FACT_LABEL, y, WIDTH - FACT_LABEL, 5, value, value_font, smallest=7
            )
            y += 5.6
        return y + 3

    def _footer(self, page: int, pages: int) -> None:
        text = (
            translate("AttendanceSheetPdf", "%1 · page %2 of %3")
            .replace("%1", self.table.footer_name)
            .replace("%2", str(page))
            .replace("%3", str(pages))
        )
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.doc.draw_text(
            LEFT, PAGE_HEIGHT - BOTTOM - 4, WIDTH, 5, text, sans(8), flags, smallest=6
        )

    def write(self, path: Path) -> None:
        first_top = self._title_block()
        bottom = PAGE_HEIGHT - BOTTOM - FOOTER_HEIGHT
        first = int((bottom - first_top - 10.0) // ROW_HEIGHT)
        later = int((bottom - TOP - 10.0) // ROW_HEIGHT)
        rows = list(self.table.rows)
        pages = [rows[:first]]
        rest = rows[first:]
        while rest:
            pages.append(rest[:later])
            rest = rest[later:]
        for index, page_rows in enumerate(pages):
            y = first_top
            if index:
                self.doc.new_page()
                y = TOP
            y = self._heading(y)
            for cells in page_rows:
                self._cells(y, cells, ROW_HEIGHT, self.body_font)
                y += ROW_HEIGHT
            self._footer(index + 1, len(pages))
        self.doc.save(path)


def write_attendance_sheet(path: Path, table: SheetTable) -> None:
    """Write the sheet to the PDF ``path`` (OSError if it cannot be written)."""
    _Sheet(table).write(path)
