"""Reader cards as a PDF: the library's name, the reader's name, the card number as text and as a
Code 128 barcode that any USB scanner reads, and the hub where the reader registered.

Two layouts. ``"a4"`` (the default) lays cards out 2 × 5 on A4 sheets at their real size
(85.6 × 54 mm, a bank card) with thin grey cutting lines, so an ordinary office printer makes ten
cards per sheet for scissors or a guillotine, and one card uses one sheet's first place.
``"card"`` makes one card-sized page per card, for a card printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QColor, QPen

from mandrivna.ui.printing.code128_drawing import (
    MIN_MODULE_MM,
    MODULE_MM,
    draw_code128,
    width_in_modules,
)
from mandrivna.ui.printing.pdf_document import A4, PdfDocument, mono, page_size_mm, sans

# Qt's translation, by a name ``lupdate`` finds: translate(context, text).
translate = QCoreApplication.translate
CARD_WIDTH_MM = 85.6
CARD_HEIGHT_MM = 54.0
A4_WIDTH_MM, A4_HEIGHT_MM = 210.0, 297.0
COLUMNS, ROWS = 2, 5
CARDS_PER_SHEET = COLUMNS * ROWS
MARGIN_MM = 4.0
BAR_HEIGHT_MM = 11.0
ACCENT = QColor("#1f4e8c")
Layout = Literal["a4", "card"]


@dataclass
class CardData:
    """What one card shows."""

    name: str
    card_number: str
    hub: str


def module_width_mm(card_number: str, available_mm: float) -> float:
    """The bar module width for this number: 1/75 inch when it fits, narrower if it must be,
    never below what a scanner reads."""
    module = min(MODULE_MM, available_mm / width_in_modules(card_number))
    if module < MIN_MODULE_MM:
        raise ValueError(f"the card number {card_number!r} is too long for a barcode on a card")
    return module


def _draw_card(doc: PdfDocument, left: float, top: float, card: CardData, library: str) -> None:
    inner = CARD_WIDTH_MM - 2 * MARGIN_MM
    x = left + MARGIN_MM
    subtitle = translate("ReaderCardPdf", "The travelling library")
    header = library if subtitle.lower() in library.lower() else f"{library}\n{subtitle}"
    doc.draw_text(x, top + 3.2, inner, 8.4, header, sans(7, bold=True), smallest=5.5)
    painter = doc.painter
    painter.save()
    painter.setPen(QPen(ACCENT, doc.mm(0.5)))
    y_rule = top + 12.2
    painter.drawLine(QLineF(doc.mm(x), doc.mm(y_rule), doc.mm(x + inner), doc.mm(y_rule)))
    painter.restore()
    title_font = sans(7.5, bold=True)
    title_font.setLetterSpacing(title_font.SpacingType.PercentageSpacing, 115)
    painter.save()
    painter.setPen(ACCENT)
    doc.draw_text(x, top + 13.2, inner, 4, translate("ReaderCardPdf", "READER'S CARD"), title_font)
    painter.restore()
    doc.draw_text(x, top + 17.4, inner, 9.6, card.name, sans(11.5, bold=True), smallest=7)
    hub = (
        translate("ReaderCardPdf", "Registered at: %1").replace("%1", card.hub) if card.hub else ""
    )
    doc.draw_text(x, top + 27.2, inner, 3.6, hub, sans(7), smallest=5.5)
    bars_top = top + 31.6
    module = module_width_mm(card.card_number, inner)
    width = width_in_modules(card.card_number) * module
    bars_left = left + (CARD_WIDTH_MM - width) / 2
    draw_code128(
        painter,
        card.card_number,
        doc.mm(bars_left),
        doc.mm(bars_top),
        doc.mm(module),
        doc.mm(BAR_HEIGHT_MM),
    )
    doc.draw_text(
        x,
        bars_top + BAR_HEIGHT_MM + 0.6,
        inner,
        5,
        card.card_number,
        mono(10, bold=True),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
    )


def _draw_cutting_lines(doc: PdfDocument, left: float, top: float) -> None:
    """Thin grey lines along every card edge, running out to the sheet's edges."""
    painter = doc.painter
    painter.save()
    painter.setPen(QPen(QColor("#9a9a9a"), doc.mm(0.12)))
    for column in range(COLUMNS + 1):
        x = doc.mm(left + column * CARD_WIDTH_MM)
        painter.drawLine(QLineF(x, 0, x, doc.mm(A4_HEIGHT_MM)))
    for row in range(ROWS + 1):
        y = doc.mm(top + row * CARD_HEIGHT_MM)
        painter.drawLine(QLineF(0, y, doc.mm(A4_WIDTH_MM), y))
    painter.restore()


def write_reader_cards(
    path: Path, cards: list[CardData], library_name: str, layout: Layout = "a4"
) -> None:
    """Write ``cards`` to the PDF ``path``: A4 sheets of ten, or one card-sized page each.
    Raises OSError if the file cannot be written, ValueError if there are no cards."""
    if not cards:
        raise ValueError("no cards to print")
    title = translate("ReaderCardPdf", "Reader cards")
    if layout == "card":
        doc = PdfDocument(page_size_mm(CARD_WIDTH_MM, CARD_HEIGHT_MM), title)
        for index, card in enumerate(cards):
            if index:
                doc.new_page()
            _draw_card(doc, 0, 0, card, library_name)
    else:
        doc = PdfDocument(A4, title)
        left = (A4_WIDTH_MM - COLUMNS * CARD_WIDTH_MM) / 2
        top = (A4_HEIGHT_MM - ROWS * CARD_HEIGHT_MM) / 2
        for start in range(0, len(cards), CARDS_PER_SHEET):
            if start:
                doc.new_page()
            sheet = cards[start : start + CARDS_PER_SHEET]
            _draw_cutting_lines(doc, left, top)
            for place, card in enumerate(sheet):
                row, column = divmod(place, COLUMNS)
                _draw_card(
                    doc,
                    left + column * CARD_WIDTH_MM,
                    top + row * CARD_HEIGHT_MM,
                    card,
                    library_name,
                )
    doc.save(path)
