"""The period and hub pickers the Reports page and the dashboard share: a year, a quarter, the
plan's cumulative periods (I кв., I півріччя, 9 міс., рік), a month or any days; all hubs or
one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from mandrivna.core import report_periods as periods
from mandrivna.core.report_periods import CUMULATIVE, Period
from mandrivna.ui.combo_choices import refill
from mandrivna.ui.dates import date_edit_format

KINDS = ("year", "quarter", "cumulative", "month", "days")


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date, with_kinds: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        names = (
            self.tr("Year"),
            self.tr("Quarter"),
            self.tr("From the start of the year"),
            self.tr("Month"),
            self.tr("Days"),
        )
        for key, name in zip(KINDS, names, strict=True):
            self.kind.addItem(name, key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, day in ((self.start, dt.date(today.year, 1, 1)), (self.end, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setDate(QDate(day.year, day.month, day.day))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.kind)
        layout.addWidget(period_label)
        layout.addWidget(self.kind)
        layout.addWidget(self.year)
        layout.addWidget(self.part)
        layout.addWidget(self.start)
        layout.addWidget(self.end)
        self.kind.setVisible(with_kinds)
        self._today = today
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.year.valueChanged,
            self.part.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(
                    self.tr("Quarter %1").replace("%1", ["I", "II", "III", "IV"][q - 1]), q
                )
            self.part.setCurrentIndex((self._today.month - 1) // 3)
        elif kind == "cumulative":
            for q, name in CUMULATIVE.items():
                self.part.addItem(QCoreApplication.translate("periods", name), q)
            self.part.setCurrentIndex((self._today.month - 1) // 3)
        elif kind == "month":
            for m in range(1, 13):
                self.part.addItem(QDate(2000, m, 1).toString("MMMM"), m)
            self.part.setCurrentIndex(self._today.month - 1)
        self.part.blockSignals(False)
        self.year.setVisible(kind != "days")
        self.part.setVisible(kind in ("quarter", "cumulative", "month"))
        self.start.setVisible(kind == "days")
        self.end.setVisible(kind == "days")
        self.changed.emit()

    def period(self) -> Period:
        kind, year, part = self.kind.currentData(), self.year.value(), self.part.currentData()
        if kind == "quarter":
            return periods.quarter(year, int(part))
        if kind == "cumulative":
            return periods.cumulative(year, int(part))
        if kind == "month":
            return periods.month(year, int(part))
        if kind == "days":
            start = dt.date.fromisoformat(self.start.date().toString("yyyy-MM-dd"))
            end = dt.date.fromisoformat(self.end.date().toString("yyyy-MM-dd"))
            return Period(start, max(start, end))
        return periods.year(year)


class HubPicker(QComboBox):
    """All hubs, or one (its key from ``ReportService.hubs``)."""

    def set_hubs(self, hubs: list[tuple[str, str]]) -> None:
        refill(
            self, [(self.tr("All hubs"), None), *((name, key) for key, name in hubs)], keep_first=0
        )

    def hub(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None
