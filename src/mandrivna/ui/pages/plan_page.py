"""The plan (the coordinator's laptop only): a year's targets per indicator (for the year or a
quarter, the whole library or one hub) and the figures done in years the app holds no records
of, as the report compares against them; the 2024 plan loaded as a ready example in one action;
beside them the virtual visits and users entered per period. Everything here is a replicated
change: it syncs to every laptop."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.indicators import INDICATORS
from mandrivna.core.plan_figures import PERIODS, PlanFigure
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.plan_service import PlanService
from mandrivna.ui.counts import grouped
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner
from mandrivna.ui.virtual_entries_box import VirtualEntriesBox

PLAN_ENTITIES = {"plan_figure", "virtual_visits"}
PERIOD_NAMES = {
    "year": QT_TRANSLATE_NOOP("plan", "Year"),
    "q1": QT_TRANSLATE_NOOP("plan", "Q1"),
    "q2": QT_TRANSLATE_NOOP("plan", "Q2"),
    "q3": QT_TRANSLATE_NOOP("plan", "Q3"),
    "q4": QT_TRANSLATE_NOOP("plan", "Q4"),
}
KIND_NAMES = {
    "target": QT_TRANSLATE_NOOP("plan", "Target"),
    "done": QT_TRANSLATE_NOOP("plan", "Done (no records)"),
}
_ORDER = {indicator.code: n for n, indicator in enumerate(INDICATORS)}
_BY_CODE = {indicator.code: indicator for indicator in INDICATORS}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def indicator_label(code: str | None) -> str:
    indicator = _BY_CODE.get(code or "")
    if indicator is None:
        return code or ""
    return f"{indicator.number} {_tr('indicators', indicator.name)}"


class PlanPage(PageFrame):
    changed = Signal(object)  # Changed

    def __init__(
        self,
        plan: PlanService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Plan"), parent, fill=True)
        self.plan, self.runner = plan, runner
        self.figures: list[PlanFigure] = []
        self._build()
        self.add_shortcuts((("Ctrl+S", self.save_figure), ("Delete", self.delete_figure)))
        PageOp(self, self.plan.years).done(self._first_year).run()

    def _build(self) -> None:
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _y: self.load())
        self.example_button = QPushButton(self.tr("Load the 2024 plan (example)"))
        self.example_button.setToolTip(
            self.tr(
                "The targets of the library's 2024 plan, and the figures it gives as done in "
                "2022 and 2023. Loading again replaces them; nothing is added twice."
            )
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.example_button)
        self.table = QTableWidget()
        headers = [self.tr("Indicator"), self.tr("Figure"), self.tr("Period"), self.tr("Hub")]
        choose_rows(self.table, [*headers, self.tr("Value")], stretch=0)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.indicator = QComboBox()
        for indicator in INDICATORS:
            self.indicator.addItem(indicator_label(indicator.code), indicator.code)
        self.kind = QComboBox()
        for code, name in KIND_NAMES.items():
            self.kind.addItem(_tr("plan", name), code)
        self.period = QComboBox()
        for code in PERIODS:
            self.period.addItem(_tr("plan", PERIOD_NAMES[code]), code)
        self.hub = QLineEdit()
        self.hub.setPlaceholderText(self.tr("The whole library"))
        self.value = QSpinBox()
        self.value.setRange(0, 10_000_000)
        self.save_button = QPushButton(self.tr("Save figure (Ctrl+S)"))
        self.delete_button = QPushButton(self.tr("Delete figure (Del)"))
        self.message = MessageLine(DONE_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Indicator:"), self.indicator)
        kind_period = QHBoxLayout()
        kind_period.addWidget(self.kind)
        kind_period.addWidget(self.period)
        form.addRow(self.tr("Figure, period:"), kind_period)
        form.addRow(self.tr("Hub:"), self.hub)
        form.addRow(self.tr("Value:"), self.value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        figures = QGroupBox(self.tr("Targets and figures done"))
        left = QVBoxLayout(figures)
        left.addWidget(self.table, 1)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.message)
        self.virtual = VirtualEntriesBox(self.plan, self.runner)
        self.virtual.changed.connect(self.announce)
        columns = QHBoxLayout()
        columns.addWidget(figures, 3)
        columns.addWidget(self.virtual, 2)
        self.body.addLayout(bar)
        self.body.addLayout(columns, 1)
        self.example_button.clicked.connect(self.load_example)
        self.save_button.clicked.connect(self.save_figure)
        self.delete_button.clicked.connect(self.delete_figure)
        self.value.lineEdit().returnPressed.connect(self.save_figure)

    # reading ---------------------------------------------------------------------------
    def _first_year(self, years: list[int]) -> None:
        """This year, unless it has no plan yet and an earlier one has: the latest planned."""
        this_year = dt.date.today().year
        earlier = [y for y in years if y <= this_year]
        year = this_year if this_year in years or not earlier else earlier[-1]
        if year == self.year.value():
            self.load()
        else:
            self.year.setValue(year)  # loads it

    def load(self) -> None:
        year = self.year.value()
        PageOp(self, lambda: self.plan.figures(year)).done(self._show).run()
        self.virtual.load(year)

    def _show(self, figures: list[PlanFigure]) -> None:
        self.figures = sorted(
            figures,
            key=lambda f: (
                f.kind != "target",
                _ORDER.get(f.indicator or "", 99),
                f.period or "",
                f.hub or "",
            ),
        )
        self.table.setRowCount(len(self.figures))
        for row, figure in enumerate(self.figures):
            cells = (
                indicator_label(figure.indicator),
                _tr("plan", KIND_NAMES.get(figure.kind or "", figure.kind or "")),
                _tr("plan", PERIOD_NAMES.get(figure.period or "", figure.period or "")),
                figure.hub or self.tr("whole library"),
                grouped(figure.value or 0),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if figure.note:
                    item.setToolTip(figure.note)
                self.table.setItem(row, column, item)

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.figures):
            return
        figure = self.figures[row]
        for combo, value in (
            (self.indicator, figure.indicator),
            (self.kind, figure.kind),
            (self.period, figure.period),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.hub.setText(figure.hub or "")
        self.value.setValue(figure.value or 0)

    # writing ---------------------------------------------------------------------------
    def load_example(self) -> None:
        PageOp(self, self.plan.load_plan_2024).done(self._example_loaded).busy(
            self.example_button
        ).run()

    def _example_loaded(self, _changed: Changed) -> None:
        self.say(self.tr("The 2024 plan and the figures done in 2022 and 2023 are loaded."))
        if self.year.value() == 2024:
            self.load()
        else:
            self.year.setValue(2024)

    def save_figure(self) -> None:
        year, value = self.year.value(), self.value.value()
        kind, indicator = self.kind.currentData(), self.indicator.currentData()
        period, hub = self.period.currentData(), self.hub.text()
        PageOp(
            self, lambda: self.plan.set_figure(kind, year, indicator, value, period, hub or None)
        ).done(lambda _r: self.say(self.tr("Figure saved."))).busy(self.save_button).run()

    def delete_figure(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.figures):
            self.say(self.tr("Choose a figure in the list first."), error=True)
            return
        figure_id = self.figures[row].id
        PageOp(self, lambda: self.plan.delete_figure(figure_id)).done(
            lambda _c: self.say(self.tr("Figure deleted."))
        ).run()

    # plumbing --------------------------------------------------------------------------
    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def on_data_changed(self, changed: Changed) -> None:
        if PLAN_ENTITIES & set(changed.entities):
            self.load()
