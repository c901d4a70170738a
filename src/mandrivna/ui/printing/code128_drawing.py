"""Code 128 barcodes drawn with QPainter as exact rectangles.

python-barcode chooses the symbols (code sets, check character, stop pattern) and gives the
pattern as dark ("1") and light ("0") modules; this module only turns runs of dark modules into
filled rectangles, so each bar is one sharp shape whatever the printer's resolution. The caller
keeps a quiet zone of at least ``QUIET_ZONE_MODULES`` light modules on each side clear.
"""

from __future__ import annotations

import barcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

# ISO/IEC 15417 asks for a light margin of at least ten modules on either side.
QUIET_ZONE_MODULES = 10
# Narrower bars than this are not read reliably by ordinary USB scanners.
MIN_MODULE_MM = 0.25
# 1/75 inch: a whole number of dots at 300, 600 and 1200 dpi, so printers draw every bar alike.
MODULE_MM = 25.4 / 75


def code128_modules(text: str) -> str:
    """The symbol's modules ("1" dark, "0" light) from start to stop, without quiet zones."""
    return str(barcode.get_barcode_class("code128")(text).build()[0])


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(first module, width in modules) of each dark bar."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, module in enumerate(modules + "0"):
        if module == "1" and start is None:
            start = index
        elif module != "1" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def width_in_modules(text: str) -> int:
    """The symbol's width with both quiet zones, in modules."""
    return len(code128_modules(text)) + 2 * QUIET_ZONE_MODULES


def draw_code128(
    painter: QPainter, text: str, left: float, top: float, module: float, height: float
) -> float:
    """Draw ``text`` as Code 128 with its left quiet zone starting at ``left`` (device units);
    returns the width used, quiet zones included."""
    modules = code128_modules(text)
    x0 = left + QUIET_ZONE_MODULES * module
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for start, width in bar_runs(modules):
        painter.fillRect(QRectF(x0 + start * module, top, width * module, height), QColor("black"))
    painter.restore()
    return (len(modules) + 2 * QUIET_ZONE_MODULES) * module
