"""First start: asks for the hub (service point) and the librarian, and sets up this device;
offers (and recommends) encrypting the data with a passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.database_key import check_new_passphrase
from mandrivna.services.device_service import DeviceService
from mandrivna.services.encryption_service import EncryptionService
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.passphrase_dialogs import NewPassphraseFields


class FirstRunDialog(QDialog):
    def __init__(
        self,
        devices: DeviceService,
        parent: QWidget | None = None,
        encryption: EncryptionService | None = None,
    ) -> None:
        super().__init__(parent)
        self.devices, self.encryption = devices, encryption
        self.setWindowTitle(self.tr("Welcome to Mandrivna"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "This laptop is being set up for the travelling library. Enter the hub (service "
                "point) where it works and the name of the librarian. You can change both later in "
                "Settings."
            )
        )
        intro.setWordWrap(True)
        self.hub = QLineEdit()
        self.hub.setPlaceholderText(self.tr("e.g. Dnipro hub"))
        self.librarian = QLineEdit()
        self.librarian.setPlaceholderText(self.tr("e.g. Olena Kovalenko"))
        form = QFormLayout()
        form.addRow(self.tr("Hub:"), self.hub)
        form.addRow(self.tr("Librarian:"), self.librarian)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.encrypt = QCheckBox(
            self.tr("Encrypt the data on this laptop with a passphrase (recommended)")
        )
        self.encrypt.setChecked(True)
        self.passphrase = NewPassphraseFields()
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if encryption is not None and not encryption.is_on():
            layout.addWidget(self.encrypt)
            layout.addWidget(self.passphrase)
        else:
            self.encrypt.setChecked(False)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.hub.textChanged.connect(self._update_ok)
        self.librarian.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = bool(self.hub.text().strip() and self.librarian.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        try:
            encrypt = self.encryption is not None and self.encrypt.isChecked()
            if encrypt:
                check_new_passphrase(*self.passphrase.values())  # before anything is saved
            self.devices.save(self.hub.text(), self.librarian.text())
            if encrypt and self.encryption is not None:
                self.encryption.turn_on(*self.passphrase.values())
        except Exception as exc:  # shown in the dialog, which stays open
            self.error.setText(user_text(exc))
            return
        super().accept()
