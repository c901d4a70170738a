"""The Sync page: connect this laptop to the server, sync now or every few minutes, see progress
and what went wrong in plain words. All network work runs on the background runner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.status import Status
from mandrivna.core.time_left import TimeLeft, rounded_minutes_seconds
from mandrivna.services.status_service import StatusService
from mandrivna.services.sync_service import Enrollment, SyncService
from mandrivna.ui import catch_up_text
from mandrivna.ui.counts import grouped
from mandrivna.ui.dates import moment_text
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import FIELD_MAX_WIDTH, PageFrame
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from mandrivna.sync.sync_engine import SyncReport


class SyncPage(PageFrame):
    synced = Signal(object)  # SyncReport
    enrolled = Signal(object)  # Enrollment

    def __init__(
        self,
        sync: SyncService,
        status: StatusService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sync"), parent)
        self.sync, self.status_service, self.runner = sync, status, runner
        self.syncing = False
        self._phase, self._time_left = "", TimeLeft()  # of the sync under way
        self.body.addWidget(self._server_box())
        self.body.addWidget(self._state_box())
        self.refresh()

    # --- layout ------------------------------------------------------------------------------
    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Server"))
        self.connected = QLabel()
        self.connected.setWordWrap(True)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. K7QM-2XHP-9RTA"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.enroll)
        self.change_button = QPushButton(self.tr("Connect to another server"))
        self.change_button.clicked.connect(lambda: self._show_form(True))
        for field in (self.server_url, self.code):
            field.setMaximumWidth(FIELD_MAX_WIDTH)
        self.connect_button.setMaximumWidth(200)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server address:"), self.server_url)
        form.addRow(self.tr("Code from the coordinator:"), self.code)
        form.addRow("", self.connect_button)
        self.enroll_message = MessageLine()
        layout = QVBoxLayout(box)
        layout.addWidget(self.connected)
        layout.addWidget(self.form)
        layout.addWidget(self.enroll_message)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _state_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("State"))
        self.last_sync = QLabel()
        self.waiting = QLabel()
        self.message = MessageLine()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton(self.tr("Write changes to a USB stick…"))
        self.export_button.clicked.connect(self._choose_export)
        self.import_button = QPushButton(self.tr("Import a bundle from a USB stick…"))
        self.import_button.clicked.connect(self._choose_import)
        hint = QLabel(
            self.tr(
                "While the server can be reached, this laptop syncs by itself "
                "every 5 minutes. Records are never lost when there is no link: "
                "they wait here and go at the next sync."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        form = QFormLayout()
        form.addRow(self.tr("Last sync:"), self.last_sync)
        form.addRow(self.tr("Waiting to be sent:"), self.waiting)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(hint)
        return box

    def _show_form(self, visible: bool) -> None:
        self.form.setVisible(visible)
        self.change_button.setVisible(not visible and self.sync.is_enrolled())

    # --- state -------------------------------------------------------------------------------
    def refresh(self) -> None:
        enrollment = self.sync.enrollment()
        if enrollment is None:
            self.connected.setText(
                self.tr(
                    "This laptop is not connected to a sync server yet. Enter the server address "
                    "and the one-time code the coordinator gave you."
                )
            )
        else:
            self.connected.setText(
                self.tr("Connected to %1 as %2.")
                .replace("%1", enrollment.server_url)
                .replace("%2", enrollment.device_key)
            )
        self._show_form(enrollment is None)
        self.sync_button.setEnabled(enrollment is not None and not self.syncing)
        self.export_button.setEnabled(enrollment is not None and not self.syncing)
        self.import_button.setVisible(enrollment is not None and enrollment.role == "coordinator")
        self.import_button.setEnabled(not self.syncing)
        PageOp(self, self.status_service.status).done(self.show_status).run()
        error = self.sync.last_error()
        if error is not None and not self.message.text():
            self.say(user_text(error), error=True)

    def show_status(self, status: Status) -> None:
        if status.last_sync_at_ms:
            self.last_sync.setText(moment_text(status.last_sync_at_ms))
        else:
            self.last_sync.setText(self.tr("never"))
        self.waiting.setText(str(status.waiting))

    def say(self, text: str, error: bool = False) -> None:
        """What the last sync, enrollment or bundle did (what a sync changed reaches the main
        window with its report: ``synced``)."""
        self.message.say(text, error)

    # --- actions -----------------------------------------------------------------------------
    def enroll(self) -> None:
        url, code = self.server_url.text(), self.code.text()
        self.enroll_message.say(self.tr("Connecting…"))
        PageOp(self, lambda: self.sync.enroll(url, code)).done(self._enrolled).failed(
            lambda exc: self.enroll_message.say(user_text(exc), error=True)
        ).busy(self.connect_button).run()

    def _enrolled(self, enrollment: Enrollment) -> None:
        self.code.clear()
        self.enroll_message.setText(self.tr("Connected. The first sync starts now."))
        self.enrolled.emit(enrollment)
        self.refresh()
        self.sync_now()

    def auto_sync(self) -> None:
        """A sync when the window's timer says (``MainWindow``), if this laptop is enrolled."""
        if self.sync.is_enrolled() and not self.syncing:
            self.sync_now()

    def sync_now(self) -> None:
        if self.syncing:
            return
        self.syncing = True
        self._phase = ""
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.setVisible(True)
        self.say(self.tr("Syncing…"))
        PageOp(self, lambda report: self.sync.sync(progress=report)).progress(
            self._progressed
        ).done(self._synced).failed(self._sync_failed).run()

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if phase != self._phase:
            self._phase, self._time_left = phase, TimeLeft()
        left = self._time_left.seconds(done, total)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        if phase == "finish":  # what a catch-up left to the end: loans, then search entries
            text = catch_up_text.finishing(done, total)
        else:
            if phase == "push":
                text = self.tr("Sending: %1 of %2")
            elif total:
                text = self.tr("Receiving: %1 of %2")
            else:
                text = self.tr("Receiving: %1")
            text = text.replace("%1", grouped(done)).replace("%2", grouped(total))
        if left is not None:
            minutes, seconds = rounded_minutes_seconds(left)
            if minutes:
                when = self.tr("about %1 min %2 s left").replace("%1", str(minutes))
                text += " · " + when.replace("%2", str(seconds))
            else:
                text += " · " + self.tr("about %1 s left").replace("%1", str(seconds))
        self.say(text)

    def _finish(self) -> None:
        self.syncing = False
        self.enroll_message.setText("")  # «the first sync starts now» is over, well or not
        self.progress.setVisible(False)
        self.refresh()

    def _synced(self, report: SyncReport) -> None:
        text = (
            self.tr("Synced: %1 sent, %2 received.")
            .replace("%1", str(report.pushed))
            .replace("%2", str(report.received))
        )
        if report.conflicts:
            text += " " + self.tr("%1 conflicting edits were kept for the coordinator.").replace(
                "%1", str(report.conflicts)
            )
        wrong_clock = bool(report.clock_ahead_ms or report.clock_behind_ms)
        if wrong_clock:
            text += " " + self.tr("This laptop's clock is wrong: set the date and time.")
        self.say(text, error=wrong_clock)
        self._finish()
        self.synced.emit(report)

    # --- USB bundles --------------------------------------------------------------------------
    def _choose_export(self) -> None:
        name = f"mandrivna-{dt.date.today().isoformat()}.bundle"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write changes to a USB stick"),
            name,
            self.tr("Mandrivna bundles (*.bundle)"),
        )
        if path:
            self.export_bundle(Path(path))

    def export_bundle(self, path: Path) -> None:
        self.say(self.tr("Writing…"))
        PageOp(self, lambda: self.sync.export_bundle(path)).done(
            lambda count: self.say(
                self.tr("Wrote %1 changes to %2. Take the file to the coordinator.")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        ).failed(self._sync_failed).run()

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), "", self.tr("Mandrivna bundles (*.bundle)")
        )
        if path:
            self.import_bundle(Path(path))

    def import_bundle(self, path: Path) -> None:
        if self.syncing:
            return
        self.syncing = True
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.say(self.tr("Importing the bundle…"))
        PageOp(self, lambda: self.sync.import_bundle(path)).done(self._imported).failed(
            self._sync_failed
        ).run()

    def _imported(self, result: tuple[int, SyncReport]) -> None:
        stored, report = result
        self._synced(report)
        self.say(
            self.tr("The bundle brought %1 new changes.").replace("%1", str(stored))
            + " "
            + self.message.text()
        )

    def _sync_failed(self, exc: BaseException) -> None:
        self.say(user_text(exc), error=True)
        self._finish()
