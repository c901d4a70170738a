"""The reader's page below the list: what the selected reader has done with the library, one
tab each: loans now (with due dates, overdue in red), the loan history, this year's visits by
channel with the events attended, course progress, and the history of blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the tabs are empty at start: their rows' types come with the first reader
    from mandrivna.core.desk import LoanLine
    from mandrivna.core.reader_activity import ReaderActivity


def _table(headers: Sequence[str], stretch: int = 1) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], red: Sequence[bool] = ()) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if row < len(red) and red[row]:
                item.setForeground(Qt.GlobalColor.red)
            table.setItem(row, column, item)


class ReaderActivityTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loans = _table(
            [self.tr("Barcode"), self.tr("Title"), self.tr("Lent"), self.tr("Due"), self.tr("Note")]
        )
        self.history = _table(
            [
                self.tr("Barcode"),
                self.tr("Title"),
                self.tr("Lent"),
                self.tr("Due"),
                self.tr("Returned"),
                self.tr("Hub"),
            ]
        )
        self.visits_label = QLabel()
        self.visits_label.setWordWrap(True)
        self.events = _table([self.tr("Date"), self.tr("Event"), self.tr("Hub")])
        visits = QWidget()
        column = QVBoxLayout(visits)
        column.addWidget(self.visits_label)
        column.addWidget(self.events, 1)
        self.courses = _table(
            [self.tr("Course"), self.tr("Sessions attended"), self.tr("State")], stretch=0
        )
        self.blocks = _table([self.tr("Date"), self.tr("What"), self.tr("Reason")], stretch=2)
        self.addTab(self.loans, "")
        self.addTab(self.history, "")
        self.addTab(visits, "")
        self.addTab(self.courses, "")
        self.addTab(self.blocks, "")
        self.show_activity(None, "")

    def _titles(self, counts: Sequence[int | None]) -> None:
        names = [
            self.tr("On loan"),
            self.tr("Loan history"),
            self.tr("Visits and events"),
            self.tr("Courses"),
            self.tr("Blocks"),
        ]
        for index, (name, count) in enumerate(zip(names, counts, strict=True)):
            self.setTabText(index, f"{name} ({count})" if count else name)

    def _flag(self, line: LoanLine, today: str) -> str:
        if line.loan.flag == "lent_again":
            return self.tr("Lent again before a return was recorded")
        if line.loan.flag == "return_without_loan":
            return self.tr("Returned without a recorded loan")
        return self.tr("Overdue") if (line.loan.due_on or "9999") < today else ""

    def show_activity(self, activity: ReaderActivity | None, today: str) -> None:
        """The reader's activity (None: no reader selected); ``today`` tells which are late."""
        if activity is None:
            for table in (self.loans, self.history, self.events, self.courses, self.blocks):
                table.setRowCount(0)
            self.visits_label.setText("")
            self._titles([None] * 5)
            return
        _fill(
            self.loans,
            [
                [
                    line.barcode or "",
                    line.title or "",
                    line.loan.lent_on or "",
                    line.loan.due_on or "",
                    self._flag(line, today),
                ]
                for line in activity.loans
            ],
            [bool(self._flag(line, today)) for line in activity.loans],
        )
        _fill(
            self.history,
            [
                [
                    line.barcode or "",
                    line.title or "",
                    line.loan.lent_on or "",
                    line.loan.due_on or "",
                    line.loan.returned_on or "",
                    line.loan.hub or "",
                ]
                for line in activity.history
            ],
        )
        visits = activity.visits
        self.visits_label.setText(
            self.tr(
                "Visits in {year}: stationary {stationary}, non-stationary {non_stationary}, "
                "remote {remote}."
            ).format(
                year=activity.year,
                stationary=visits.get("stationary", 0),
                non_stationary=visits.get("non_stationary", 0),
                remote=visits.get("remote", 0),
            )
        )
        _fill(self.events, [[e.day, e.title, e.hub or ""] for e in activity.events])
        _fill(
            self.courses,
            [
                [
                    course.title,
                    self.tr("{attended} of {required}").format(
                        attended=course.attended, required=course.required
                    ),
                    self.tr("Completed")
                    if course.completed
                    else self.tr("Withdrawn")
                    if course.withdrawn
                    else self.tr("In progress"),
                ]
                for course in activity.courses
            ],
        )
        _fill(
            self.blocks,
            [
                [
                    block.day,
                    self.tr("Blocked") if block.blocked else self.tr("Unblocked"),
                    block.reason or "",
                ]
                for block in activity.blocks
            ],
        )
        self._titles(
            [
                len(activity.loans),
                len(activity.history),
                sum(visits.values()) + len(activity.events),
                len(activity.courses),
                len(activity.blocks),
            ]
        )
