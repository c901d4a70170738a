"""The packing list of a parcel as an A4 PDF: which parcel, where it goes, the carrier's waybill
and dates, every line (barcode or ISBN, title, author, quantity) with totals, and lines for the
signatures of who handed the parcel over and who received it. Long lists run over several pages;
each page repeats the table's heading and says which page of how many it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from mandrivna.core.catalogue import format_isbn
from mandrivna.core.parcel import STATUS_LABELS, ParcelDetail, ParcelLine, short_number
from mandrivna.ui.dates import day_text
from mandrivna.ui.printing.pdf_document import A4, PdfDocument, sans

# Qt's translation, by a name ``lupdate`` finds: translate(context, text).
translate = QCoreApplication.translate
PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 18.0, 15.0, 15.0, 16.0
WIDTH = PAGE_WIDTH - LEFT - RIGHT
PAD = 1.2
# Column widths in mm: number, barcode or ISBN, title, author, quantity.
COLUMNS = (9.0, 41.0, 66.0, 46.0, WIDTH - 9.0 - 41.0 - 66.0 - 46.0)
FOOTER_HEIGHT = 6.0
CLOSING_HEIGHT = 44.0  # totals and the two signature lines
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT_FLAGS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


def _date(iso: str | None) -> str:
    return day_text(iso)


def _cells(number: int, line: ParcelLine) -> tuple[str, str, str, str, str]:
    if line.barcode:
        code = line.barcode
    elif line.isbn:
        code = f"ISBN {format_isbn(line.isbn)}"
    else:
        code = "—"
    title = line.title or translate("PackingListPdf", "(record deleted)")
    return (str(number), code, title, "; ".join(line.authors), str(line.quantity))


@dataclass
class _Row:
    cells: tuple[str, str, str, str, str]
    height: float


class _PackingList:
    def __init__(self, detail: ParcelDetail, library_name: str) -> None:
        self.detail = detail
        self.library = library_name
        self.number = short_number(detail.parcel.id)
        self.body_font = sans(8.5)
        self.head_font = sans(8.5, bold=True)
        self.doc = PdfDocument(
            A4, translate("PackingListPdf", "Packing list of parcel %1").replace("%1", self.number)
        )

    # --- layout --------------------------------------------------------------------------------
    def _row_height(self, cells: tuple[str, ...], font: QFont) -> float:
        heights = [
            self.doc.text_height(text, font, width - 2 * PAD, TEXT_FLAGS | Qt.TextFlag.TextWordWrap)
            for text, width in zip(cells, COLUMNS, strict=True)
        ]
        return max(heights) + 2 * PAD

    def _header_cells(self) -> tuple[str, str, str, str, str]:
        return (
            translate("PackingListPdf", "No."),
            translate("PackingListPdf", "Barcode / ISBN"),
            translate("PackingListPdf", "Title"),
            translate("PackingListPdf", "Author"),
            translate("PackingListPdf", "Qty"),
        )

    def paginate(self, first_table_top: float, table_top: float) -> list[list[_Row]]:
        """Rows per page, leaving room for the heading row, the footer and, on the last page, the
        totals and signatures."""
        head = self._row_height(self._header_cells(), self.head_font)
        bottom = PAGE_HEIGHT - BOTTOM - FOOTER_HEIGHT
        pages: list[list[_Row]] = [[]]
        y = first_table_top + head
        for number, line in enumerate(self.detail.lines, start=1):
            cells = _cells(number, line)
            row = _Row(cells, self._row_height(cells, self.body_font))
            if y + row.height > bottom and pages[-1]:
                pages.append([])
                y = table_top + head
            pages[-1].append(row)
            y += row.height
        if y + CLOSING_HEIGHT > bottom:
            pages.append([])
        return pages

    # --- drawing -------------------------------------------------------------------------------
    def _title_block(self) -> float:
        doc, parcel = self.doc, self.detail.parcel
        subtitle = translate("PackingListPdf", "The travelling library")
        header = (
            self.library
            if subtitle.lower() in self.library.lower()
            else f"{self.library} — {subtitle}"
        )
        doc.draw_text(LEFT, TOP, WIDTH, 10, header, sans(9.5, bold=True), smallest=7)
        doc.draw_text(
            LEFT,
            TOP + 10,
            WIDTH,
            9,
            translate("PackingListPdf", "Packing list of parcel No. %1").replace("%1", self.number),
            sans(15, bold=True),
            smallest=11,
        )
        status = STATUS_LABELS.get(parcel.status or "", parcel.status or "")
        facts = [
            (translate("PackingListPdf", "Destination hub:"), parcel.destination_hub or "—"),
            (
                translate("PackingListPdf", "Carrier's waybill:"),
                parcel.waybill or translate("PackingListPdf", "not sent yet"),
            ),
            (translate("PackingListPdf", "Formed on:"), _date(parcel.formed_on)),
            (translate("PackingListPdf", "Sent on:"), _date(parcel.sent_on)),
            (translate("PackingListPdf", "Status:"), QCoreApplication.translate("parcels", status)),
        ]
        if parcel.received_on:
            facts.append((translate("PackingListPdf", "Received on:"), _date(parcel.received_on)))
        if parcel.notes:
            facts.append((translate("PackingListPdf", "Notes:"), parcel.notes))
        y = TOP + 21
        for label, value in facts:
            doc.draw_text(LEFT, y, 45, 5, label, sans(9.5))
            height = max(5.0, doc.text_height(value, sans(9.5, bold=True), WIDTH - 45, TEXT_FLAGS))
            doc.draw_text(LEFT + 45, y, WIDTH - 45, height, value, sans(9.5, bold=True))
            y += height + 0.6
        return y + 4

    def _row(self, y: float, cells: tuple[str, ...], height: float, font: QFont) -> None:
        doc = self.doc
        x = LEFT
        for index, (text, width) in enumerate(zip(cells, COLUMNS, strict=True)):
            flags = RIGHT_FLAGS if index in (0, 4) else TEXT_FLAGS
            doc.draw_text(x + PAD, y + PAD, width - 2 * PAD, height - 2 * PAD, text, font, flags)
            x += width
        doc.grid_row(LEFT, y, COLUMNS, height)

    def _heading_row(self, y: float) -> float:
        cells = self._header_cells()
        height = self._row_height(cells, self.head_font)
        self.doc.painter.fillRect(self.doc.rect(LEFT, y, WIDTH, height), QColor("#e6e6e6"))
        self._row(y, cells, height, self.head_font)
        return y + height

    def _footer(self, page: int, pages: int) -> None:
        text = (
            translate("PackingListPdf", "Parcel No. %1 · page %2 of %3")
            .replace("%1", self.number)
            .replace("%2", str(page))
            .replace("%3", str(pages))
        )
        self.doc.draw_text(
            LEFT,
            PAGE_HEIGHT - BOTTOM - 4,
            WIDTH,
            5,
            text,
            sans(8),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        )

    def _closing(self, y: float) -> None:
        doc = self.doc
        totals = (
            translate("PackingListPdf", "Total: %1 lines, %2 books.")
            .replace("%1", str(len(self.detail.lines)))
            .replace("%2", str(self.detail.books))
        )
        doc.draw_text(LEFT, y + 3, WIDTH, 6, totals, sans(10, bold=True))
        y += 16
        for label in (
            translate("PackingListPdf", "Handed over by:"),
            translate("PackingListPdf", "Received by:"),
        ):
            doc.draw_text(LEFT, y - 4.5, 32, 6, label, sans(10))
            painter = doc.painter
            painter.save()
            painter.setPen(QPen(QColor("black"), doc.mm(0.2)))
            for start, end in ((LEFT + 32, LEFT + 112), (LEFT + 130, LEFT + WIDTH)):
                painter.drawLine(QLineF(doc.mm(start), doc.mm(y), doc.mm(end), doc.mm(y)))
            painter.restore()
            doc.draw_text(
                LEFT + 32,
                y + 0.5,
                80,
                4,
                translate("PackingListPdf", "signature, full name"),
                sans(7),
            )
            doc.draw_text(
                LEFT + 118, y - 4.5, 12, 6, translate("PackingListPdf", "Date:"), sans(10)
            )
            y += 14

    def write(self, path: Path) -> None:
        first_top = self._title_block()
        pages = self.paginate(first_top, TOP)
        y = first_top
        for index, rows in enumerate(pages):
            if index:
                self.doc.new_page()
                y = TOP
            if rows or index == 0:
                y = self._heading_row(y)
            for row in rows:
                self._row(y, row.cells, row.height, self.body_font)
                y += row.height
            if index == len(pages) - 1:
                self._closing(y)
            self._footer(index + 1, len(pages))
        self.doc.save(path)


def write_packing_list(path: Path, detail: ParcelDetail, library_name: str) -> None:
    """Write the parcel's packing list to the PDF ``path`` (OSError if it cannot be written)."""
    _PackingList(detail, library_name).write(path)
