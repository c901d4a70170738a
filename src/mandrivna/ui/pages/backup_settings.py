"""Settings → Backups: the backups kept, a backup now, the second folder (a USB stick), and
restore (what the backup holds is shown and confirmed first; the app then starts again)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.backups import BackupInfo, kind_name
from mandrivna.core.errors import PassphraseNeededError, WrongPassphraseError
from mandrivna.services.backup_service import BackupService
from mandrivna.ui.dates import moment_text
from mandrivna.ui.empty_state import EmptyState
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.passphrase_dialogs import ask_passphrase
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class BackupSettings(QGroupBox):
    restored = Signal()  # the database was replaced: the app must open it again

    def __init__(
        self,
        backups: BackupService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.backups, self.runner = backups, runner
        self.infos: list[BackupInfo] = []
        self.ask: Callable[[str], bool] = self._ask
        self.choose_file: Callable[[], Path | None] = self._choose_file
        self.choose_folder: Callable[[], Path | None] = self._choose_folder
        self.ask_passphrase: Callable[[str], str | None] = self._ask_passphrase
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.empty = EmptyState(
            self.list,
            self.tr(
                "No backups yet. The first is made today in the background; to make one "
                "now, press «Back up now»."
            ),
        )
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.folder_button = QPushButton(self.tr("Second folder…"))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.message = MessageLine()
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.folder_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A checked copy is made every day the app is used; 7 daily, 4 weekly and "
                "12 monthly copies are kept."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.backup_button.clicked.connect(self.backup_now)
        self.folder_button.clicked.connect(self.set_folder)
        self.restore_button.clicked.connect(self.restore)
        self.refresh()

    def describe(self, info: BackupInfo) -> str:
        return self.tr("{when} · {kind} · {readers} readers, {loans} on loan").format(
            when=moment_text(info.taken_at),
            kind=kind_name(info.kind, QCoreApplication.translate),
            readers=info.readers,
            loans=info.open_loans,
        )

    def refresh(self) -> None:
        PageOp(self, self.backups.list).done(self._show).run()
        folder = self.backups.second_folder()
        self.folder_label.setText(
            self.tr("Second folder: {folder}").format(folder=folder)
            if folder
            else self.tr("No second folder: backups stay on this laptop only.")
        )

    def _show(self, infos: list[BackupInfo]) -> None:
        self.infos = infos
        self.list.clear()
        for info in infos:
            self.list.addItem(self.describe(info))

    def backup_now(self) -> None:
        PageOp(self, self.backups.backup_now).done(self._made).busy(self.backup_button).run()

    def _made(self, info: BackupInfo) -> None:
        self.say(self.tr("Backup made and checked: {path}").format(path=info.path))
        self.refresh()

    def set_folder(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        try:
            self.backups.set_second_folder(folder)
        except Exception as exc:  # shown in words, never a traceback
            self.say(user_text(exc), error=True)
            return
        self.refresh()

    def restore(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        passphrase: str | None = None  # for a backup made with another passphrase
        while True:
            try:
                info = self.backups.check(path, passphrase)
                break
            except (PassphraseNeededError, WrongPassphraseError) as exc:
                passphrase = self.ask_passphrase(user_text(exc))
                if passphrase is None:
                    return
            except Exception as exc:
                self.say(user_text(exc), error=True)
                return
        question = self.tr(
            "Replace the database with this backup?\n{backup}\n\nThe current database is "
            "backed up first. Changes this laptop already sent to the sync server come back "
            "at the next sync. The app starts again afterwards."
        ).format(backup=self.describe(info))
        if not self.ask(question):
            return
        PageOp(self, lambda: self.backups.restore(path, passphrase)).done(self._restored).busy(
            self.restore_button
        ).run()

    def _restored(self, _info: BackupInfo) -> None:
        self.restore_button.setEnabled(False)  # the app starts again on the restored database
        self.say(self.tr("Restored. The app starts again."))
        self.restored.emit()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_passphrase(self, problem: str) -> str | None:
        return ask_passphrase(self.tr("Enter the passphrase this backup was made with."), problem)

    def _choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.backups.folder),
            self.tr("Mandrivna backups (*.sqlite3)"),
        )
        return Path(path) if path else None

    def _choose_folder(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"))
        return Path(path) if path else None

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
