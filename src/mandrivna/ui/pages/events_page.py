"""Events: a month's plan as a calendar and a list (filtered by department, direction, format,
hub), an event's attendance with card check-ins, and courses with per-session attendance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.events import (
    AUDIENCE,
    DEPARTMENTS,
    DIRECTIONS,
    FORMATS,
    FORMS,
    EventFilter,
    LibraryEvent,
)
from mandrivna.services.event_service import CheckIn, EventService, EventSummary
from mandrivna.ui.courses_view import CoursesView
from mandrivna.ui.error_messages import show_error
from mandrivna.ui.event_dialog import EventDialog, label
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
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
        self.current: LibraryEvent | None = None
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
            )
        )
        self.refresh()

    # layout ----------------------------------------------------------------------------
    def _month_tab(self) -> QWidget:
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(self._month_changed)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.setMaximumHeight(230)
        self.department = self._filter(
            self.tr("All departments"), tuple((d, d) for d in DEPARTMENTS)
        )
        self.direction = self._filter(
            self.tr("All directions"), tuple((c, label(c, DIRECTIONS)) for c in DIRECTIONS)
        )
        self.format = self._filter(
            self.tr("All formats"), tuple((c, label(c, FORMATS)) for c in FORMATS)
        )
        self.hub = self._filter(self.tr("All hubs"), ())
        self.hub.setSizeAdjustPolicy(  # a long hub name must not widen the page
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.hub.setMinimumContentsLength(14)
        self.fill_hubs()
        filters = QHBoxLayout()
        for widget in (self.department, self.direction, self.format, self.hub):
            filters.addWidget(widget)
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
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Title"), self.tr("Form"), self.tr("Format"), self.tr("Came")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.edit_event())
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.calendar)
        left.addLayout(actions)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self._attendance_box())
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(400)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(side)
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

    def _attendance_box(self) -> QWidget:
        box = QGroupBox(self.tr("Attendance"))
        self.event_title = QLabel(self.tr("No event selected"))
        self.event_title.setWordWrap(True)
        bold = self.event_title.font()
        bold.setBold(True)
        self.event_title.setFont(bold)
        self.event_facts = QLabel()
        self.event_facts.setWordWrap(True)
        self.in_person = QSpinBox()
        self.online = QSpinBox()
        self.groups: dict[str, QSpinBox] = {}
        for spin in (self.in_person, self.online):
            spin.setRange(0, 1_000_000)
        form = QFormLayout()
        form.addRow(self.tr("Came in person:"), self.in_person)
        form.addRow(self.tr("Online participants:"), self.online)
        grid = QGridLayout()
        for index, code in enumerate(AUDIENCE):
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            self.groups[code] = spin
            grid.addWidget(QLabel(label(code, AUDIENCE)), index, 0)
            grid.addWidget(spin, index, 1)
        self.save_attendance_button = QPushButton(self.tr("Save attendance"))
        self.save_attendance_button.clicked.connect(self.save_attendance)
        self.attendance_message = MessageLine(DONE_STYLE)
        self.checkin = QLineEdit()
        self.checkin.setPlaceholderText(self.tr("Scan a reader card to check in (Ctrl+I)"))
        self.checkin.returnPressed.connect(self.check_in)
        self.checked_in = QListWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(self.event_title)
        layout.addWidget(self.event_facts)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Of them:")))
        layout.addLayout(grid)
        layout.addWidget(self.save_attendance_button)
        layout.addWidget(self.attendance_message)
        layout.addWidget(self.checkin)
        layout.addWidget(self.checked_in, 1)
        self._enable_attendance(False)
        return box

    # month -----------------------------------------------------------------------------
    def filters(self) -> EventFilter:
        return EventFilter(
            department=self.department.currentData(),
            direction=self.direction.currentData(),
            format=self.format.currentData(),
            hub=self.hub.currentData(),
        )

    def fill_hubs(self) -> None:
        """The hub picker's list: every hub named in the events held (the choice is kept)."""
        PageOp(self, self.events.hub_names).done(self._show_hubs).run()

    def _show_hubs(self, names: list[str]) -> None:
        chosen = self.hub.currentData()
        self.hub.blockSignals(True)
        while self.hub.count() > 1:
            self.hub.removeItem(1)
        for name in names:
            self.hub.addItem(name, name)
        self.hub.setCurrentIndex(max(0, self.hub.findData(chosen)) if chosen else 0)
        self.hub.blockSignals(False)

    def _month_changed(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def refresh(self) -> None:
        year, month, filters = self.year, self.month, self.filters()
        PageOp(self, lambda: self.events.month(year, month, filters)).done(self._show_month).failed(
            lambda exc: show_error(self, exc)
        ).run()

    def _show_month(self, events: list[LibraryEvent]) -> None:
        keep = self.current.id if self.current else None
        self.month_events = events
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            came = (event.attended_in_person or 0) + (event.attended_online or 0)
            cells = [
                (event.starts_at or "").replace("T", " "),
                event.title or "",
                label(event.form, FORMS),
                label(event.format, FORMATS),
                str(came) if event.attended_in_person is not None else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        marked = QTextCharFormat()
        marked.setFontWeight(700)
        marked.setBackground(Qt.GlobalColor.yellow)
        for event in events:
            if event.starts_at:
                day = dt.date.fromisoformat(event.starts_at[:10])
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)
        ids = [e.id for e in events]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
            self._show_event(events[ids.index(keep)])
        else:
            self._show_event(None)

    def _day_clicked(self, day: QDate) -> None:
        wanted = day.toString("yyyy-MM-dd")
        for row, event in enumerate(self.month_events):
            if (event.starts_at or "").startswith(wanted):
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_event(self.month_events[rows[0].row()] if rows else None)

    # one event -------------------------------------------------------------------------
    def _enable_attendance(self, enabled: bool) -> None:
        for widget in (
            self.in_person,
            self.online,
            *self.groups.values(),
            self.save_attendance_button,
            self.checkin,
        ):
            widget.setEnabled(enabled)

    def _show_event(self, event: LibraryEvent | None) -> None:
        if event is None or self.current is None or event.id != self.current.id:
            self.attendance_message.setText("")  # a message belongs to the event it was about
        self.current = event
        self._enable_attendance(event is not None)
        if event is None:
            self.event_title.setText(self.tr("No event selected"))
            self.event_facts.setText("")
            self.checked_in.clear()
            return
        self.event_title.setText(event.title or "")
        place = ", ".join(p for p in (event.hub, event.venue, event.platform) if p)
        facts = [
            f"{(event.starts_at or '').replace('T', ' ')} – {(event.ends_at or '')[11:]}",
            ", ".join(
                t
                for t in (
                    label(event.form, FORMS),
                    label(event.format, FORMATS),
                    label(event.direction, DIRECTIONS),
                    event.department or "",
                )
                if t
            ),
            place,
        ]
        self.event_facts.setText("\n".join(f for f in facts if f))
        self.in_person.setValue(event.attended_in_person or 0)
        self.online.setValue(event.attended_online or 0)
        for code, spin in self.groups.items():
            spin.setValue(getattr(event, f"audience_{code}") or 0)
        event_id = event.id
        PageOp(self, lambda: self.events.summary(event_id)).done(self._show_summary).failed(
            lambda exc: show_error(self, exc)
        ).run()

    def _show_summary(self, summary: EventSummary) -> None:
        if self.current is None or summary.event.id != self.current.id:
            return
        self.checked_in.clear()
        for reader in summary.checked_in:
            self.checked_in.addItem(
                f"{reader.surname or ''} {reader.given_name or ''} · {reader.card_number or ''}"
            )

    def save_attendance(self) -> None:
        event = self.current
        if event is None:
            return
        in_person, online = self.in_person.value(), self.online.value()
        breakdown = {code: spin.value() for code, spin in self.groups.items()}
        PageOp(
            self, lambda: self.events.record_attendance(event.id, in_person, online, breakdown)
        ).done(lambda _c: self._written(self.tr("Attendance saved."))).run()

    def say(self, text: str, error: bool = False) -> None:
        """The page's messages are about the chosen event: they go under its attendance."""
        self.attendance_message.say(text, error)

    def focus_checkin(self) -> None:
        if self.current is not None:
            self.tabs.setCurrentIndex(0)
            self.checkin.setFocus()

    def check_in(self) -> None:
        event, code = self.current, self.checkin.text().strip()
        self.checkin.clear()
        if event is None or not code:
            return
        PageOp(self, lambda: self.events.check_in(event.id, code)).done(self._checked_in).run()

    def _checked_in(self, result: CheckIn) -> None:
        name = f"{result.reader.surname or ''} {result.reader.given_name or ''}".strip()
        text = (
            self.tr("{name} is already checked in.")
            if result.already
            else self.tr("Checked in: {name}.")
        ).format(name=name)
        self._written(text)

    def _written(self, text: str) -> None:
        self.say(text)
        self.refresh()
        self.checkin.setFocus()

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
            self.current = new
            if (day.year, day.month) != (self.year, self.month):
                self.calendar.setCurrentPage(day.year, day.month)  # refreshes the month
                return
        self.refresh()

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def on_data_changed(self, changed: Changed) -> None:
        if EVENT_ENTITIES & set(changed.entities):
            self.fill_hubs()
            self.refresh()
            self.courses_view.refresh()
