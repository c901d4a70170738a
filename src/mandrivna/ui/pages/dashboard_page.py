"""The dashboard: the year at a glance in charts (QtCharts) for the library or one hub: visits by
channel per month, loans and e-loans per month, plan progress per indicator, event attendance
by audience group, and the main figures per hub. Counted on the one background runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from mandrivna.core import report_periods as periods
from mandrivna.core.report_rows import Report
from mandrivna.services.report_service import ReportService
from mandrivna.ui import report_charts
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.figures_frame import FiguresFrame
from mandrivna.ui.report_pdf import ChartData, gather
from mandrivna.ui.report_period_picker import HubPicker

translate = QCoreApplication.translate
CHART_HEIGHT = 300


class DashboardPage(FiguresFrame):
    def __init__(
        self, reports: ReportService, runner: object, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Dashboard"), parent, fill=True)
        self.reports, self.runner = reports, runner
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(reports.today().year)
        self.hub = HubPicker()
        self.show_button = QPushButton(self.tr("&Show"))
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        hub_label = QLabel(self.tr("&Hub:"))
        hub_label.setBuddy(self.hub)
        for widget in (year_label, self.year, hub_label):
            top.addWidget(widget)
        top.addWidget(self.hub, 1)
        top.addWidget(self.show_button)
        self.body.addLayout(top)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_widget)
        self.body.addWidget(scroll, 1)
        self.message = MessageLine()
        self.body.addWidget(self.message)
        self.views: list[QChartView] = []
        self.show_button.clicked.connect(self.load)
        self.year.valueChanged.connect(lambda _v: self.load())
        self.hub.currentIndexChanged.connect(lambda _i: self.load())
        self.add_shortcuts([("F5", self.load)])

    def load(self) -> None:
        year, hub = self.year.value(), self.hub.hub()
        today = self.reports.today()
        end = min(periods.year(year).end, max(today, dt.date(year, 1, 1)))
        period = periods.Period(dt.date(year, 1, 1), end)
        self.say(self.tr("Counting…"))

        def work(
            progress: Callable[[int, int], None],
        ) -> tuple[Report, ChartData, list[tuple[str, str]]]:
            self.reports.refresh(progress)
            report = self.reports.report(period, hub)
            return report, gather(self.reports, report), self.reports.hubs(period)

        PageOp(self, work).progress(self._counting).done(self._shown).busy(  # type: ignore[arg-type]
            self.show_button
        ).run()

    def _counting(self, done: int, total: int) -> None:
        self.say(
            self.tr("Counting the figures of days not counted yet: %1 of %2…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _shown(self, result: tuple[Report, ChartData, list[tuple[str, str]]]) -> None:
        report, data, hubs = result
        self.hub.set_hubs(hubs)
        for view in self.views:
            self.grid.removeWidget(view)
            view.deleteLater()
        charts: list[QChart] = [
            report_charts.visits_by_channel(data.months),
            report_charts.loans_per_month(data.months),
            report_charts.plan_progress(report),
            report_charts.attendance_by_audience(data.audience),
        ]
        if report.hub is None and len(data.hubs) > 1:
            charts.append(report_charts.per_hub(data.hubs))
        self.views = []
        for index, chart in enumerate(charts):
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(max(CHART_HEIGHT, report_charts.rows_height(chart)))
            self.grid.addWidget(view, index // 2, index % 2, 1, 2 if index == 4 else 1)
            self.views.append(view)
        self.say(
            self.tr("%1, %2: from 01.01 to %3.")
            .replace("%1", str(report.period.start.year))
            .replace("%2", report.hub_name or translate("report", "all hubs"))
            .replace("%3", f"{report.period.end:%d.%m}")
        )
