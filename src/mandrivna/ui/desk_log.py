"""The desk's log of the day: every action, newest first, with the time and the reader it was
for («12:05 Lent: Kobzar (LUN-000101), due 2026-12-25 — Petrenko Ivan»); anonymous tallies say
they were anonymous. ``texts`` gives the lines as shown (for tests and the day's check)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from mandrivna.ui.dates import time_text


class DeskLog(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def add(self, text: str, reader: str | None, anonymous: bool = False) -> None:
        """Log ``text`` for ``reader`` (a name), or as anonymous, or as for no reader."""
        if reader:
            who = reader
        elif anonymous:
            who = self.tr("anonymous")
        else:
            who = self.tr("no reader")
        self.insertItem(0, f"{time_text(dt.datetime.now())} {text.rstrip('.')} — {who}")

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
