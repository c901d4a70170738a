"""Courses: a course's sessions (each named by its day, time and topic), enrolled readers and
the attendance sheet (readers × sessions, with who completed; printable), enrolment and check-in
by card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.events import Course, LibraryEvent
from mandrivna.services.course_service import CourseAttendance
from mandrivna.ui.dates import datetime_edit_format, day_text, moment_text
from mandrivna.ui.empty_state import EmptyState
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.event_dialog import qdatetime
from mandrivna.ui.look import set_type
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class CoursesView(QWidget):
    changed = Signal(object)  # Changed

    def __init__(self, courses: Any, events: Any, runner: TaskRunner | ImmediateRunner) -> None:
        super().__init__()
        self.courses, self.events, self.runner = courses, events, runner
        self.items: list[Course] = []
        self.sheet: CourseAttendance | None = None
        self.list = QListWidget()
        self.list.setFixedWidth(280)
        self.list.setWordWrap(True)  # long course titles wrap rather than scroll sideways
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._course_selected)
        self.new_button = QPushButton(self.tr("New course…"))
        self.session_button = QPushButton(self.tr("Add session…"))
        self.print_button = QPushButton(self.tr("Print attendance sheet (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_sheet)
        self.enroll = QLineEdit()
        self.enroll.setPlaceholderText(self.tr("Scan a card to enroll"))
        self.session_choice = QComboBox()
        self.session_choice.setMinimumContentsLength(28)
        self.session_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.checkin = QLineEdit()
        self.checkin.setPlaceholderText(self.tr("Scan a card to check in"))
        self.message = MessageLine(DONE_STYLE)
        self.title = QLabel()
        self.title.setWordWrap(True)  # a long course title must not widen the window
        set_type(self.title, "heading")
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.nobody_text = self.tr("Nobody enrolled yet: scan reader cards in the field above.")
        self.empty = EmptyState(self.table, self.nobody_text)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        tools = QHBoxLayout()
        tools.addWidget(self.session_button)
        tools.addWidget(self.enroll, 1)
        tools.addWidget(self.print_button)
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(self.session_choice, 3)
        checkin_row.addWidget(self.checkin, 2)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addLayout(tools)
        right.addLayout(checkin_row)
        right.addWidget(self.message)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.new_button.clicked.connect(self.new_course)
        self.session_button.clicked.connect(self.add_session)
        self.enroll.returnPressed.connect(self.enroll_reader)
        self.checkin.returnPressed.connect(self.check_in)
        self.refresh()

    def current(self) -> Course | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def refresh(self) -> None:
        PageOp(self, self.courses.courses).done(self._show_courses).run()

    def _show_courses(self, items: list[Course]) -> None:
        selected = self.current()
        keep = selected.id if selected else None
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for course in items:
            self.list.addItem(course.title or "")
            self.list.item(self.list.count() - 1).setToolTip(course.title or "")
        self.list.blockSignals(False)
        ids = [c.id for c in items]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if items else -1))
        self._course_selected()

    def _course_selected(self, _row: int = -1) -> None:
        course = self.current()
        for widget in (
            self.session_button,
            self.enroll,
            self.checkin,
            self.session_choice,
            self.print_button,
        ):
            widget.setEnabled(course is not None)
        if course is None:
            self.title.setText(
                self.tr("No course selected")
                if self.items
                else self.tr("No courses yet: create one with «New course…» below the list.")
            )
            self.session_choice.clear()
            self.empty.setText("")
            self.table.setRowCount(0)
            return
        self.empty.setText(self.nobody_text)
        course_id = course.id
        PageOp(self, lambda: self.courses.attendance(course_id)).done(self._show_sheet).run()

    def _show_sheet(self, sheet: CourseAttendance) -> None:
        self.sheet = sheet
        self.title.setText(
            self.tr("{title}: {n} sessions, {required} needed to complete").format(
                title=sheet.course.title, n=len(sheet.sessions), required=sheet.required
            )
        )
        chosen = self.session_choice.currentData()
        self.session_choice.clear()
        for number, session in enumerate(sheet.sessions, 1):
            self.session_choice.addItem(session_name(sheet.course, number, session), session.id)
        if chosen is not None and self.session_choice.findData(chosen) >= 0:
            self.session_choice.setCurrentIndex(self.session_choice.findData(chosen))
        headers = [self.tr("Reader")]
        headers += [f"{n}\n{day_text(s.starts_at)[:5]}" for n, s in enumerate(sheet.sessions, 1)]
        headers += [self.tr("Attended"), self.tr("Completed")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(sheet.rows))
        for row, line in enumerate(sheet.rows):
            name = f"{line.reader.surname or ''} {line.reader.given_name or ''}".strip()
            cells = [name, *("✓" if seen else "" for seen in line.attended)]
            cells += [str(line.count), self.tr("yes") if sheet.completed(line) else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        for column, session in enumerate(sheet.sessions, 1):
            tip = session_name(sheet.course, column, session)
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def new_course(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New course"), self.tr("Course title:"))
        if not ok:
            return
        required, ok = QInputDialog.getInt(
            self, self.tr("New course"), self.tr("Sessions needed to complete:"), 4, 1, 200
        )
        if not ok:
            return
        PageOp(self, lambda: self.courses.create_course(title, required)).done(
            lambda _r: self._written(self.tr("Course created."))
        ).run()

    def add_session(self) -> None:
        course = self.current()
        if course is None:
            return
        dialog = _SessionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        starts, ends = dialog.times()
        topic = dialog.topic.text()
        PageOp(self, lambda: self.courses.add_session(course.id, starts, ends, topic)).done(
            lambda _r: self._written(self.tr("Session added."))
        ).run()

    def enroll_reader(self) -> None:
        course, code = self.current(), self.enroll.text().strip()
        self.enroll.clear()
        if course is None or not code:
            return
        PageOp(self, lambda: self.courses.enroll_by_card(course.id, code)).done(
            lambda result: self._written(
                self.tr("Enrolled: {name}.").format(name=result[0].surname)
            )
        ).run()

    def check_in(self) -> None:
        session_id, code = self.session_choice.currentData(), self.checkin.text().strip()
        self.checkin.clear()
        if session_id is None or not code:
            return
        PageOp(self, lambda: self.events.check_in(session_id, code)).done(
            lambda result: self._written(
                self.tr("Checked in: {name}.").format(
                    name=f"{result.reader.surname} {result.reader.given_name}"
                )
            )
        ).run()

    def _written(self, text: str) -> None:
        self.say(text)
        self.refresh()

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def print_sheet(self) -> None:
        """The chosen course's attendance sheet (readers × sessions) as a PDF."""
        sheet = self.sheet
        if self.current() is None or sheet is None:
            return
        words = "-".join((sheet.course.title or "").split())[:40]
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the attendance sheet"),
            str(Path.home() / f"attendance-{words}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> None:
        from mandrivna.ui.printing.attendance_sheet_pdf import course_sheet, write_attendance_sheet

        if self.sheet is None:
            return
        try:
            write_attendance_sheet(path, course_sheet(self.sheet))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Attendance sheet"), user_text(exc))
            return
        self.say(self.tr("The attendance sheet is saved: {path}").format(path=path))


def session_name(course: Course, number: int, session: LibraryEvent) -> str:
    """«3 · 28.11.2026 16:00 · Онлайн-банкінг»: the session's number, when, and its topic (a
    title made only of the course's name and the number says nothing more, so it is left out)."""
    parts = [str(number), moment_text(session.starts_at)]
    title = (session.title or "").strip()
    if title and title != f"{course.title} — {number}":
        parts.append(title)
    return " · ".join(parts)


class _SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add session"))
        start = dt.datetime.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        self.starts = QDateTimeEdit(qdatetime(start))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(datetime_edit_format())
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(90)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("What the session is about"))
        form = QFormLayout(self)
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow(self.tr("Starts:"), self.starts)
        form.addRow(self.tr("Minutes:"), self.minutes)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def times(self) -> tuple[dt.datetime, dt.datetime]:
        start = dt.datetime.fromisoformat(self.starts.dateTime().toString("yyyy-MM-ddTHH:mm"))
        return start, start + dt.timedelta(minutes=self.minutes.value())
