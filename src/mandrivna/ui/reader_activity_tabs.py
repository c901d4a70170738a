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
    """The tabs below the list. Only the first tab's table is made at start, empty as every tab
    is before a reader is chosen; the other tabs' tables are made when a reader's activity is
    first shown or another tab is first opened (issue #17: fewer widgets to build and style
    before the first window is drawn)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loans = _table(
            [self.tr("Barcode"), self.tr("Title"), self.tr("Lent"), self.tr("Due"), self.tr("Note")]
        )
        self._later = [QWidget() for _ in range(4)]  # loan history, visits, courses, blocks
        self._made: dict[str, QWidget] = {}
        self.addTab(self.loans, "")
        for page in self._later:
            self.addTab(page, "")
        self.currentChanged.connect(lambda index: self._make_later() if index else None)
        self.show_activity(None, "")

    def _make_later(self) -> dict[str, QWidget]:
        """The tables of the tabs after the first, made once, each in its tab's page."""
        if self._made:
            return self._made
        history_page, visits, courses_page, blocks_page = self._later
        history = _table(
            [
                self.tr("Barcode"),
                self.tr("Title"),
                self.tr("Lent"),
                self.tr("Due"),
                self.tr("Returned"),
                self.tr("Hub"),
            ]
        )
        visits_label = QLabel()
        visits_label.setWordWrap(True)
        events = _table([self.tr("Date"), self.tr("Event"), self.tr("Hub")])
        column = QVBoxLayout(visits)
        column.addWidget(visits_label)
        column.addWidget(events, 1)
        courses = _table(
            [self.tr("Course"), self.tr("Sessions attended"), self.tr("State")], stretch=0
        )
        blocks = _table([self.tr("Date"), self.tr("What"), self.tr("Reason")], stretch=2)
        for page, table in (
            (history_page, history),
            (courses_page, courses),
            (blocks_page, blocks),
        ):
            whole = QVBoxLayout(page)
            whole.setContentsMargins(0, 0, 0, 0)
            whole.addWidget(table)
        self._made = {
            "history": history,
            "visits_label": visits_label,
            "events": events,
            "courses": courses,
            "blocks": blocks,
        }
        for widget in self._made.values():  # on the tab being opened: shown now, not queued
            holder = widget.parentWidget()
            if holder is not None and holder.isVisible():
                widget.show()
        return self._made

    @property
    def history(self) -> QTableWidget:
        return self._make_later()["history"]  # type: ignore[return-value]

    @property
    def visits_label(self) -> QLabel:
        return self._make_later()["visits_label"]  # type: ignore[return-value]

    @property
    def events(self) -> QTableWidget:
        return self._make_later()["events"]  # type: ignore[return-value]

    @property
    def courses(self) -> QTableWidget:
        return self._make_later()["courses"]  # type: ignore[return-value]

    @property
    def blocks(self) -> QTableWidget:
        return self._make_later()["blocks"]  # type: ignore[return-value]

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
            self.loans.setRowCount(0)
            if self._made:
                for table in (self.history, self.events, self.courses, self.blocks):
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
