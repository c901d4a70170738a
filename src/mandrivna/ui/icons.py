"""The app's line icons (bundled Lucide SVGs) drawn in a colour of the palette, so they follow a
light or dark theme: the SVG's ``currentColor`` becomes that colour, and each icon is drawn at
the sizes Qt asks for (sharp at 100 % and at 125 % scaling alike).

Each SVG is read and parsed once per colour: every paint of the navigation (a start paints it
twice) used to parse its SVGs again (issue #17)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mandrivna.resource_paths import lucide_icon


@cache
def _svg(name: str) -> str:
    return lucide_icon(name).read_text(encoding="utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    """The icon ``name`` parsed with ``currentColor`` set to ``color`` (``#rrggbb``)."""
    text = _svg(name).replace("currentColor", color)  # SVG takes #rrggbb only
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


class _TintedSvg(QIconEngine):
    """Draws an SVG with ``currentColor`` set to the normal colour (or the selected one)."""

    def __init__(self, name: str, color: QColor, selected: QColor) -> None:
        super().__init__()
        self.name, self.color, self.selected = name, QColor(color), QColor(selected)

    def paint(self, painter: QPainter, rect: object, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self.name, self._color(mode).name())
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        renderer.render(painter, QRectF(rect))  # type: ignore[call-overload]
        painter.restore()

    def _color(self, mode: QIcon.Mode) -> QColor:
        return self.selected if mode == QIcon.Mode.Selected else self.color

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.name, self.color, self.selected)


def line_icon(name: str, color: QColor, selected: QColor | None = None) -> QIcon:
    """The bundled icon ``name`` (a Lucide name such as ``users``) in ``color``; ``selected``:
    its colour on a selected row (the palette's highlighted text)."""
    return QIcon(_TintedSvg(name, color, selected or color))
