"""Asks what sending a parcel needs: the carrier's waybill number and the day it left
(today unless changed). Enter in the waybill field sends."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mandrivna.ui.dates import date_edit_format


class SendParcelDialog(QDialog):
    def __init__(
        self, number: str, destination: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send parcel %1").replace("%1", number))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "Parcel %1 goes to %2. Its copies will be in transit until the hub confirms it."
            )
            .replace("%1", number)
            .replace("%2", destination)
        )
        intro.setWordWrap(True)
        self.waybill = QLineEdit()
        self.waybill.setPlaceholderText(self.tr("e.g. 20450012345678"))
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat(date_edit_format())
        self.sent_on.setMaximumDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(self.tr("Carrier's waybill number:"), self.waybill)
        form.addRow(self.tr("Sent on:"), self.sent_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Send"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.waybill.setFocus()

    def values(self) -> tuple[str, dt.date]:
        day = self.sent_on.date()
        return self.waybill.text(), dt.date(day.year(), day.month(), day.day())
