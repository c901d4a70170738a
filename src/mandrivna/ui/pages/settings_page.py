"""Settings: this laptop's hub and librarian, and the language of the app. The laptop is named
by its hub and librarian; its raw device id (for support) is under «Details». The hub is typed
before the laptop is enrolled; once it is, it is picked from the hub directory."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
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
        self.this_laptop = QLabel()
        self.this_laptop.setWordWrap(True)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.device_id = QLabel()
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_id.setStyleSheet("color: #555")
        self.device_id.setVisible(False)
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
        laptop = QWidget()
        laptop.setMaximumWidth(FIELD_MAX_WIDTH)
        laptop_row = QHBoxLayout(laptop)
        laptop_row.setContentsMargins(0, 0, 0, 0)
        laptop_row.addWidget(self.this_laptop, 1)
        laptop_row.addWidget(self.details_button)
        form.addRow(self.tr("This laptop:"), laptop)
        form.addRow("", self.device_id)
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
        self.show_laptop(settings)

    def show_laptop(self, settings: DeviceSettings) -> None:
        """The laptop as people know it: its hub and librarian (the id only under Details)."""
        self.this_laptop.setText(
            self.tr("{hub}, librarian {librarian}").format(
                hub=settings.hub_name, librarian=settings.librarian_name
            )
        )
        self.device_id.setText(self.tr("Device id: {id}").format(id=settings.device_id))

    def _show_details(self, shown: bool) -> None:
        self.device_id.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

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
        self.show_laptop(settings)
        self.saved.emit(settings)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
