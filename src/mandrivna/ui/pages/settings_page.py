"""Settings: this laptop's hub and librarian, and the language of the app. The hub is typed
before the laptop is enrolled; once it is, it is picked from the hub directory."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mandrivna.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from mandrivna.services.device_service import DeviceService, DeviceSettings
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import FIELD_MAX_WIDTH, PageFrame
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class SettingsPage(PageFrame):
    saved = Signal(object)  # DeviceSettings

    def __init__(
        self,
        devices: DeviceService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
        sections: list[QWidget] | None = None,
    ) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.devices, self.runner = devices, runner
        self.hub = QLineEdit()  # typed before enrollment
        self.hub_choice = QComboBox()  # picked from the directory once enrolled
        self.hub_choice.setVisible(False)
        self.librarian = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.device_id = QLabel()
        self.device_id.setStyleSheet("color: #555")
        self.save_button = QPushButton(self.tr("Save"))
        self.message = MessageLine()
        for field in (self.hub, self.hub_choice, self.librarian, self.language):
            field.setMaximumWidth(FIELD_MAX_WIDTH)
        self.save_button.setMaximumWidth(200)
        form = QFormLayout()
        hub_row = QHBoxLayout()
        hub_row.setContentsMargins(0, 0, 0, 0)
        hub_row.addWidget(self.hub)
        hub_row.addWidget(self.hub_choice)
        form.addRow(self.tr("Hub (service point):"), hub_row)
        form.addRow(self.tr("Librarian:"), self.librarian)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Device:"), self.device_id)
        form.addRow("", self.save_button)
        self.body.addLayout(form)
        self.body.addWidget(self.message)
        row = QHBoxLayout()
        for section in sections or []:  # backups, lending periods: side by side below
            row.addWidget(section, 1)
        self.body.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        settings = self.devices.current()
        if settings is None:
            return
        self.hub.setText(settings.hub_name)
        choices, shown = self.devices.hub_choices()
        self.hub_choice.clear()
        self.hub_choice.addItems(choices)
        self.hub_choice.setCurrentIndex(max(self.hub_choice.findText(shown), 0))
        self.hub.setVisible(not choices)
        self.hub_choice.setVisible(bool(choices))
        self.librarian.setText(settings.librarian_name)
        index = self.language.findData(settings.language or DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(index, 0))
        self.device_id.setText(settings.device_id)

    def save(self) -> None:
        hub = self.hub_choice.currentText() if self.hub_choice.isVisible() else self.hub.text()
        librarian = self.librarian.text()
        language = self.language.currentData()
        before = self.devices.current()
        PageOp(self, lambda: self.devices.save(hub, librarian, language)).done(
            lambda s: self._saved(s, before)
        ).busy(self.save_button).run()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()  # the directory may have come with a sync since

    def _saved(self, settings: DeviceSettings, before: DeviceSettings | None) -> None:
        text = self.tr("Saved.")
        if before is None or (before.language or DEFAULT_LANGUAGE) != settings.language:
            text += " " + self.tr("The new language is used from the next start of the app.")
        self.say(text)
        self.saved.emit(settings)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
