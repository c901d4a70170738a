"""The right-hand panel of the Readers page: everything about the selected reader, read-only,
with a warning when they are blocked or not re-registered for this year."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout

from mandrivna.core.phone_numbers import is_normal_phone
from mandrivna.core.reader import Reader
from mandrivna.ui.category_names import category_label
from mandrivna.ui.dates import day_text


class ReaderDetail(QFrame):
    """Everything about the selected reader, read-only."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.card = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("card", self.tr("Card:")),
            ("birth_year", self.tr("Born:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("E-mail:")),
            ("messenger", self.tr("Messenger:")),
            ("settlement", self.tr("Settlement:")),
            ("categories", self.tr("Categories:")),
            ("registered", self.tr("Registered:")),
            ("years", self.tr("Registration years:")),
            ("notes", self.tr("Notes:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.status)
        layout.addLayout(form)

    def show_reader(self, reader: Reader | None) -> None:
        if reader is None:
            self.name.setText(self.tr("No reader selected"))
            self.status.hide()
            for value in self.fields.values():
                value.setText("")
            return
        self.name.setText(reader.full_name)
        if reader.blocked:
            self.status.setText(self.tr("Blocked: {reason}").format(reason=reader.block_reason))
            self.status.setStyleSheet("color: #b00020; font-weight: bold")
            self.status.show()
        else:
            self.status.hide()
        registered = ", ".join(
            p for p in (day_text(reader.registered_on, ""), reader.registration_hub) if p
        )
        values: dict[str, Any] = {
            "card": reader.card_number,
            "birth_year": reader.birth_year,
            "phone": reader.phone,
            "email": reader.email,
            "messenger": reader.messenger,
            "settlement": reader.settlement,
            "categories": ", ".join(category_label(c) for c in reader.categories or []),
            "registered": registered,
            "years": ", ".join(str(y) for y in reader.registration_years or []),
            "notes": reader.notes,
        }
        if reader.phone and not is_normal_phone(reader.phone):
            values["phone"] = self.tr("{phone} (not a Ukrainian number)").format(phone=reader.phone)
        for key, value in values.items():
            self.fields[key].setText("" if value is None else str(value))
        this_year = dt.date.today().year
        if this_year not in (reader.registration_years or []) and not reader.blocked:
            self.status.setText(self.tr("Not re-registered for {year} yet.").format(year=this_year))
            self.status.setStyleSheet("color: #8a5300")
            self.status.show()
