"""The app's look in one place: room around button texts (no text touches its button's edges in
any language or at 125 % scaling), applied once to the application at start (screenshots
included), and the type scale every screen uses: a page's title, a panel's heading, a strong line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

# Room inside buttons (a button sizes itself to its text plus this padding).
APP_STYLE = """
QPushButton { padding: 3px 8px; min-height: 1.4em; }
QComboBox { padding: 2px 6px; }
"""
# The type scale: text size against the body's, and whether it is bold.
TYPE_SCALE = {
    "title": (1.5, True),  # a page's title
    "heading": (1.2, True),  # the heading of a panel (the chosen course, parcel, record, event)
    "strong": (1.0, True),  # a line that must stand out in a list or form
}
# Space around a page's content and between its blocks, in pixels.
PAGE_MARGINS = (24, 18, 24, 18)
BLOCK_SPACING = 8


def apply_look(app: QApplication) -> None:
    """The app's style sheet on ``app`` (once: applying it again changes nothing). The GUI
    applies it just before it shows its first window or dialog (``gui_main.build_window``)."""
    if app.styleSheet() != APP_STYLE:
        app.setStyleSheet(APP_STYLE)


def set_type(widget: QWidget, role: str) -> None:
    """Give ``widget`` the font of ``role``: ``title``, ``heading`` or ``strong``."""
    scale, bold = TYPE_SCALE[role]
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)
