"""The lending desk, built for a keyboard-wedge scanner: one scan field that is always ready.

Scan a reader card → the reader with loans, overdue items and blocks; scan a book → lent to that
reader, or returned if it is on loan (at any hub). Scans queue up and run in order on the
background runner, so the field never blocks while the scanner types. Everything else has a
shortcut: renewals, electronic loans, consultations, anonymous tallies, the session itself.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.desk import LoanLine, ServiceSession, SessionSummary
from mandrivna.core.reader import Reader
from mandrivna.services.lending_service import NeedsOverride, ScanResult
from mandrivna.ui.catalogue_names import status_name
from mandrivna.ui.dates import day_text
from mandrivna.ui.desk_dialogs import OverrideDialog, SummaryDialog
from mandrivna.ui.desk_log import DeskLog
from mandrivna.ui.desk_records import DeskRecords
from mandrivna.ui.desk_session_bar import SessionBar
from mandrivna.ui.desk_side import DeskSide
from mandrivna.ui.desk_signals import DeskSignals
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.reader_loans_panel import ReaderLoans
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from mandrivna.app import Services


class DeskPage(PageFrame):
    changed = Signal(object)  # Changed

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lending desk"), parent, fill=True)
        self.desk, self.lending, self.runner = services.desk, services.lending, runner
        self.visits, self.desk_counters = services.visits, services.counters
        self.session: ServiceSession | None = None
        self.reader: Reader | None = None
        self.loans: list[LoanLine] = []
        self._queue: deque[tuple[str, str | None]] = deque()
        self._busy = False
        self.last_summary: SessionSummary | None = None
        self.records = DeskRecords(self, self.desk, self.lending, self.visits)
        self.records.recorded.connect(
            lambda text, name, anonymous: self._done(text, name, anonymous=anonymous)
        )
        self._build()
        self._shortcuts()
        self.load_session()

    # layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.bar = SessionBar()
        self.session_label, self.venue = self.bar.session_label, self.bar.venue
        self.channel, self.open_button = self.bar.channel, self.bar.open_button
        self.close_button = self.bar.close_button
        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(
            self.tr("Scan or type a reader card or a book barcode, then Enter")
        )
        font = self.scan_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.scan_field.setFont(font)
        self.message = MessageLine(banner=True)
        self.signals = DeskSignals(self.scan_field)
        self.reader_panel = ReaderLoans(self)
        self.reader_status = self.reader_panel.reader_status
        self.loans_table = self.reader_panel.loans_table
        self.log = DeskLog()
        left = QVBoxLayout()
        left.addWidget(self.scan_field)
        left.addWidget(self.message)
        self.reader_panel.lay_out_in(left, table_stretch=2)
        left.addWidget(QLabel(self.tr("Today at this desk:")))
        left.addWidget(self.log, 1)
        side = DeskSide(self.visits, self.desk_counters, self.runner)
        self.tallies, self.counters = side.tallies, side.counters
        for box in (self.tallies, self.counters):
            box.changed.connect(self.announce)
            box.said.connect(self.say)
            box.counted.connect(lambda text: self.log.add(text, None, anonymous=True))
        self.tally_labels, self.tally_buttons = self.tallies.labels, self.tallies.buttons
        self.e_loan_button, self.consult_button = side.e_loan_button, side.consult_button
        self.overdue_button, self.virtual_button = side.overdue_button, side.virtual_button
        self.sound_box = side.sound_box
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(side)
        self.body.addWidget(self.bar)
        self.body.addLayout(columns, 1)
        self.scan_field.returnPressed.connect(self.take_scan)
        self.open_button.clicked.connect(self.open_session)
        self.close_button.clicked.connect(self.close_session)
        self.reader_panel.renew_button.clicked.connect(self.renew_selected)
        self.reader_panel.renew_all_button.clicked.connect(self.renew_all)
        self.reader_panel.done_button.clicked.connect(self.clear_reader)
        self.reader_panel.history_button.clicked.connect(self.show_history)
        self.e_loan_button.clicked.connect(self.e_loan)
        self.consult_button.clicked.connect(self.consultation)
        self.overdue_button.clicked.connect(self.show_overdue)
        self.virtual_button.clicked.connect(self.virtual_visits)

    def _shortcuts(self) -> None:
        self.add_shortcuts(
            (
                ("Ctrl+O", self.open_session),
                ("Ctrl+R", self.renew_selected),
                ("Ctrl+Shift+R", self.renew_all),
                ("Escape", self.clear_reader),
                ("Ctrl+L", self.e_loan),
                ("Ctrl+K", self.consultation),
                ("Ctrl+H", self.show_history),
                ("F6", lambda: self.tally("stationary")),
                ("F7", lambda: self.tally("non_stationary")),
                ("F8", lambda: self.tally("remote")),
                ("F9", lambda: self.count("person_served")),
                ("F10", lambda: self.count("in_house_use")),
            )
        )

    # session ---------------------------------------------------------------------------
    def load_session(self) -> None:
        PageOp(self, self.desk.current_session).done(self._show_session).run()

    def _show_session(self, session: ServiceSession | None) -> None:
        self.session = session
        is_open = session is not None
        self.bar.show_session(session)
        self.scan_field.setEnabled(is_open)
        for widget in (
            self.e_loan_button,
            self.consult_button,
            *self.tally_buttons.values(),
            *self.counters.buttons.values(),
            *self.counters.correct_buttons.values(),
            *self.tallies.correct_buttons.values(),
        ):
            widget.setEnabled(is_open)
        if session is None:
            self.venue.setFocus()
            return
        self.scan_field.setFocus()
        self.refresh_tallies()

    def open_session(self) -> None:
        if self.session is not None:
            return
        venue, channel = self.venue.text(), self.channel.currentData()
        PageOp(self, lambda: self.desk.open_session(venue, channel)).done(
            lambda result: self._show_session(result[0])
        ).run()

    def close_session(self) -> None:
        session = self.session
        if session is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Close session"), self.tr("Close today's session and see its summary?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        PageOp(self, lambda: self.desk.close_session(session.id)).done(self._session_closed).run()

    def _session_closed(self, result: tuple[SessionSummary, Changed]) -> None:
        summary, _changed = result
        self.last_summary = summary
        self.clear_reader()
        self.message.clear()
        self.log.clear()
        self._show_session(None)
        self.show_summary(summary)

    def show_summary(self, summary: SessionSummary) -> None:
        SummaryDialog(summary, self).exec()

    # scanning --------------------------------------------------------------------------
    def take_scan(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if not code:
            return
        self.message.clear()  # a message belongs to the scan that caused it
        self._queue.append((code, None))
        self._next_scan()

    def _next_scan(self) -> None:
        if self._busy or not self._queue:
            return
        self._busy = True
        code, override = self._queue.popleft()
        reader_id = self.reader.id if self.reader else None
        PageOp(self, lambda: self._resolve(code, reader_id, override)).done(self._scanned).failed(
            lambda exc: self._scan_failed(code, exc)
        ).run()

    def _resolve(self, code: str, reader_id: str | None, override: str | None) -> Any:
        """On the runner: a reader card selects the reader, anything else is a copy."""
        if override is None:
            reader = self.desk.find_reader(code)
            if reader is not None:
                return reader, self.lending.loans_of(reader.id)
        return self.lending.scan(code, reader_id, override)

    def _scanned(self, result: Any) -> None:
        self._busy = False
        if isinstance(result, ScanResult):
            self._record_scan(result)
        else:
            reader, loans = result
            self._show_reader(reader, loans)
        self._next_scan()

    def _scan_failed(self, code: str, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, NeedsOverride):
            dialog = OverrideDialog(user_text(exc), self)
            self.signals.signal("error")
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._queue.appendleft((code, dialog.reason.text()))
            else:
                self.say(self.tr("Not lent: {code}.").format(code=code), error=True)
        else:
            self.say(user_text(exc), error=True)
        self.scan_field.setFocus()
        self._next_scan()

    def _record_scan(self, result: ScanResult) -> None:
        title = result.title or result.copy.barcode or ""
        if result.action == "lend":
            text = self.tr("Lent: {title} ({code}), due {due}.").format(
                title=title, code=result.copy.barcode, due=day_text(result.due_on)
            )
        else:
            text = self.tr("Returned: {title} ({code}).").format(
                title=title, code=result.copy.barcode
            )
            if result.copy.status in ("lost", "written_off", "in_transit"):
                text += " " + self.tr(
                    "The catalogue still marks it «{status}»: change its status there if it "
                    "stays here."
                ).format(status=status_name(result.copy.status))
        self.say(text)
        self.log.add(text, result.reader_name)
        self.refresh_reader()

    # the reader ------------------------------------------------------------------------
    def serve(self, reader: Reader) -> None:
        """Show ``reader`` as if their card was scanned (from the Readers page)."""
        self.message.clear()
        PageOp(self, lambda: self.lending.loans_of(reader.id)).done(
            lambda loans: self._show_reader(reader, loans)
        ).run()
        if self.session is None:
            self.say(self.tr("Open a session to lend to {name}.").format(name=reader.full_name))
        self.scan_field.setFocus()

    def _show_reader(self, reader: Reader | None, loans: list[LoanLine]) -> None:
        self.reader, self.loans = reader, loans
        self.reader_panel.show_reader(reader, loans, self.lending.today().isoformat())

    def refresh_reader(self) -> None:
        reader = self.reader
        if reader is None:
            return
        PageOp(self, lambda: self.lending.loans_of(reader.id)).done(
            lambda loans: self._show_reader(reader, loans)
        ).run()

    def clear_reader(self) -> None:
        """Esc: the next reader; the last action's message goes with the last reader."""
        self._show_reader(None, [])
        self.message.clear()
        self.scan_field.setFocus()

    def renew_selected(self) -> None:
        rows = self.reader_panel.selected_rows()
        ids = [self.loans[row].loan.id for row in rows if row < len(self.loans)]
        if not ids and len(self.loans) == 1:
            ids = [self.loans[0].loan.id]
        self._renew(ids)

    def renew_all(self) -> None:
        self._renew([line.loan.id for line in self.loans])

    def _renew(self, ids: list[str]) -> None:
        if not ids:
            return
        name = self.reader.full_name if self.reader else None
        PageOp(self, lambda: self.lending.renew(ids)).done(
            lambda _c: self._done(self.tr("Renewed: {n}.").format(n=len(ids)), name, True)
        ).run()

    # other services (recorded through their dialogs) ---------------------------------------
    def e_loan(self) -> None:
        if self.session is not None:
            self.records.e_loan(self.reader)

    def consultation(self) -> None:
        if self.session is not None:
            self.records.consultation(self.reader)

    def tally(self, channel: str) -> None:
        if self.session is not None:
            self.tallies.tally(channel)

    def count(self, counter: str) -> None:
        """A person served without a card, or an item used in the hub (F9, F10)."""
        if self.session is not None:
            self.counters.add(counter)

    def correct_tally(self, channel: str) -> None:
        if self.session is not None:
            self.tallies.correct(channel)

    def refresh_tallies(self) -> None:
        self.tallies.refresh()
        self.counters.refresh()

    def show_overdue(self) -> None:
        self.records.overdue(self.session.hub if self.session else None)

    def show_history(self) -> None:
        if self.reader is not None:
            self.records.history(self.reader)

    def virtual_visits(self) -> None:
        self.records.virtual_visits()

    # plumbing --------------------------------------------------------------------------
    def _done(
        self, text: str, name: str | None, refresh: bool = False, anonymous: bool = False
    ) -> None:
        """An action done: said, and logged with the reader it was for (``name``)."""
        self.say(text)
        self.log.add(text, name, anonymous)
        if refresh:
            self.refresh_reader()
        self.scan_field.setFocus()

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def say(self, text: str, error: bool = False) -> None:
        """Show the message of an action, with its sound and flash."""
        self.message.say(text, error)
        if text:
            self.signals.signal("error" if error else "success")

    def on_data_changed(self, changed: Changed) -> None:
        if {"loan_event", "reader"} & set(changed.entities) and self.reader is not None:
            self.refresh_reader()
        counted = {"visit", "person_served", "in_house_use"}
        if counted & set(changed.entities) and self.session is not None:
            self.refresh_tallies()
