"""The lending desk, built for a keyboard-wedge scanner: one scan field that is always ready.

Scan a reader card → the reader with loans, overdue items and blocks; scan a book → lent to that
reader, or returned if it is on loan (at any hub). Scans queue up and run in order on the
background runner, so the field never blocks while the scanner types. Everything else has a
shortcut: renewals, electronic loans, consultations, anonymous tallies, the session itself.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.desk import LoanLine, ServiceSession, SessionSummary
from mandrivna.core.reader import Reader
from mandrivna.services.desk_service import DeskService, NeedsOverride, ScanResult
from mandrivna.ui.catalogue_names import status_name
from mandrivna.ui.desk_dialogs import (
    ConsultationDialog,
    ELoanDialog,
    LoanListDialog,
    OverrideDialog,
    SummaryDialog,
    VirtualVisitsDialog,
)
from mandrivna.ui.desk_tallies import TallyBox
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


def reader_name(reader: Reader) -> str:
    return " ".join(p for p in (reader.surname, reader.given_name, reader.patronymic) if p)


class DeskPage(PageFrame):
    changed = Signal(object)  # Changed

    def __init__(
        self,
        desk: DeskService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lending desk"), parent, fill=True)
        self.desk, self.runner = desk, runner
        self.session: ServiceSession | None = None
        self.reader: Reader | None = None
        self.loans: list[LoanLine] = []
        self._queue: deque[tuple[str, str | None]] = deque()
        self._busy = False
        self.last_summary: SessionSummary | None = None
        self._build()
        self._shortcuts()
        self.load_session()

    # layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.session_label = QLabel()
        self.session_label.setWordWrap(True)
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("Venue (optional)"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Non-stationary (hub, mobile)"), "non_stationary")
        self.channel.addItem(self.tr("Stationary (library premises)"), "stationary")
        self.open_button = QPushButton(self.tr("Open session (Ctrl+O)"))
        self.close_button = QPushButton(self.tr("Close session…"))
        bar = QHBoxLayout()
        bar.addWidget(self.session_label, 1)
        bar.addWidget(self.venue)
        bar.addWidget(self.channel)
        bar.addWidget(self.open_button)
        bar.addWidget(self.close_button)
        self.scan_field = QLineEdit()
        self.scan_field.setPlaceholderText(
            self.tr("Scan or type a reader card or a book barcode, then Enter")
        )
        font = self.scan_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.scan_field.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reader_label = QLabel(self.tr("No reader: scan a card to lend."))
        bold = self.reader_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.reader_label.setFont(bold)
        self.reader_status = QLabel()
        self.reader_status.setWordWrap(True)
        self.loans_table = QTableWidget(0, 4)
        self.loans_table.setHorizontalHeaderLabels(
            [self.tr("Barcode"), self.tr("Title"), self.tr("Due"), self.tr("Renewed")]
        )
        self.loans_table.verticalHeader().hide()
        self.loans_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.loans_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.renew_button = QPushButton(self.tr("Renew selected (Ctrl+R)"))
        self.renew_all_button = QPushButton(self.tr("Renew all (Ctrl+Shift+R)"))
        self.history_button = QPushButton(self.tr("History (Ctrl+H)"))
        self.done_button = QPushButton(self.tr("Next reader (Esc)"))
        reader_buttons = QHBoxLayout()
        for button in (
            self.renew_button,
            self.renew_all_button,
            self.history_button,
            self.done_button,
        ):
            reader_buttons.addWidget(button)
        reader_buttons.addStretch(1)
        self.log = QListWidget()
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.addWidget(self.scan_field)
        left.addWidget(self.message)
        left.addWidget(self.reader_label)
        left.addWidget(self.reader_status)
        left.addWidget(self.loans_table, 2)
        left.addLayout(reader_buttons)
        left.addWidget(QLabel(self.tr("Today at this desk:")))
        left.addWidget(self.log, 1)
        self.tallies = TallyBox(self.desk, self.runner)
        self.tallies.changed.connect(self._announce)
        self.tallies.failed.connect(self._failed)
        self.tally_labels, self.tally_buttons = self.tallies.labels, self.tallies.buttons
        self.e_loan_button = QPushButton(self.tr("Electronic loan… (Ctrl+L)"))
        self.consult_button = QPushButton(self.tr("Reference help… (Ctrl+K)"))
        self.overdue_button = QPushButton(self.tr("Overdue at this hub"))
        self.virtual_button = QPushButton(self.tr("Virtual visits for a period…"))
        right = QVBoxLayout()
        right.addWidget(self.tallies)
        right.addWidget(self.e_loan_button)
        right.addWidget(self.consult_button)
        right.addWidget(self.overdue_button)
        right.addWidget(self.virtual_button)
        right.addStretch(1)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(360)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(side)
        self.body.addLayout(bar)
        self.body.addLayout(columns, 1)
        self.scan_field.returnPressed.connect(self.take_scan)
        self.open_button.clicked.connect(self.open_session)
        self.close_button.clicked.connect(self.close_session)
        self.renew_button.clicked.connect(self.renew_selected)
        self.renew_all_button.clicked.connect(self.renew_all)
        self.done_button.clicked.connect(self.clear_reader)
        self.e_loan_button.clicked.connect(self.e_loan)
        self.consult_button.clicked.connect(self.consultation)
        self.overdue_button.clicked.connect(self.show_overdue)
        self.virtual_button.clicked.connect(self.virtual_visits)
        self.history_button.clicked.connect(self.show_history)

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
            )
        )

    # session ---------------------------------------------------------------------------
    def load_session(self) -> None:
        self.runner.run(self.desk.current_session, self._show_session, self._failed)

    def _show_session(self, session: ServiceSession | None) -> None:
        self.session = session
        is_open = session is not None
        for widget in (self.venue, self.channel, self.open_button):
            widget.setVisible(not is_open)
        self.close_button.setVisible(is_open)
        self.scan_field.setEnabled(is_open)
        for widget in (self.e_loan_button, self.consult_button, *self.tally_buttons.values()):
            widget.setEnabled(is_open)
        if session is None:
            self.session_label.setText(
                self.tr("No service session is open. Open one to start the day.")
            )
            self.venue.setFocus()
            return
        place = ", ".join(p for p in (session.hub, session.venue) if p)
        self.session_label.setText(
            self.tr("Session: {place}, {day}, {librarian}").format(
                place=place, day=session.day, librarian=session.librarian
            )
        )
        self.scan_field.setFocus()
        self.refresh_tallies()

    def open_session(self) -> None:
        if self.session is not None:
            return
        venue, channel = self.venue.text(), self.channel.currentData()
        self.runner.run(
            lambda: self.desk.open_session(venue, channel),
            self._opened,
            self._failed,
        )

    def _opened(self, result: tuple[ServiceSession, Changed]) -> None:
        self._show_session(result[0])
        self._announce(result[1])

    def close_session(self) -> None:
        session = self.session
        if session is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Close session"), self.tr("Close today's session and see its summary?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run(
            lambda: self.desk.close_session(session.id), self._session_closed, self._failed
        )

    def _session_closed(self, result: tuple[SessionSummary, Changed]) -> None:
        summary, changed = result
        self.last_summary = summary
        self._announce(changed)
        self.clear_reader()
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
        self._queue.append((code, None))
        self._next_scan()

    def _next_scan(self) -> None:
        if self._busy or not self._queue:
            return
        self._busy = True
        code, override = self._queue.popleft()
        reader_id = self.reader.id if self.reader else None
        self.runner.run(
            lambda: self._resolve(code, reader_id, override),
            lambda result: self._scanned(code, result),
            lambda exc: self._scan_failed(code, exc),
        )

    def _resolve(self, code: str, reader_id: str | None, override: str | None) -> Any:
        """On the runner: a reader card selects the reader, anything else is a copy."""
        if override is None:
            reader = self.desk.find_reader(code)
            if reader is not None:
                return reader, self.desk.loans_of(reader.id)
        return self.desk.scan(code, reader_id, override)

    def _scanned(self, code: str, result: Any) -> None:
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
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._queue.appendleft((code, dialog.reason.text()))
            else:
                self._say(self.tr("Not lent: {code}.").format(code=code), error=True)
        else:
            self._say(user_text(exc), error=True)
        self.scan_field.setFocus()
        self._next_scan()

    def _record_scan(self, result: ScanResult) -> None:
        title = result.title or result.copy.barcode or ""
        if result.action == "lend":
            text = self.tr("Lent: {title} ({code}), due {due}.").format(
                title=title, code=result.copy.barcode, due=result.due_on
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
        self._say(text)
        self.log.insertItem(0, f"{dt.datetime.now():%H:%M} {text}")
        self._announce(result.changed)
        self.refresh_reader()

    # the reader ------------------------------------------------------------------------
    def _show_reader(self, reader: Reader | None, loans: list[LoanLine]) -> None:
        self.reader, self.loans = reader, loans
        if reader is None:
            self.reader_label.setText(self.tr("No reader: scan a card to lend."))
            self.reader_status.setText("")
            self.loans_table.setRowCount(0)
            return
        self.reader_label.setText(f"{reader_name(reader)} · {reader.card_number}")
        today = self.desk.today().isoformat()
        overdue = [line for line in loans if (line.loan.due_on or "9999") < today]
        notes = [self.tr("On loan: {n}.").format(n=len(loans))]
        if overdue:
            notes.append(self.tr("Overdue: {n}.").format(n=len(overdue)))
        if reader.blocked:
            notes.append(self.tr("Blocked: {reason}").format(reason=reader.block_reason))
        self.reader_status.setText(" ".join(notes))
        self.reader_status.setStyleSheet(
            "color: #b00020; font-weight: bold" if overdue or reader.blocked else ""
        )
        self.loans_table.setRowCount(len(loans))
        for row, line in enumerate(loans):
            late = (line.loan.due_on or "9999") < today
            for column, text in enumerate(
                [
                    line.barcode or "",
                    line.title or "",
                    line.loan.due_on or "",
                    str(line.loan.renewals),
                ]
            ):
                item = QTableWidgetItem(text)
                if late:
                    item.setForeground(Qt.GlobalColor.red)
                self.loans_table.setItem(row, column, item)

    def refresh_reader(self) -> None:
        reader = self.reader
        if reader is None:
            return
        self.runner.run(
            lambda: self.desk.loans_of(reader.id),
            lambda loans: self._show_reader(reader, loans),
            self._failed,
        )

    def clear_reader(self) -> None:
        self._show_reader(None, [])
        self.scan_field.setFocus()

    def renew_selected(self) -> None:
        rows = sorted({index.row() for index in self.loans_table.selectionModel().selectedRows()})
        ids = [self.loans[row].loan.id for row in rows if row < len(self.loans)]
        if not ids and len(self.loans) == 1:
            ids = [self.loans[0].loan.id]
        self._renew(ids)

    def renew_all(self) -> None:
        self._renew([line.loan.id for line in self.loans])

    def _renew(self, ids: list[str]) -> None:
        if not ids:
            return
        self.runner.run(
            lambda: self.desk.renew(ids),
            lambda changed: self._done(
                changed, self.tr("Renewed: {n}.").format(n=len(ids)), reader=True
            ),
            self._failed,
        )

    # other services --------------------------------------------------------------------
    def e_loan(self) -> None:
        if self.session is None:
            return
        reader = self.reader
        dialog = ELoanDialog(reader_name(reader) if reader else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.runner.run(
            lambda: self.desk.e_loan(reader_id=reader.id if reader else None, **values),
            lambda changed: self._done(
                changed, self.tr("Recorded: {title}.").format(title=values["title"])
            ),
            self._failed,
        )

    def consultation(self) -> None:
        if self.session is None:
            return
        reader = self.reader
        dialog = ConsultationDialog(reader_name(reader) if reader else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.runner.run(
            lambda: self.desk.consultation(reader_id=reader.id if reader else None, **values),
            lambda changed: self._done(changed, self.tr("Reference help recorded.")),
            self._failed,
        )

    def tally(self, channel: str) -> None:
        if self.session is not None:
            self.tallies.tally(channel)

    def correct_tally(self, channel: str) -> None:
        if self.session is not None:
            self.tallies.correct(channel)

    def refresh_tallies(self) -> None:
        self.tallies.refresh()

    def show_overdue(self) -> None:
        hub = self.session.hub if self.session else None
        self.runner.run(lambda: self.desk.overdue(hub), self._show_overdue, self._failed)

    def _show_overdue(self, lines: list[LoanLine]) -> None:
        LoanListDialog(
            self.tr("Overdue at this hub"), lines, self.desk.today().isoformat(), self
        ).exec()

    def show_history(self) -> None:
        reader = self.reader
        if reader is None:
            return
        self.runner.run(
            lambda: self.desk.history_of(reader.id),
            lambda lines: self._show_history(reader, lines),
            self._failed,
        )

    def _show_history(self, reader: Reader, lines: list[LoanLine]) -> None:
        LoanListDialog(
            self.tr("Loan history: {name}").format(name=reader_name(reader)),
            lines,
            self.desk.today().isoformat(),
            self,
        ).exec()

    def virtual_visits(self) -> None:
        dialog = VirtualVisitsDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.runner.run(
            lambda: self.desk.add_virtual_visits(**values),
            lambda changed: self._done(
                changed,
                self.tr("Virtual visits recorded: {n} ({source}).").format(
                    n=values["count"], source=values["source"]
                ),
            ),
            self._failed,
        )

    # plumbing --------------------------------------------------------------------------
    def _done(self, changed: Changed, text: str, reader: bool = False) -> None:
        self._say(text)
        self.log.insertItem(0, f"{dt.datetime.now():%H:%M} {text}")
        self._announce(changed)
        if reader:
            self.refresh_reader()
        self.scan_field.setFocus()

    def _announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020" if error else "color: #1b5e20")

    def _failed(self, exc: BaseException) -> None:
        self._say(user_text(exc), error=True)

    def on_data_changed(self, changed: Changed) -> None:
        if {"loan_event", "reader"} & set(changed.entities) and self.reader is not None:
            self.refresh_reader()
        if "visit" in changed.entities and self.session is not None:
            self.refresh_tallies()
