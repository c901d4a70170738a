"""One event's attendance beside the month: its facts, the headcounts and the audience
breakdown, check-in by reader card with who checked in, and its printable attendance sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.events import AUDIENCE, DIRECTIONS, FORMATS, FORMS, LibraryEvent
from mandrivna.services.event_service import CheckIn, EventService, EventSummary
from mandrivna.ui.dates import span_text
from mandrivna.ui.empty_state import EmptyState
from mandrivna.ui.error_messages import show_error, user_text
from mandrivna.ui.event_dialog import department_label, label
from mandrivna.ui.look import set_type
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class EventAttendancePanel(QGroupBox):
    changed = Signal(object)  # Changed
    written = Signal()  # the event's attendance or check-ins changed: the month shows it

    def __init__(
        self,
        events: EventService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Attendance"))
        self.events, self.runner = events, runner
        self.current: LibraryEvent | None = None
        self._shown_id: str | None = None  # the event the messages are about
        self.event_title = QLabel(self.tr("No event selected"))
        self.event_title.setWordWrap(True)
        set_type(self.event_title, "heading")
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
        self.checkin.setPlaceholderText(self.tr("Scan a card to check in (Ctrl+I)"))
        self.checkin.returnPressed.connect(self.check_in)
        self.checked_in = QListWidget()
        self.nobody_text = self.tr(
            "Nobody checked in by card yet: scan reader cards in the field above."
        )
        self.nobody = EmptyState(self.checked_in, "")
        self.print_button = QPushButton(self.tr("Print attendance sheet (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_title)
        layout.addWidget(self.event_facts)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Of them:")))
        layout.addLayout(grid)
        layout.addWidget(self.save_attendance_button)
        layout.addWidget(self.attendance_message)
        layout.addWidget(self.checkin)
        layout.addWidget(self.checked_in, 1)
        layout.addWidget(self.print_button)
        self._enable_attendance(False)

    def _enable_attendance(self, enabled: bool) -> None:
        for widget in (
            self.in_person,
            self.online,
            *self.groups.values(),
            self.save_attendance_button,
            self.checkin,
            self.print_button,
        ):
            widget.setEnabled(enabled)

    def show_event(self, event: LibraryEvent | None) -> None:
        """The event chosen on the page (None: none is)."""
        if event is None or event.id != self._shown_id:
            self.attendance_message.setText("")  # a message belongs to the event it was about
        self.current = event
        self._shown_id = event.id if event else None
        self._enable_attendance(event is not None)
        self.nobody.setText(self.nobody_text if event is not None else "")
        if event is None:
            self.event_title.setText(self.tr("No event selected"))
            self.event_facts.setText("")
            self.checked_in.clear()
            return
        self.event_title.setText(event.title or "")
        place = ", ".join(p for p in (event.hub, event.venue, event.platform) if p)
        facts = [
            span_text(event.starts_at, event.ends_at),
            ", ".join(
                t
                for t in (
                    label(event.form, FORMS),
                    label(event.format, FORMATS),
                    label(event.direction, DIRECTIONS),
                )
                if t
            ),
            department_label(event.department),
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
        self.written.emit()
        self.checkin.setFocus()

    def print_sheet(self) -> None:
        """The chosen event's attendance sheet as a PDF, where the librarian chooses."""
        event = self.current
        if event is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the attendance sheet"),
            str(Path.home() / sheet_file_name(event.title, event.starts_at)),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            event_id = event.id
            PageOp(self, lambda: self.events.summary(event_id)).done(
                lambda summary: self.write_sheet(Path(path), summary)
            ).failed(lambda exc: show_error(self, exc)).run()

    def write_sheet(self, path: Path, summary: EventSummary) -> None:
        from mandrivna.ui.printing.attendance_sheet_pdf import event_sheet, write_attendance_sheet

        sheet = event_sheet(
            summary.event, summary.checked_in, department_label(summary.event.department)
        )
        try:
            write_attendance_sheet(path, sheet)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Attendance sheet"), user_text(exc))
            return
        self.say(self.tr("The attendance sheet is saved: {path}").format(path=path))

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)


def sheet_file_name(title: str | None, starts_at: str | None) -> str:
    """``attendance-2026-11-28-Book-club.pdf``: the day first, so the files sort by date."""
    words = "".join(c if c.isalnum() else "-" for c in (title or ""))
    words = "-".join(w for w in words.split("-") if w)[:40]
    return "-".join(p for p in ("attendance", (starts_at or "")[:10], words) if p) + ".pdf"
