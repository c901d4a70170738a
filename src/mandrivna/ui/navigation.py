"""The window's left column: which laptop this is (hub and librarian) at the top, the pages with
an icon and their name, and at the bottom whether the laptop's work has reached the server.

A page's icon is named in ``PAGE_ICONS`` by the page's name (a bundled Lucide icon); a page not
listed there shows its name alone until one is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mandrivna.core.status import Status
from mandrivna.ui.dates import moment_text
from mandrivna.ui.icons import line_icon
from mandrivna.ui.look import set_type

WIDTH = 208
ICON_SIZE = QSize(20, 20)
ROW_HEIGHT = 38
# Page name → its icon (a file in ``icons/lucide``).
PAGE_ICONS = {
    "readers": "users",
    "desk": "scan-barcode",
    "catalogue": "library",
    "parcels": "package",
    "events": "calendar-days",
    "plan": "target",
    "reports": "chart-column",
    "dashboard": "layout-dashboard",
    "hubs": "map-pin",
    "review": "clipboard-check",
    "sync": "refresh-cw",
    "settings": "settings",
}
_LIST_STYLE = """
QListWidget { border: none; background: transparent; outline: none; }
QListWidget::item { padding: 4px 8px; border-radius: 6px; }
QListWidget::item:hover:!selected { background: palette(midlight); }
QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class Navigation(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(WIDTH)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.hub = QLabel()
        self.hub.setWordWrap(True)
        set_type(self.hub, "strong")
        self.librarian = QLabel()
        self.librarian.setWordWrap(True)
        self.list = QListWidget()
        self.list.setStyleSheet(_LIST_STYLE)
        self.list.setIconSize(ICON_SIZE)
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sync_icon = QLabel()
        self.sync_state = QLabel()
        self.sync_state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 14, 10, 12)
        layout.setSpacing(4)
        layout.addWidget(self.hub)
        layout.addWidget(self.librarian)
        layout.addSpacing(10)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.sync_icon)
        layout.addWidget(self.sync_state)

    def _icon(self, name: str) -> QIcon:
        palette = self.palette()
        return line_icon(
            name,
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.HighlightedText),
        )

    def add_page(self, name: str, label: str) -> None:
        item = QListWidgetItem(label)
        if name in PAGE_ICONS:
            item.setIcon(self._icon(PAGE_ICONS[name]))
        item.setSizeHint(QSize(WIDTH - 24, ROW_HEIGHT))
        item.setToolTip(label)
        self.list.addItem(item)

    def show_status(self, status: Status) -> None:
        """Which laptop this is, and how far its work is from the server."""
        self.hub.setText(status.hub_name or self.tr("Hub not set"))
        self.librarian.setText(status.librarian_name or "")
        if status.waiting:
            icon, text = "cloud-upload", self.tr("%n change(s) waiting to sync", "", status.waiting)
        elif status.last_sync_at_ms:
            icon = "cloud-check"
            text = self.tr("Synced %1").replace("%1", moment_text(status.last_sync_at_ms))
        else:
            icon, text = "cloud-off", self.tr("Not synced yet")
        if status.waiting and status.last_sync_at_ms:
            text += "\n" + self.tr("Last sync %1").replace(
                "%1", moment_text(status.last_sync_at_ms)
            )
        self.sync_icon.setPixmap(self._icon(icon).pixmap(ICON_SIZE))
        self.sync_state.setText(text)
