"""The plan page's virtual entries: virtual visits and virtual users per period from a source
(website statistics, a social network), with what the figure measures (only web sessions are
visits). One entry per source and period: saving the same month again replaces it, an overlap
is refused; the chosen entry is edited in place or deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.visits import VirtualVisits
from mandrivna.services.plan_service import PlanService
from mandrivna.ui.dates import date_edit_format
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

KIND_NAMES = {
    "visits": QT_TRANSLATE_NOOP("plan", "Virtual visits"),
    "users": QT_TRANSLATE_NOOP("plan", "Virtual users"),
}
# The same, short, for the list.
KIND_SHORT = {
    "visits": QT_TRANSLATE_NOOP("plan", "visits"),
    "users": QT_TRANSLATE_NOOP("plan", "users"),
}
MEASURE_NAMES = {
    "sessions": QT_TRANSLATE_NOOP("plan", "web sessions"),
    "views": QT_TRANSLATE_NOOP("plan", "page or video views (not visits)"),
    "reach": QT_TRANSLATE_NOOP("plan", "reach or followers (not visits)"),
}


def _name(names: dict[str, str], code: str | None) -> str:
    return QCoreApplication.translate("plan", names.get(code or "", code or ""))


def _month_end(day: QDate) -> QDate:
    return QDate(day.year(), day.month(), day.daysInMonth())


def period_text(start: str | None, end: str | None) -> str:
    """A whole month as "03.2024", any other period as "01.03.2024 – 15.04.2024"."""
    first, last = dt.date.fromisoformat(start or ""), dt.date.fromisoformat(end or "")
    following = (last + dt.timedelta(days=1)).day == 1
    if first.day == 1 and following and (first.year, first.month) == (last.year, last.month):
        return f"{first:%m.%Y}"
    return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"


class VirtualEntriesBox(QGroupBox):
    changed = Signal(object)  # Changed

    def __init__(
        self,
        plan: PlanService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Virtual visits and users"))
        self.plan, self.runner = plan, runner
        self.entries: list[VirtualVisits] = []
        self.editing: str | None = None  # the entry being edited
        self.table = QTableWidget()
        headers = [self.tr("Period"), self.tr("Source"), self.tr("What"), self.tr("Count")]
        choose_rows(self.table, headers, stretch=1)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._chosen)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(_month_end(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.start.dateChanged.connect(lambda day: self.end.setDate(_month_end(day)))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Library website, Facebook page…"))
        self.kind = QComboBox()
        for code in KIND_NAMES:
            self.kind.addItem(_name(KIND_NAMES, code), code)
        self.measure = QComboBox()
        for code in MEASURE_NAMES:
            self.measure.addItem(_name(MEASURE_NAMES, code), code)
        self.count = QSpinBox()
        self.count.setRange(0, 10_000_000)
        self.save_button = QPushButton(self.tr("Save entry"))
        self.new_button = QPushButton(self.tr("New entry"))
        self.delete_button = QPushButton(self.tr("Delete entry"))
        self.message = MessageLine(DONE_STYLE)
        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        form.addRow(self.tr("Period:"), dates)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("Measured as:"), self.measure)
        form.addRow(self.tr("Count:"), self.count)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.new_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.clear)
        self.delete_button.clicked.connect(self.delete)
        self.source.returnPressed.connect(self.save)

    def load(self, year: int) -> None:
        if self.start.date().year() != year and self.editing is None:
            self.start.setDate(QDate(year, self.start.date().month(), 1))
        PageOp(self, lambda: self.plan.virtual_entries(year)).done(self._show).run()

    def _show(self, entries: list[VirtualVisits]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = _name(KIND_SHORT, entry.kind or "visits")
            if (entry.measure or "sessions") != "sessions":
                what += ", " + _name(MEASURE_NAMES, entry.measure)
            cells = (
                period_text(entry.period_start, entry.period_end),
                entry.source or "",
                what,
                str(entry.count or 0),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.editing = entry.id
        start = dt.date.fromisoformat(entry.period_start or "")
        end = dt.date.fromisoformat(entry.period_end or "")
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))
        self.source.setText(entry.source or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind or "visits")))
        self.measure.setCurrentIndex(max(0, self.measure.findData(entry.measure or "sessions")))
        self.count.setValue(entry.count or 0)

    def clear(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.source.clear()
        self.count.setValue(0)
        self.source.setFocus()

    def save(self) -> None:
        start: dt.date = self.start.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end.date().toPython()  # type: ignore[assignment]
        source, count = self.source.text(), self.count.value()
        kind, measure, replaces = self.kind.currentData(), self.measure.currentData(), self.editing

        def write() -> tuple[str, Changed]:
            return self.plan.set_virtual(start, end, source, count, kind, measure, replaces)

        PageOp(self, write).done(lambda result: self._saved(result[0])).busy(self.save_button).run()

    def _saved(self, entry_id: str) -> None:
        self.editing = entry_id
        self.say(self.tr("Entry saved."))

    def delete(self) -> None:
        entry_id = self.editing
        if entry_id is None:
            self.say(self.tr("Choose an entry in the list first."), error=True)
            return
        PageOp(self, lambda: self.plan.delete_virtual(entry_id)).done(self._deleted).run()

    def _deleted(self, _changed: Changed) -> None:
        self.clear()
        self.say(self.tr("Entry deleted."))

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
