"""Dialogs for a record's copies: add several with new barcodes, or scan them one by one (the
dialog stays open for the next scan); change one copy's status, hub, barcode or acquisition (a
lent copy stays on loan until it is returned at the desk, and its dialog says so)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mandrivna.core.catalogue import ACQUISITIONS, COPY_STATUSES, CopyLine
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.ui.catalogue_names import acquisition_name, copy_state_text, status_name
from mandrivna.ui.dates import date_edit_format, day_text
from mandrivna.ui.saving_dialog import SavingDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

FIELD_WIDTH = 380
MAX_COPIES = 500
NO_DATE = QDate(1900, 1, 1)  # shown as a dash: the date is not known


@dataclass
class Acquisition:
    """How copies came to the library; the page keeps the last one for the next copies."""

    hub: str = ""
    acquisition: str = "donation"
    source: str = ""
    acquired_on: dt.date | None = None  # None: not known


def _combo(codes: tuple[str, ...], name: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(name(code), code)
    return combo


class CopyForm(SavingDialog):
    """The fields every copy has: hub, how acquired and from whom, and when."""

    def __init__(
        self,
        runner: TaskRunner | ImmediateRunner,
        hubs: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.hub = QComboBox()
        self.hub.setEditable(True)
        self.hub.addItems(hubs)
        self.acquisition = _combo(ACQUISITIONS, acquisition_name)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. Ukrainian Book Institute"))
        self.acquired_on = QDateEdit()
        self.acquired_on.setCalendarPopup(True)
        self.acquired_on.setDisplayFormat(date_edit_format())
        self.acquired_on.setMinimumDate(NO_DATE)
        self.acquired_on.setSpecialValueText("—")
        self.acquired_on.setDate(QDate.currentDate())
        self.form = QFormLayout()
        for field in (self.hub, self.acquisition, self.source):
            field.setMinimumWidth(FIELD_WIDTH)

    def add_copy_rows(self) -> None:
        self.form.addRow(self.tr("Hub:"), self.hub)
        self.form.addRow(self.tr("Acquired as:"), self.acquisition)
        self.form.addRow(self.tr("Source:"), self.source)
        self.form.addRow(self.tr("Date acquired:"), self.acquired_on)

    def set_acquisition(self, how: Acquisition) -> None:
        self.hub.setCurrentText(how.hub)
        self.acquisition.setCurrentIndex(max(self.acquisition.findData(how.acquisition), 0))
        self.source.setText(how.source)
        day = how.acquired_on
        self.acquired_on.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)

    def acquisition_now(self) -> Acquisition:
        return Acquisition(
            hub=self.hub.currentText().strip(),
            acquisition=str(self.acquisition.currentData()),
            source=self.source.text().strip(),
            acquired_on=None if self.acquired_on.date() == NO_DATE else self._date(),
        )

    def _date(self) -> dt.date:
        day = self.acquired_on.date()
        return dt.date(day.year(), day.month(), day.day())

    def copy_fields(self) -> dict[str, Any]:
        how = self.acquisition_now()
        return {
            "hub": how.hub or None,
            "acquisition": how.acquisition,
            "acquisition_source": how.source or None,
            "acquired_on": how.acquired_on.isoformat() if how.acquired_on else None,
        }


class AddCopiesDialog(CopyForm):
    """Adds ``count`` copies with new barcodes, or one with the barcode typed or scanned; after a
    scanned copy the dialog stays open for the next one. ``saved`` carries (ids, Changed)."""

    def __init__(
        self,
        catalogue: CatalogueService,
        runner: TaskRunner | ImmediateRunner,
        record_id: str,
        record_title: str,
        hubs: list[str],
        how: Acquisition,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, hubs, parent)
        self.setWindowTitle(self.tr("Add copies"))
        self.catalogue, self.record_id = catalogue, record_id
        self.added = 0
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COPIES)
        self.count.setMaximumWidth(100)
        self.barcode = QLineEdit()
        self.barcode.setPlaceholderText(self.tr("Scan or type; leave empty for new barcodes"))
        self.barcode.setMinimumWidth(FIELD_WIDTH)
        self.barcode.textChanged.connect(self._barcode_changed)
        title = QLabel(record_title)
        title.setWordWrap(True)
        self.form.addRow(self.tr("Record:"), title)
        self.form.addRow(self.tr("Barcode:"), self.barcode)
        self.form.addRow(self.tr("Number of copies:"), self.count)
        self.add_copy_rows()
        self.save_button.setText(self.tr("Add"))
        self.body.addLayout(self.form)
        self.finish_layout()
        self.set_acquisition(how)
        self.barcode.setFocus()

    def _barcode_changed(self, text: str) -> None:
        """One barcode is one copy."""
        if text.strip():
            self.count.setValue(1)
        self.count.setEnabled(not text.strip())

    def write(self) -> Callable[[], Any] | None:
        barcode = self.barcode.text().strip()
        count = 1 if barcode else self.count.value()
        fields = self.copy_fields()
        record_id = self.record_id
        return lambda: self.catalogue.add_copies(record_id, count, barcode=barcode, **fields)

    def written(self, result: Any) -> None:
        ids, _changed = result
        self.added += len(ids)
        barcode = self.barcode.text().strip()
        if not barcode:
            self.accept()
            return
        self.barcode.clear()
        self.barcode.setFocus()
        self.say(
            self.tr("Copy %1 added (%2 so far). Scan the next one, or close.")
            .replace("%1", barcode.upper())
            .replace("%2", str(self.added))
        )
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    def field_for(self, exc: BaseException) -> QWidget | None:
        return self.barcode if "code" in getattr(exc, "params", {}) else self.count


def _day(iso: str | None) -> str:
    return day_text(iso)


class CopyDialog(CopyForm):
    """Changes one copy: its status, hub, barcode and acquisition. ``saved`` carries Changed.

    Whether the copy is on loan is not a status: it follows from its loans, and only a return
    at the desk ends one. A lent copy's dialog says so next to the status."""

    def __init__(
        self,
        catalogue: CatalogueService,
        runner: TaskRunner | ImmediateRunner,
        line: CopyLine,
        hubs: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, hubs, parent)
        copy = line.copy
        self.setWindowTitle(self.tr("Edit copy"))
        self.catalogue, self.copy_id = catalogue, copy.id
        self.barcode = QLineEdit(copy.barcode or "")
        self.barcode.setMinimumWidth(FIELD_WIDTH)
        self.state = QLabel(copy_state_text(line.states, line.lent_again))
        self.status = _combo(COPY_STATUSES, status_name)
        stored = copy.status if copy.status in COPY_STATUSES else "available"
        self.status.setCurrentIndex(max(self.status.findData(stored), 0))
        self.loan_note = QLabel()
        self.loan_note.setWordWrap(True)
        self.loan_note.setMaximumWidth(FIELD_WIDTH + 40)
        self.form.addRow(self.tr("Barcode:"), self.barcode)
        self.form.addRow(self.tr("Now:"), self.state)
        self.form.addRow(self.tr("Status:"), self.status)
        if line.loan is not None:
            self.loan_note.setText(
                self.tr(
                    "On loan since {lent}, due {due}. Choosing «Available» here does not return "
                    "it: it stays on loan until it is returned at the lending desk. The status "
                    "only records whether the copy is lost, in transit or written off."
                ).format(lent=_day(line.loan.lent_on), due=_day(line.loan.due_on))
            )
            self.loan_note.setStyleSheet("color: #8a5300")
            self.form.addRow("", self.loan_note)
        self.add_copy_rows()
        self.body.addLayout(self.form)
        self.finish_layout()
        acquired = None
        if copy.acquired_on:
            try:
                acquired = dt.date.fromisoformat(copy.acquired_on)
            except ValueError:
                acquired = None
        self.set_acquisition(
            Acquisition(
                hub=copy.hub or "",
                acquisition=copy.acquisition or "donation",
                source=copy.acquisition_source or "",
                acquired_on=acquired,
            )
        )
        self.initial = self.fields()
        self.status.setFocus()

    def fields(self) -> dict[str, Any]:
        return {
            "barcode": self.barcode.text().strip(),
            "status": self.status.currentData(),
            **self.copy_fields(),
        }

    def write(self) -> Callable[[], Any] | None:
        """Only the fields the user changed are written (see RecordDialog.changed_values)."""
        fields = {k: v for k, v in self.fields().items() if v != self.initial[k]}
        if not fields:
            return None
        copy_id = self.copy_id
        return lambda: self.catalogue.edit_copy(copy_id, **fields)

    def field_for(self, exc: BaseException) -> QWidget | None:
        return (
            self.barcode if "code" in getattr(exc, "params", {}) or "barcode" in str(exc) else None
        )
