"""Passphrase entry: asked at start for an encrypted data folder (or for a backup made with
another passphrase), and chosen — typed twice, with the warning that nothing recovers a forgotten
one — when encryption is turned on or the passphrase is changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.database_key import MIN_PASSPHRASE_LENGTH


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, and what it means to forget it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _secret_field()
        self.second = _secret_field()
        self.first.setPlaceholderText(
            self.tr("at least {count} characters").format(count=MIN_PASSPHRASE_LENGTH)
        )
        self.warning = QLabel(
            self.tr(
                "Nothing can recover a forgotten passphrase: without it the data on this laptop "
                "and its backups cannot be read. Write it down and give the copy to the "
                "coordinator to keep somewhere safe. Data already synced stays safe on the server."
            )
        )
        self.warning.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Once more:"), self.second)
        form.addRow(self.warning)

    def values(self) -> tuple[str, str]:
        return self.first.text(), self.second.text()


class PassphraseDialog(QDialog):
    """Asks for the passphrase of encrypted data; says so when the last one was wrong."""

    def __init__(
        self, prompt: str, error: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted data"))
        self.setMinimumWidth(440)
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        self.passphrase = _secret_field()
        self.error = _error_label()
        self.error.setText(error or "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(buttons)


class NewPassphraseDialog(QDialog):
    """Settings: a passphrase for encryption, or a new one (then the current one first)."""

    def __init__(self, changing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change the passphrase") if changing else self.tr("Encrypt with a passphrase")
        )
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The database and every backup will be encrypted again with the new passphrase."
            )
            if changing
            else self.tr(
                "The database and every backup will be encrypted: without the passphrase no one "
                "can read the readers' data, even with this laptop's disk in hand. The app asks "
                "for it at every start."
            )
        )
        intro.setWordWrap(True)
        self.current = _secret_field()
        self.fields = NewPassphraseFields()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change") if changing else self.tr("Encrypt")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if changing:
            current = QFormLayout()
            current.addRow(self.tr("Current passphrase:"), self.current)
            layout.addLayout(current)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)


def ask_passphrase(
    prompt: str, error: str | None = None, parent: QWidget | None = None
) -> str | None:
    """The passphrase typed, or None if the person cancelled."""
    dialog = PassphraseDialog(prompt, error, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()


def ask_new_passphrase(
    changing: bool, parent: QWidget | None = None
) -> tuple[str, str, str] | None:
    """(current, new, repeated) — current is empty when encryption is being turned on — or None
    if the person cancelled."""
    dialog = NewPassphraseDialog(changing, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    first, second = dialog.fields.values()
    return dialog.current.text(), first, second
