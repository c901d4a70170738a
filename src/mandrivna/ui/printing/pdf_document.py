"""A PDF drawn with QPainter in millimetres, written to its file only once it is complete.

Shared by the printed documents: page set-up without printer margins, fonts that have Ukrainian
letters on every system (DejaVu on Linux, Arial or Segoe on Windows), and text that shrinks to
fit its box instead of running out of it. Needs a QGuiApplication (fonts come from Qt).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

# Dots per inch of the drawing: fine enough that bar widths are exact (a 1/75-inch module is 16).
RESOLUTION = 1200
SANS_FAMILIES = ["DejaVu Sans", "Arial", "Segoe UI", "Liberation Sans", "Noto Sans"]
MONO_FAMILIES = ["DejaVu Sans Mono", "Consolas", "Liberation Mono", "Courier New"]
A4 = QPageSize(QPageSize.PageSizeId.A4)


# The lines of printed tables.
GRID = QColor("#808080")


def page_size_mm(width: float, height: float) -> QPageSize:
    return QPageSize(
        QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )


def sans(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def mono(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(MONO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class PdfDocument:
    """Pages of one size; coordinates in millimetres from the page's top-left corner."""

    def __init__(self, page_size: QPageSize, title: str) -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("Mandrivna")
        self.writer.setPageLayout(
            QPageLayout(
                page_size,
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError("the PDF could not be started")
        self.page_count = 1

    # --- units ---------------------------------------------------------------------------------
    @staticmethod
    def mm(value: float) -> float:
        """Millimetres in device units."""
        return value * RESOLUTION / 25.4

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        return QRectF(self.mm(x), self.mm(y), self.mm(width), self.mm(height))

    # --- text ----------------------------------------------------------------------------------
    def text_height(self, text: str, font: QFont, width: float, flags: int) -> float:
        """Millimetres ``text`` takes in a box ``width`` mm wide."""
        metrics = QFontMetricsF(font, self.writer)
        box = metrics.boundingRect(QRectF(0, 0, self.mm(width), 1e7), flags, text)
        return box.height() * 25.4 / RESOLUTION

    def fit_font(
        self, text: str, font: QFont, width: float, height: float, flags: int, smallest: float
    ) -> QFont:
        """``font``, made smaller (not below ``smallest`` points) until ``text`` fits the box."""
        fitted = QFont(font)
        longest = max(text.split() or [""], key=len)
        while (
            self.text_height(text, fitted, width, flags) > height
            or QFontMetricsF(fitted, self.writer).horizontalAdvance(longest) > self.mm(width)
        ) and fitted.pointSizeF() > smallest:
            fitted.setPointSizeF(max(smallest, fitted.pointSizeF() - 0.25))
        return fitted

    def draw_text(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        text: str,
        font: QFont,
        flags: int = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        smallest: float | None = None,
    ) -> None:
        """Draw ``text`` in the box, wrapping words; with ``smallest`` it shrinks to fit, and what
        still does not fit is cut at the box's edge rather than drawn over its neighbours."""
        flags |= int(Qt.TextFlag.TextWordWrap)
        if smallest is not None:
            font = self.fit_font(text, font, width, height, flags, smallest)
        self.painter.save()
        self.painter.setFont(font)
        box = self.rect(x, y, width, height)
        self.painter.setClipRect(box)
        self.painter.drawText(box, flags, text)
        self.painter.restore()

    def grid_row(self, left: float, y: float, widths: Sequence[float], height: float) -> None:
        """A table row's lines (mm): its box and a line between each two columns."""
        painter = self.painter
        painter.save()
        painter.setPen(QPen(GRID, self.mm(0.15)))
        painter.drawRect(self.rect(left, y, sum(widths), height))
        x = left
        for width in widths[:-1]:
            x += width
            painter.drawLine(QLineF(self.mm(x), self.mm(y), self.mm(x), self.mm(y + height)))
        painter.restore()

    # --- pages ---------------------------------------------------------------------------------
    def new_page(self) -> None:
        self.writer.newPage()
        self.page_count += 1

    def save(self, path: Path) -> None:
        """Finish the document and write it to ``path`` (an OSError says why it could not)."""
        self.painter.end()
        self._buffer.close()
        Path(path).write_bytes(self._data.data())
