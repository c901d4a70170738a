"""The main window's status bar: hub, librarian, last sync and changes waiting to be synced."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from mandrivna.services.status_service import Status


class MainStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = QLabel()
        self.librarian = QLabel()
        self.last_sync = QLabel()
        self.waiting = QLabel()
        for label in (self.hub, self.librarian, self.last_sync, self.waiting):
            self.addPermanentWidget(label)

    def show_status(self, status: Status) -> None:
        self.hub.setText(self.tr("Hub: %1").replace("%1", status.hub_name or "—"))
        self.librarian.setText(self.tr("Librarian: %1").replace("%1", status.librarian_name or "—"))
        if status.last_sync_at_ms:
            when = dt.datetime.fromtimestamp(status.last_sync_at_ms / 1000).strftime(
                "%d.%m.%Y %H:%M"
            )
        else:
            when = self.tr("never")
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", when))
        self.waiting.setText(self.tr("Waiting to sync: %1").replace("%1", str(status.waiting)))
