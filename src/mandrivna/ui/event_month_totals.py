"""The month's totals beside the calendar: events held and people who came, in all, by the
department that ran them and by hub (of the events the filters show)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mandrivna.core.event_totals import MonthTotals, Tally, month_totals
from mandrivna.core.events import LibraryEvent
from mandrivna.ui.event_dialog import department_label


class MonthTotalsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("This month"), self.tr("Events"), self.tr("Came")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _line(
        self, text: str, tally: Tally, bold: bool = False, indent: bool = True
    ) -> QTableWidgetItem:
        row = self.rowCount()
        self.insertRow(row)
        for column, value in enumerate(
            ((" " * 4 if indent else "") + text, str(tally.events), str(tally.came))
        ):
            item = QTableWidgetItem(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.setItem(row, column, item)
        return self.item(row, 0) or QTableWidgetItem()

    def _heading(self, text: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, 3)

    def show_totals(self, totals: MonthTotals) -> None:
        self.clearSpans()
        self.setRowCount(0)
        self._line(self.tr("All events"), totals.total, bold=True, indent=False)
        if not totals.total.events:
            return
        self._heading(self.tr("By department"))
        for code, tally in totals.by_department:
            name = department_label(code) if code else self.tr("Department not given")
            self._line(name, tally).setToolTip(name)
        self._heading(self.tr("By hub"))
        for hub, tally in totals.by_hub:
            self._line(hub or self.tr("Hub not given"), tally)

    def show_events(self, events: list[LibraryEvent]) -> None:
        self.show_totals(month_totals(events))
