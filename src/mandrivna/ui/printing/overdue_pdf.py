"""The overdue list as a landscape A4 PDF for the people who call readers: which hubs and which
day, then every loan past its due date (reader, card, phone, hub, copy, title, due date, days
late), most days late first. Long lists run over several pages; each page repeats the table's
heading and says which page of how many it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from mandrivna.core.overdue import OverdueLine
from mandrivna.ui.printing.pdf_document import PdfDocument, page_size_mm, sans

translate = QCoreApplication.translate
PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0
LEFT, RIGHT, TOP, BOTTOM = 12.0, 12.0, 12.0, 12.0
WIDTH = PAGE_WIDTH - LEFT - RIGHT
PAD = 1.0
# Column widths in mm: reader, card, phone, hub, copy, title, due date, days late.
COLUMNS = (48.0, 24.0, 32.0, 30.0, 26.0, 0.0, 22.0, 22.0)
COLUMNS = (*COLUMNS[:5], WIDTH - sum(COLUMNS), *COLUMNS[6:])
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT_FLAGS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
FOOTER = 6.0


def heading_cells() -> tuple[str, ...]:
    return (
        translate("OverduePdf", "Reader"),
        translate("OverduePdf", "Card"),
        translate("OverduePdf", "Phone"),
        translate("OverduePdf", "Hub"),
        translate("OverduePdf", "Copy"),
        translate("OverduePdf", "Title"),
        translate("OverduePdf", "Due"),
        translate("OverduePdf", "Days late"),
    )


def _cells(line: OverdueLine) -> tuple[str, ...]:
    reader, *rest = line.texts()
    return (reader or "—", *rest)


class _OverdueList:
    def __init__(self, lines: list[OverdueLine], scope: str, today: dt.date) -> None:
        self.lines, self.scope, self.today = lines, scope, today
        self.body_font, self.head_font = sans(8.5), sans(8.5, bold=True)
        self.doc = PdfDocument(
            page_size_mm(PAGE_WIDTH, PAGE_HEIGHT), translate("OverduePdf", "Overdue loans")
        )

    def _height(self, cells: tuple[str, ...], font: QFont) -> float:
        flags = TEXT_FLAGS | int(Qt.TextFlag.TextWordWrap)
        return (
            max(
                self.doc.text_height(text, font, width - 2 * PAD, flags)
                for text, width in zip(cells, COLUMNS, strict=True)
            )
            + 2 * PAD
        )

    def _row(self, y: float, cells: tuple[str, ...], height: float, font: QFont) -> None:
        doc, x = self.doc, LEFT
        for index, (text, width) in enumerate(zip(cells, COLUMNS, strict=True)):
            flags = RIGHT_FLAGS if index == len(COLUMNS) - 1 else TEXT_FLAGS
            doc.draw_text(x + PAD, y + PAD, width - 2 * PAD, height - 2 * PAD, text, font, flags)
            x += width
        doc.grid_row(LEFT, y, COLUMNS, height)

    def _heading(self, y: float) -> float:
        cells = heading_cells()
        height = self._height(cells, self.head_font)
        self.doc.painter.fillRect(self.doc.rect(LEFT, y, WIDTH, height), QColor("#e6e6e6"))
        self._row(y, cells, height, self.head_font)
        return y + height

    def _title(self) -> float:
        doc = self.doc
        doc.draw_text(
            LEFT, TOP, WIDTH, 9, translate("OverduePdf", "Overdue loans"), sans(15, bold=True)
        )
        facts = (
            translate("OverduePdf", "%1 · on %2 · %3 loans")
            .replace("%1", self.scope)
            .replace("%2", self.today.strftime("%d.%m.%Y"))
            .replace("%3", str(len(self.lines)))
        )
        doc.draw_text(LEFT, TOP + 9, WIDTH, 6, facts, sans(10))
        return TOP + 17

    def _pages(self, first_top: float) -> list[list[tuple[tuple[str, ...], float]]]:
        head = self._height(heading_cells(), self.head_font)
        bottom = PAGE_HEIGHT - BOTTOM - FOOTER
        pages: list[list[tuple[tuple[str, ...], float]]] = [[]]
        y = first_top + head
        for line in self.lines:
            cells = _cells(line)
            height = self._height(cells, self.body_font)
            if y + height > bottom and pages[-1]:
                pages.append([])
                y = TOP + head
            pages[-1].append((cells, height))
            y += height
        return pages

    def write(self, path: Path) -> None:
        y = self._title()
        pages = self._pages(y)
        for index, rows in enumerate(pages):
            if index:
                self.doc.new_page()
                y = TOP
            y = self._heading(y)
            for cells, height in rows:
                self._row(y, cells, height, self.body_font)
                y += height
            footer = (
                translate("OverduePdf", "Overdue loans · page %1 of %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(pages)))
            )
            self.doc.draw_text(
                LEFT, PAGE_HEIGHT - BOTTOM - 4, WIDTH, 5, footer, sans(8), RIGHT_FLAGS
            )
        self.doc.save(path)


def write_overdue_list(path: Path, lines: list[OverdueLine], scope: str, today: dt.date) -> None:
    """Write the overdue list (``scope``: the hub, or all hubs) to the PDF ``path`` (OSError if
    it cannot be written)."""
    _OverdueList(lines, scope, today).write(path)
