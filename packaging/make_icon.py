"""Draws the app's icon (an open book on a blue tile with a yellow bookmark: the library that
travels) and writes it as ``src/mandrivna/icons/mandrivna.png`` (256 px, the window's icon on
every system) and ``packaging/windows/mandrivna.ico`` (16 to 256 px, for the Windows build).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

Both files are kept in the repository; run this again only to change the drawing.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "src" / "mandrivna" / "icons" / "mandrivna.png"
ICO = ROOT / "packaging" / "windows" / "mandrivna.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE, YELLOW, PAPER, INK = "#1f4e8c", "#ffd43b", "#fbfaf5", "#17375f"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BLUE))
    painter.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    for side in (-1, 1):  # the two pages of an open book, curving up from the spine
        page = QPainterPath(QPointF(128 * s, 86 * s))
        page.cubicTo(
            QPointF((128 + side * 40) * s, 62 * s),
            QPointF((128 + side * 78) * s, 66 * s),
            QPointF((128 + side * 98) * s, 78 * s),
        )
        page.lineTo(QPointF((128 + side * 98) * s, 190 * s))
        page.cubicTo(
            QPointF((128 + side * 78) * s, 178 * s),
            QPointF((128 + side * 40) * s, 176 * s),
            QPointF(128 * s, 200 * s),
        )
        page.closeSubpath()
        painter.setBrush(QColor(PAPER))
        painter.drawPath(page)
    if size >= 48:  # lines of text, where there are pixels enough to see them
        pen = QPen(QColor(INK), max(1.0, 5 * s))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for row in range(4):
            y = (100 + row * 20) * s
            for side in (-1, 1):
                painter.drawLine(
                    QPointF((128 + side * 22) * s, y), QPointF((128 + side * 78) * s, y - 6 * s)
                )
        painter.setPen(Qt.PenStyle.NoPen)
    ribbon = QPainterPath(QPointF(150 * s, 72 * s))
    ribbon.lineTo(QPointF(174 * s, 68 * s))
    ribbon.lineTo(QPointF(174 * s, 222 * s))
    ribbon.lineTo(QPointF(162 * s, 206 * s))
    ribbon.lineTo(QPointF(150 * s, 222 * s))
    ribbon.closeSubpath()
    painter.setBrush(QColor(YELLOW))
    painter.drawPath(ribbon)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """An .ico file whose images are PNGs (read by Windows Vista and later, and Inno Setup)."""
    images = [png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    PNG.parent.mkdir(parents=True, exist_ok=True)
    PNG.write_bytes(png_bytes(draw(256)))
    ICO.write_bytes(ico_bytes(ICO_SIZES))
    del app
    print(f"wrote {PNG.relative_to(ROOT)} and {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
