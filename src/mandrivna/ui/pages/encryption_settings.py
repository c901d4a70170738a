"""Settings → Encryption: whether the database and its backups are encrypted; turn it on with a
passphrase, or change the passphrase. The app goes on working on the encrypted database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from mandrivna.services.backup_service import SecuredBackups
from mandrivna.services.encryption_service import EncryptionService
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.passphrase_dialogs import ask_new_passphrase
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

# Asks for (current, new, repeated); the argument says whether the passphrase is being changed.
AskNew = Callable[[bool], "tuple[str, str, str] | None"]


class EncryptionSettings(QGroupBox):
    def __init__(
        self,
        encryption: EncryptionService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Encryption"))
        self.encryption, self.runner = encryption, runner
        self.ask: AskNew = lambda changing: ask_new_passphrase(changing, self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.button = QPushButton()
        self.button.setMaximumWidth(260)
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        self.button.clicked.connect(self.start)
        self.show_state()

    def show_state(self) -> None:
        if self.encryption.is_on():
            self.state.setText(
                self.tr(
                    "The database and its backups are encrypted. The passphrase is asked at "
                    "every start; scheduled tasks read it from MANDRIVNA_PASSPHRASE."
                )
            )
            self.button.setText(self.tr("Change passphrase…"))
        else:
            self.state.setText(
                self.tr(
                    "Not encrypted: anyone who gets this laptop's disk can read the readers' "
                    "personal data. Encryption is recommended."
                )
            )
            self.button.setText(self.tr("Encrypt with a passphrase…"))

    def start(self) -> None:
        changing = self.encryption.is_on()
        answer = self.ask(changing)
        if answer is None:
            return
        current, new, repeated = answer
        self.say(self.tr("Encrypting the database and the backups…"))
        if changing:
            op = PageOp(self, lambda: self.encryption.change(current, new, repeated))
        else:
            op = PageOp(self, lambda: self.encryption.turn_on(new, repeated))
        op.done(self._done).busy(self.button).run()

    def _done(self, secured: SecuredBackups) -> None:
        self.show_state()
        text = self.tr("Done: the database and {count} backups are encrypted.").format(
            count=secured.count
        )
        if secured.second_folder_error:
            text += " " + self.tr(
                "The second backup folder could not be reached ({reason}); the copies there "
                "were left as they were."
            ).format(reason=secured.second_folder_error)
        if secured.left:
            text += " " + self.tr(
                "These damaged backups could not be encrypted; delete them: {files}"
            ).format(files=", ".join(str(path) for path in secured.left))
        self.say(text, error=bool(secured.left or secured.second_folder_error))

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
