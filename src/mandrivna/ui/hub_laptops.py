"""The laptops of the hub chosen on the Hubs page, each named by its librarian (never by a key
or UUID): role, last sync, days without sync, changes waiting as it last said, app version,
clock, and whether it is revoked. A laptop gone quiet, with a wrong clock or revoked stands out."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mandrivna.services.hub_overview import HubLine, LaptopLine
from mandrivna.ui.row_tables import choose_rows

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS
WARN = QColor("#fde7c8")
GONE = QColor("#777777")


def when(ms: int | None) -> str:
    """A moment as the Hubs page shows it (local time), or a dash."""
    if not ms:
        return "—"
    return QDateTime.fromMSecsSinceEpoch(ms).toString("dd.MM.yyyy HH:mm")


class LaptopsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.shown: list[LaptopLine] = []
        self.setHorizontalHeaderLabels(
            [
                self.tr("Librarian"),
                self.tr("Role"),
                self.tr("Last sync"),
                self.tr("Days without sync"),
                self.tr("Waiting to send"),
                self.tr("App version"),
                self.tr("Clock"),
                self.tr("State"),
            ]
        )
        choose_rows(self, stretch=0)

    def show_hub(self, line: HubLine | None) -> None:
        self.shown = list(line.laptops) if line is not None else []
        if line is None:
            self.heading.setText(self.tr("Laptops"))
        elif not self.shown:
            self.heading.setText(
                self.tr("«%1» has no laptops enrolled yet.").replace("%1", line.name)
            )
        else:
            self.heading.setText(self.tr("Laptops of «%1»").replace("%1", line.name))
        self.setRowCount(len(self.shown))
        for row, laptop in enumerate(self.shown):
            self._fill(row, laptop)
        if self.shown:
            self.selectRow(0)

    def current(self) -> LaptopLine | None:
        row = self.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _fill(self, row: int, laptop: LaptopLine) -> None:
        cells = [
            self._who(laptop),
            self.tr("Coordinator") if laptop.role == "coordinator" else self.tr("Librarian"),
            when(laptop.last_sync_ms),
            "—" if laptop.days_quiet is None else str(laptop.days_quiet),
            "—" if laptop.pending is None else str(laptop.pending),
            laptop.app_version or "—",
            self._clock(laptop),
            self._state(laptop),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if laptop.revoked:
                item.setForeground(QBrush(GONE))
            elif (laptop.quiet and column in (2, 3)) or (laptop.clock and column == 6):
                item.setBackground(QBrush(WARN))
            self.setItem(row, column, item)

    def _who(self, laptop: LaptopLine) -> str:
        if laptop.device_id is None:
            return self.tr("(code issued %1, not used yet)").replace("%1", when(laptop.issued_ms))
        return laptop.librarian or self.tr("(has not synced yet)")

    def _state(self, laptop: LaptopLine) -> str:
        if laptop.revoked:
            return self.tr("Revoked")
        if not laptop.on_server:
            return self.tr("No word from the server")
        if laptop.device_id is None:
            return self.tr("Waiting for enrollment")
        if laptop.quiet:
            return self.tr("Quiet")
        return self.tr("Working")

    def _clock(self, laptop: LaptopLine) -> str:
        if not laptop.on_server:
            return "—"
        if laptop.clock is None:
            return self.tr("Right")
        by = self._duration(laptop.clock_by_ms)
        if laptop.clock == "ahead":
            return self.tr("Ahead by %1").replace("%1", by)
        return self.tr("Behind by %1").replace("%1", by)

    def _duration(self, ms: int) -> str:
        if ms >= DAY_MS:
            return self.tr("%1 d").replace("%1", str(ms // DAY_MS))
        if ms >= HOUR_MS:
            return self.tr("%1 h").replace("%1", str(ms // HOUR_MS))
        return self.tr("%1 min").replace("%1", str(max(1, ms // MINUTE_MS)))
