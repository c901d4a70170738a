"""The Reports page: the plan against what was done for a period and for the library or one
hub. Every indicator with its plan, expectation, figure, percentage and the same period last
year; the rule it was counted by under the table for the chosen row; Enter (or a double click)
opens the records behind a figure; the report goes to .xlsx, .csv or .pdf. Work runs on the
one background runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mandrivna.core.report_rows import Report
from mandrivna.services import report_export
from mandrivna.services.report_service import DetailLine, ReportService
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.figures_frame import FiguresFrame
from mandrivna.ui.report_detail_dialog import ReportDetailDialog
from mandrivna.ui.report_period_picker import HubPicker, PeriodPicker
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

translate = QCoreApplication.translate


def _cell(value: object) -> QTableWidgetItem:
    text = "—" if value is None else (f"{value:.1f}" if isinstance(value, float) else str(value))
    item = QTableWidgetItem(text)
    if isinstance(value, int | float) or value is None:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ReportsPage(FiguresFrame):
    def __init__(
        self,
        reports: ReportService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Reports"), parent, fill=True)
        self.reports, self.runner = reports, runner
        self.report: Report | None = None
        self.detail_dialog: ReportDetailDialog | None = None
        self.picker = PeriodPicker(reports.today())
        self.hub = HubPicker()
        self.show_button = QPushButton(self.tr("&Show"))
        top = QHBoxLayout()
        top.addWidget(self.picker)
        hub_label = QLabel(self.tr("&Hub:"))
        hub_label.setBuddy(self.hub)
        top.addWidget(hub_label)
        top.addWidget(self.hub, 1)
        top.addWidget(self.show_button)
        self.body.addLayout(top)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [translate("report", c) for c in report_export.COLUMNS[:-1]]
        )
        choose_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
        )
        for column, width in enumerate((52, 0, 120, 92, 104, 80, 74, 100, 112)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setMinimumHeight(44)
        self.table.setWordWrap(True)
        self.body.addWidget(self.table, 1)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.rule)
        self.as_of = QLabel()
        self.as_of.setWordWrap(True)
        self.body.addWidget(self.as_of)
        bottom = QHBoxLayout()
        self.detail_button = QPushButton(self.tr("&Records behind the figure…"))
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        for button in (self.detail_button, self.xlsx_button, self.csv_button, self.pdf_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.body.addLayout(bottom)
        self.message = MessageLine()
        self.body.addWidget(self.message)
        self.show_button.clicked.connect(self.load)
        self.picker.changed.connect(self.load)
        self.hub.currentIndexChanged.connect(lambda _i: self.load())
        self.table.currentCellChanged.connect(lambda row, *_: self._show_rule(row))
        # Enter or a double click on a row (Qt's "activated")
        self.table.activated.connect(lambda index: self.open_detail(index.row()))
        self.detail_button.clicked.connect(lambda: self.open_detail(self.table.currentRow()))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.add_shortcuts(
            [
                ("F5", self.load),
            ]
        )

    def load(self) -> None:
        period, hub = self.picker.period(), self.hub.hub()
        self.say(self.tr("Counting…"))

        def work(progress: Callable[[int, int], None]) -> tuple[Report, list[tuple[str, str]]]:
            self.reports.refresh(progress)
            return self.reports.report(period, hub), self.reports.hubs(period)

        PageOp(self, work).progress(self._counting).done(self._shown).busy(self.show_button).run()

    def _counting(self, done: int, total: int) -> None:
        self.say(
            self.tr("Counting the figures of days not counted yet: %1 of %2…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _shown(self, result: tuple[Report, list[tuple[str, str]]]) -> None:
        report, hubs = result
        self.report = report
        self.hub.set_hubs(hubs)
        self.table.setRowCount(len(report.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(report.rows):
            values = report_export.cells(row, translate)[:-1]
            for c, value in enumerate(values):
                item = _cell(value)
                if c == 1 and row.indicator.parent is None:
                    item.setFont(bold)
                if c == 1 and row.indicator.parent is not None:
                    item.setText("    " + item.text())
                item.setToolTip(translate("indicators", row.indicator.rule))
                self.table.setItem(r, c, item)
            percent = row.percent_expected
            if percent is not None:
                colour = (
                    "#e6f4ea" if percent >= 100 else ("#fff4e5" if percent >= 75 else "#fdecea")
                )
                shaded = self.table.item(r, 7)
                if shaded is not None:
                    shaded.setBackground(QBrush(QColor(colour)))
        self.table.resizeRowsToContents()
        if self.table.currentRow() < 0 and report.rows:
            self.table.setCurrentCell(0, 1)
        self._show_rule(self.table.currentRow())
        lines = report_export.as_of_lines(report, translate)
        late = [lines.pop()] if report.late_hubs else []
        people = translate("report", report_export.PEOPLE_NOTE)
        self.as_of.setText("\n".join([people, "; ".join(lines), *late]))
        self.say(
            self.tr("Report for %1, %2.")
            .replace("%1", report_export.period_label(report.period, translate))
            .replace("%2", report.hub_name or translate("report", "all hubs"))
        )

    def _show_rule(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.rows):
            self.rule.clear()
            return
        indicator = self.report.rows[row].indicator
        self.rule.setText(
            self.tr("How it is counted: %1").replace("%1", translate("indicators", indicator.rule))
        )

    def open_detail(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.rows):
            return
        code = self.report.rows[row].indicator.code
        period, hub = self.report.period, self.report.hub
        name = translate("indicators", self.report.rows[row].indicator.name)
        PageOp(self, lambda: self.reports.details(code, period, hub)).done(
            lambda lines: self._show_detail(name, lines)
        ).run()

    def _show_detail(self, name: str, lines: list[DetailLine]) -> None:
        self.detail_dialog = ReportDetailDialog(name, lines, self)
        self.detail_dialog.open()

    def export(self, suffix: str) -> None:
        report = self.report
        if report is None:
            return
        name = f"report-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / name), f"*{suffix}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_suffix(suffix)
        if suffix == ".pdf":
            from mandrivna.ui.report_pdf import gather, write_pdf

            PageOp(self, lambda: gather(self.reports, report)).done(
                lambda data: self._saved(write_pdf(report, data, target))
            ).run()
        else:
            PageOp(self, lambda: report_export.write(report, target, translate)).done(
                self._saved
            ).run()

    def _saved(self, path: Path) -> None:
        self.say(self.tr("Saved to %1.").replace("%1", str(path)))
