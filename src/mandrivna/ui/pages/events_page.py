"""Events: a month's plan as a calendar, the month's totals and a list (filtered by department,
direction, format, hub), an event's attendance with card check-ins and its printable attendance
sheet, and courses with per-session attendance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.events import (
    DIRECTIONS,
    FORMATS,
    FORMS,
    STATUSES,
    EventFilter,
    LibraryEvent,
)
from mandrivna.services.event_service import EventService
from mandrivna.ui.combo_choices import refill
from mandrivna.ui.courses_view import CoursesView
from mandrivna.ui.dates import span_text
from mandrivna.ui.empty_state import EmptyState
from mandrivna.ui.error_messages import show_error
from mandrivna.ui.event_attendance_panel import EventAttendancePanel
from mandrivna.ui.event_dialog import EventDialog, department_combo, department_label, label
from mandrivna.ui.event_month_totals import MonthTotalsTable
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

EVENT_ENTITIES = {"library_event", "event_series", "event_checkin", "course", "course_enrollment"}


class EventsPage(PageFrame):
    changed = Signal(object)  # Changed

    def __init__(
        self,
        events: EventService,
        courses: Any,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Events"), parent, fill=True)
        self.events, self.runner = events, runner
        self.month_events: list[LibraryEvent] = []
        self._select_id: str | None = None  # the event to choose when the month is shown
        today = events.today()
        self.year, self.month = today.year, today.month
        self.tabs = QTabWidget()
        self.tabs.addTab(self._month_tab(), self.tr("Events"))
        self.courses_view = CoursesView(courses, events, runner)
        self.courses_view.changed.connect(self.announce)
        self.tabs.addTab(self.courses_view, self.tr("Courses"))
        self.body.addWidget(self.tabs, 1)
        self.add_shortcuts(
            (
                ("Ctrl+N", self.new_event),
                ("Ctrl+Shift+N", self.next_in_series),
                ("Ctrl+E", self.edit_event),
                ("Ctrl+I", self.focus_checkin),
                ("Ctrl+P", self.print_sheet),
            )
        )
        self.refresh_hubs()
        self.refresh()

    # layout ----------------------------------------------------------------------------
    def _month_tab(self) -> QWidget:
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(self._month_changed)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.setFixedSize(330, 220)
        self.totals = MonthTotalsTable()
        self.totals.setFixedHeight(220)
        self.department = department_combo(self.tr("All departments"))
        self.department.currentIndexChanged.connect(lambda _i: self.refresh())
        self.direction = self._filter(
            self.tr("All directions"), tuple((c, label(c, DIRECTIONS)) for c in DIRECTIONS)
        )
        self.format = self._filter(
            self.tr("All formats"), tuple((c, label(c, FORMATS)) for c in FORMATS)
        )
        self.hub = self._filter(self.tr("All hubs"), ())
        for combo in (self.department, self.direction, self.format, self.hub):
            combo.setMinimumContentsLength(12)  # a long hub or department name is cut, not wider
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        filters = QGridLayout()
        filters.addWidget(self.department, 0, 0)
        filters.addWidget(self.direction, 0, 1)
        filters.addWidget(self.format, 1, 0)
        filters.addWidget(self.hub, 1, 1)
        self.new_button = QPushButton(self.tr("New event (Ctrl+N)"))
        self.series_button = QPushButton(self.tr("New series…"))
        self.next_button = QPushButton(self.tr("Next in series (Ctrl+Shift+N)"))
        self.edit_button = QPushButton(self.tr("Edit (Ctrl+E)"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.series_button, self.next_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.new_button.clicked.connect(self.new_event)
        self.series_button.clicked.connect(self.new_series)
        self.next_button.clicked.connect(self.next_in_series)
        self.edit_button.clicked.connect(self.edit_event)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Title"),
                self.tr("Form"),
                self.tr("Department"),
                self.tr("Hub"),
                self.tr("Came"),
            ]
        )
        self.table.setWordWrap(False)
        self.empty = EmptyState(
            self.table,
            self.tr(
                "No events this month for these filters. Plan one with «New event» (Ctrl+N), "
                "or choose another month in the calendar."
            ),
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        choose_rows(self.table, stretch=1)
        header = self.table.horizontalHeader()
        for column, width in ((2, 140), (4, 150)):  # form and hub: long ones are cut, with a tip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.edit_event())
        month = QHBoxLayout()
        month.addWidget(self.calendar)
        month.addWidget(self.totals, 1)
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addLayout(month)
        left.addLayout(actions)
        left.addWidget(self.table, 1)
        self.attendance = EventAttendancePanel(self.events, self.runner)
        self.attendance.setFixedWidth(340)
        self.attendance.changed.connect(self.announce)
        self.attendance.written.connect(self.refresh)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.attendance)
        tab = QWidget()
        tab.setLayout(row)
        return tab

    def _filter(self, everything: str, items: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, text in items:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    # month -----------------------------------------------------------------------------
    def filters(self) -> EventFilter:
        return EventFilter(
            department=self.department.currentData(),
            direction=self.direction.currentData(),
            format=self.format.currentData(),
            hub=self.hub.currentData(),
        )

    def _month_changed(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def refresh_hubs(self) -> None:
        """The hub filter lists the hubs events were held at (kept chosen while it still is)."""
        PageOp(self, self.events.hubs).done(self._show_hubs).run()

    def _show_hubs(self, hubs: list[str]) -> None:
        chosen = self.hub.currentData()
        refill(self.hub, [(hub, hub) for hub in hubs])
        if chosen and self.hub.currentData() != chosen:
            self.refresh()

    def refresh(self) -> None:
        year, month, filters = self.year, self.month, self.filters()
        PageOp(self, lambda: self.events.month(year, month, filters)).done(self._show_month).failed(
            lambda exc: show_error(self, exc)
        ).run()

    def _show_month(self, events: list[LibraryEvent]) -> None:
        keep = self._select_id or (self.current.id if self.current else None)
        self._select_id = None
        self.month_events = events
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            came = (event.attended_in_person or 0) + (event.attended_online or 0)
            cells = [
                span_text(event.starts_at, event.ends_at),
                event.title or "",
                ", ".join(t for t in (label(event.form, FORMS), label(event.format, FORMATS)) if t),
                event.department or "",
                event.hub or "",
                label(event.status, STATUSES)
                if event.status == "cancelled"
                else str(came)
                if event.attended_in_person is not None
                else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and event.department:
                    item.setToolTip(department_label(event.department))
                elif column in (1, 4):
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.totals.show_events(events)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        marked = QTextCharFormat()
        marked.setFontWeight(700)
        palette = self.palette()
        marked.setBackground(palette.color(QPalette.ColorRole.Highlight).lighter(170))
        marked.setForeground(palette.color(QPalette.ColorRole.Text))
        for event in events:
            if event.starts_at:
                day = dt.date.fromisoformat(event.starts_at[:10])
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)
        ids = [e.id for e in events]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self.attendance.show_event(events[ids.index(keep)])
        else:
            self.attendance.show_event(None)

    def _day_clicked(self, day: QDate) -> None:
        wanted = day.toString("yyyy-MM-dd")
        for row, event in enumerate(self.month_events):
            if (event.starts_at or "").startswith(wanted):
                self.table.selectRow(row)
                return

    @property
    def current(self) -> LibraryEvent | None:
        """The event chosen in the month's list."""
        return self.attendance.current

    def say(self, text: str, error: bool = False) -> None:
        """The page's messages are about the chosen event: they go under its attendance."""
        self.attendance.say(text, error)

    def focus_checkin(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.attendance.focus_checkin()

    def print_sheet(self) -> None:
        """Ctrl+P: the chosen event's attendance sheet, or the chosen course's, as a PDF."""
        if self.tabs.currentWidget() is self.courses_view:
            self.courses_view.print_sheet()
        else:
            self.attendance.print_sheet()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.attendance.show_event(self.month_events[rows[0].row()] if rows else None)

    # writes ----------------------------------------------------------------------------
    def new_event(self) -> None:
        dialog = EventDialog(
            lambda v: self.events.create_event(
                v.pop("title"), v.pop("starts_at"), v.pop("ends_at"), **v
            ),
            self.runner,
            None,
            self.events.series(),
            self,
        )
        if dialog.exec() and dialog.result_value:
            self.announce(dialog.result_value[1])
            self._select_new(dialog.result_value)

    def new_series(self) -> None:
        dialog = EventDialog(
            lambda v: self.events.create_series(
                v["title"],
                "monthly",
                **{
                    k: v[k]
                    for k in ("direction", "form", "format", "department", "venue", "platform")
                },
            ),
            self.runner,
            None,
            [],
            self,
        )
        dialog.setWindowTitle(self.tr("New series (monthly)"))
        if dialog.exec() and dialog.result_value:
            self.announce(dialog.result_value[1])

    def edit_event(self) -> None:
        event = self.current
        if event is None:
            return
        dialog = EventDialog(
            lambda v: self.events.edit_event(event.id, **v),
            self.runner,
            event,
            self.events.series(),
            self,
        )
        if dialog.exec() and dialog.result_value is not None:
            self.announce(dialog.result_value)
            self.refresh()

    def next_in_series(self) -> None:
        event = self.current
        if event is None:
            return
        PageOp(self, lambda: self.events.next_in_series(event.id)).done(self._select_new).failed(
            lambda exc: show_error(self, exc)
        ).run()

    def _select_new(self, result: tuple[str, Changed]) -> None:
        event_id, _changed = result
        new = self.events.get(event_id)
        if new.starts_at:
            day = dt.date.fromisoformat(new.starts_at[:10])
            self._select_id = new.id
            if (day.year, day.month) != (self.year, self.month):
                self.calendar.setCurrentPage(day.year, day.month)  # refreshes the month
                return
        self.refresh()

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def on_data_changed(self, changed: Changed) -> None:
        if EVENT_ENTITIES & set(changed.entities):
            self.refresh_hubs()
            self.refresh()
            self.courses_view.refresh()
