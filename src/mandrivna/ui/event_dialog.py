"""The form of an event (or a series, or a course): what, when, where, who runs it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mandrivna.core.events import (
    DEPARTMENTS,
    DIRECTIONS,
    FORMATS,
    FORMS,
    PLAN_ITEMS,
    PLAN_SECTIONS,
    STATUSES,
    EventSeries,
    LibraryEvent,
)
from mandrivna.ui.dates import datetime_edit_format
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


def label(code: str | None, names: dict[str, str]) -> str:
    return QCoreApplication.translate("events", names[code]) if code in names else (code or "")


def department_label(code: str | None) -> str:
    """A department as people know it: the acronym and the full name («ЦПЧ — Центр …»)."""
    if code in DEPARTMENTS:
        return f"{code} — {QCoreApplication.translate('events', DEPARTMENTS[code])}"
    return code or ""


def department_combo(empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, None)
    for code in DEPARTMENTS:
        combo.addItem(department_label(code), code)
    return combo


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _combo(names: dict[str, str], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, None)
    for code in names:
        combo.addItem(label(code, names), code)
    return combo


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class EventDialog(QDialog):
    """New or edited event. ``save(values)`` runs on the background runner; a MandrivnaError it
    raises is shown in place and the typed values stay."""

    def __init__(
        self,
        save: Any,
        runner: TaskRunner | ImmediateRunner,
        event: LibraryEvent | None = None,
        series: list[EventSeries] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save, self.runner = save, runner
        self.result_value: Any = None
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        self.title = QLineEdit()
        self.series = QComboBox()
        self.series.addItem(self.tr("— not in a series —"), None)
        for item in series or []:
            self.series.addItem(item.title or "", item.id)
        self.direction = _combo(DIRECTIONS, self.tr("—"))
        self.form = _combo(FORMS, self.tr("—"))
        self.format = _combo(FORMATS)
        self.department = department_combo(self.tr("—"))
        self.venue = QLineEdit()
        self.platform = QLineEdit()
        self.platform.setPlaceholderText(self.tr("Zoom, YouTube, Facebook…"))
        self.partner = QLineEdit()
        self.status = _combo(STATUSES)
        self.plan_section = _combo(PLAN_SECTIONS, self.tr("— not in the plan —"))
        self.plan_item = QComboBox()
        self.plan_item.setEditable(True)
        item_line = QLineEdit()
        item_line.setPlaceholderText(self.tr("The plan's item, as the plan names it"))
        self.plan_item.setLineEdit(item_line)
        self.plan_section.currentIndexChanged.connect(lambda _i: self._offer_items())
        self._offer_items()
        now = QDateTime.currentDateTime()
        start = QDateTime(now.date(), now.time().addSecs(3600 - now.time().minute() * 60))
        self.starts = QDateTimeEdit(start)
        self.ends = QDateTimeEdit(start.addSecs(5400))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(datetime_edit_format())
        self.starts.dateTimeChanged.connect(self._keep_length)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("not limited"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Series:"), self.series)
        form.addRow(self.tr("Starts:"), self.starts)
        form.addRow(self.tr("Ends:"), self.ends)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("Form:"), self.form)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Online platform:"), self.platform)
        form.addRow(self.tr("Partner project:"), self.partner)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Plan section:"), self.plan_section)
        form.addRow(self.tr("Plan item:"), self.plan_item)
        form.addRow(self.tr("Capacity:"), self.capacity)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons = buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(560)
        if event is not None:
            self._fill(event)

    def _keep_length(self, new_start: QDateTime) -> None:
        if self.ends.dateTime() <= new_start:
            self.ends.setDateTime(new_start.addSecs(5400))

    def _offer_items(self) -> None:
        """The plan's items of the chosen section (all of them without one) to pick from."""
        typed = self.plan_item.currentText()
        section = self.plan_section.currentData()
        items = PLAN_ITEMS.get(section) if section else None
        self.plan_item.clear()
        self.plan_item.addItem("")
        for name in items or [i for names in PLAN_ITEMS.values() for i in names]:
            self.plan_item.addItem(name)
        self.plan_item.setCurrentText(typed)

    def _fill(self, event: LibraryEvent) -> None:
        self.title.setText(event.title or "")
        _select(self.series, event.series_id)
        for combo, value in (
            (self.direction, event.direction),
            (self.form, event.form),
            (self.format, event.format),
            (self.department, event.department),
            (self.status, event.status or "planned"),
            (self.plan_section, event.plan_section),
        ):
            _select(combo, value)
        self.plan_item.setCurrentText(event.plan_item or "")
        self.venue.setText(event.venue or "")
        self.platform.setText(event.platform or "")
        self.partner.setText(event.partner_project or "")
        if event.starts_at:
            self.starts.setDateTime(qdatetime(dt.datetime.fromisoformat(event.starts_at)))
        if event.ends_at:
            self.ends.setDateTime(qdatetime(dt.datetime.fromisoformat(event.ends_at)))
        self.capacity.setValue(event.capacity or 0)
        self.description.setPlainText(event.description or "")

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "series_id": self.series.currentData(),
            "starts_at": self.starts.dateTime().toPython(),
            "ends_at": self.ends.dateTime().toPython(),
            "direction": self.direction.currentData(),
            "form": self.form.currentData(),
            "format": self.format.currentData(),
            "department": self.department.currentData(),
            "venue": self.venue.text() or None,
            "platform": self.platform.text() or None,
            "partner_project": self.partner.text() or None,
            "status": self.status.currentData(),
            "plan_section": self.plan_section.currentData(),
            "plan_item": self.plan_item.currentText().strip() or None,
            "capacity": self.capacity.value() or None,
            "description": self.description.toPlainText() or None,
        }

    def save(self) -> None:
        values = self.values()
        PageOp(self, lambda: self._save(values)).done(self._saved).busy(self.buttons).run()

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
