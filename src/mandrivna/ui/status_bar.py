"""The main window's status bar: hub, librarian, last sync, changes waiting to be synced, and a
warning when the laptop's date and time look wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from mandrivna.core.clock_check import DAY_MS, ClockProblem
from mandrivna.core.status import Status
from mandrivna.ui.counts import grouped
from mandrivna.ui.dates import moment_text


class MainStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = QLabel()
        self.librarian = QLabel()
        self.last_sync = QLabel()
        self.waiting = QLabel()
        self.clock = QLabel()
        self.clock.setStyleSheet("color: #b00020; font-weight: bold")
        self.clock.setVisible(False)
        for label in (self.clock, self.hub, self.librarian, self.last_sync, self.waiting):
            self.addPermanentWidget(label)

    def clock_text(self, problem: ClockProblem) -> str:
        """The warning for a wrong clock, in plain words."""
        days = problem.by_ms // DAY_MS
        if problem.kind == "ahead":
            minutes = max(1, problem.by_ms // 60_000)
            amount = (
                self.tr("%n day(s)", "", days) if days else self.tr("%n minute(s)", "", minutes)
            )
            return self.tr("The clock is %1 ahead: set the date and time").replace("%1", amount)
        if days:
            amount = self.tr("%n day(s)", "", days)
            return self.tr("The clock is %1 behind: set the date and time").replace("%1", amount)
        return self.tr("The date is wrong: set the date and time")

    def show_status(self, status: Status) -> None:
        self.hub.setText(self.tr("Hub: %1").replace("%1", status.hub_name or "—"))
        self.librarian.setText(self.tr("Librarian: %1").replace("%1", status.librarian_name or "—"))
        when = moment_text(status.last_sync_at_ms) if status.last_sync_at_ms else self.tr("never")
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", when))
        self.waiting.setText(self.tr("Waiting to sync: %1").replace("%1", grouped(status.waiting)))
        self.clock.setVisible(status.clock is not None)
        self.clock.setText(self.clock_text(status.clock) if status.clock else "")
