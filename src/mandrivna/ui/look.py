"""The app's look in one place: a calm palette accent and room around button texts, so no
button's text touches its edges in any language or at 125 % scaling. Applied once to the
application at start (screenshots included)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Room inside buttons (a button sizes itself to its text plus this padding).
APP_STYLE = """
QPushButton { padding: 3px 8px; min-height: 1.4em; }
QComboBox { padding: 2px 6px; }
"""


def apply_look(app: QApplication) -> None:
    app.setStyleSheet(APP_STYLE)
