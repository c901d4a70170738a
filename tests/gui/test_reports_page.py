"""The Reports page and the dashboard as a coordinator uses them: the year's table with the
plan and the figures the service proves, the rule of the chosen row, Enter opening the records
behind a figure, a quarter and one hub chosen from the pickers, the charts drawn, and the PDF
(A4 landscape, Ukrainian text, a page of charts) looked at page by page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QToolTip

from mandrivna.core import report_periods as periods
from mandrivna.core.change import Changed
from mandrivna.services.report_service import ReportService
from mandrivna.ui import report_charts
from mandrivna.ui.pages.dashboard_page import DashboardPage
from mandrivna.ui.pages.reports_page import ReportsPage
from mandrivna.ui.report_pdf import gather, write_pdf
from mandrivna.ui.task_runner import ImmediateRunner
from tests.support.pdf_pages import pdf_text, render_pages
from tests.unit.services import report_fixtures as fx

DNIPRO, LVIV = "Хаб Дніпро", "Хаб Львів"


@pytest.fixture
def reports(services):
    db = services.db
    services.device.save(DNIPRO, "Олена")
    reader = fx.reader(db, DNIPRO, "2024-02-01", card_number="D-1", surname="Шевчук")
    book = fx.copy(db, DNIPRO, "2024-01-10")
    fx.loan_event(db, "lend", book, reader, "2024-02-01", DNIPRO)
    fx.loan_event(db, "renew", book, reader, "2024-05-02", DNIPRO)
    fx.e_loan(db, "e_loan", "2024-05-01", LVIV)
    fx.tally(db, "2024-07-03", LVIV, "remote", 4)
    event = fx.event(
        db,
        LVIV,
        "2024-03-10T12:00",
        format="offline",
        attended_in_person=9,
        status="held",
        audience_idp=6,
    )
    fx.check_in(db, event, reader, "2024-03-10", LVIV, "offline")
    return ReportService(db, today=dt.date(2024, 12, 31))


def row_of(page: ReportsPage, number: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == number)


def test_the_year_the_rule_and_the_records_behind_a_figure(qtbot, reports, ukrainian):
    page = ReportsPage(reports, ImmediateRunner())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    loans = row_of(page, "3")
    assert table.item(loans, 1).text() == "Книговидача (документовидача)"
    assert table.item(loans, 3).text() == "5000"  # the 2024 plan
    assert table.item(loans, 5).text() == "2"  # a lend and an e-loan; not the renewal
    # the lend and the renewal days at Dnipro, the check-in, and 8 more at the event
    assert table.item(row_of(page, "2.1"), 5).text() == "11"
    table.setFocus()
    table.setCurrentCell(row_of(page, "3.2"), 1)
    assert "двічі" in page.rule.text()  # the rule of printed loans
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.detail_dialog
    assert dialog is not None and dialog.table.rowCount() == 1
    assert "Шевчук" in dialog.table.item(0, 2).text()
    assert dialog.table.item(0, 0).text() == "01.02.2024"
    dialog.close()
    assert "Хаб Львів" in page.as_of.text()
    # a write elsewhere in the app: the page counts again
    fx.e_loan(reports.db, "e_loan", "2024-06-01", DNIPRO)
    changed = Changed()
    changed.entities["e_loan"].add("new")
    page.on_data_changed(changed)
    assert table.item(row_of(page, "3"), 5).text() == "3"


def test_a_quarter_at_one_hub(qtbot, reports, ukrainian):
    page = ReportsPage(reports, ImmediateRunner())
    qtbot.addWidget(page)
    page.show()
    picker = page.picker
    picker.kind.setCurrentIndex(picker.kind.findData("quarter"))
    picker.year.setValue(2024)
    picker.part.setCurrentIndex(picker.part.findData(3))
    page.hub.setCurrentIndex(page.hub.findText(LVIV))
    assert page.report is not None and page.report.hub_name == LVIV
    assert page.report.period == periods.quarter(2024, 3)
    assert page.table.item(row_of(page, "2.2"), 5).text() == "4"
    assert page.table.item(row_of(page, "3"), 5).text() == "0"


def test_the_dashboard_draws_its_charts(qtbot, reports, ukrainian):
    page = DashboardPage(reports, ImmediateRunner())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    assert len(page.views) == 5  # two hubs: the per-hub chart too
    loans = page.views[1].chart().series()[0]
    monthly = [loans.barSets()[0].at(m) for m in range(12)]  # printed loans per month
    assert monthly[1] == 1 and sum(monthly) == 1
    audience = page.views[3].chart().series()[0].barSets()[0]
    assert max(audience.at(i) for i in range(audience.count())) == 6


def test_the_pdf_has_the_table_the_rules_and_the_charts(qapp, reports, ukrainian, tmp_path):
    report = reports.report(periods.year(2024))
    pdf = write_pdf(report, gather(reports, report), tmp_path / "звіт.pdf")
    pages = render_pages(pdf, dpi=60)
    assert len(pages) >= 3
    first = pdf_text(pdf, 1)
    assert "Книговидача (документовидача)" in first
    assert QCoreApplication.translate("report", "Plan for the year") in first.replace("\n", " ")
    whole = pdf_text(pdf)
    assert QCoreApplication.translate("report", "Counting rules") in whole
    charts = pdf_text(pdf, len(pages) - 1) + pdf_text(pdf, len(pages))
    assert QCoreApplication.translate("ReportCharts", "Visits by channel per month") in charts


def _room(view) -> tuple[float, float]:
    """The height of one category's row on the left axis, and the width left of the plot: what
    QtCharts gives an axis label (one that does not fit is cut to «...»)."""
    chart = view.chart()
    axis = chart.axes(Qt.Orientation.Vertical)[0]
    plot = chart.plotArea()
    return plot.height() / axis.count(), plot.left() - chart.margins().left()


def test_every_plan_indicator_is_named_on_the_dashboard(qtbot, reports, ukrainian):
    """At a laptop's 1366×768 the plan chart's axis cut every name to «...»: each indicator is
    now named by its number and short name in a row tall and wide enough for it, and a bar's
    tooltip gives the plan's own name and the figures."""
    page = DashboardPage(reports, ImmediateRunner())
    qtbot.addWidget(page)
    page.resize(1366 - 210, 768 - 150)  # the page beside the navigation, below the title
    page.show()
    qtbot.waitExposed(page)
    view = page.views[2]
    report = reports.report(periods.year(2024))
    rows = [report.row(c) for c in report_charts.PROGRESS if report.row(c).percent is not None]
    assert len(rows) >= 10
    labels = [report_charts.short_label(r.indicator.code) for r in rows]
    assert "2.1 Нестаціонарні" in labels and "3 Книговидача" in labels
    axis = view.chart().axes(Qt.Orientation.Vertical)[0]
    assert sorted(axis.categories()) == sorted(labels)
    metrics = QFontMetricsF(axis.labelsFont())
    qtbot.waitUntil(lambda: view.chart().plotArea().height() > 0)
    row_height, width = _room(view)
    assert row_height >= metrics.height() + 4
    assert width >= max(metrics.horizontalAdvance(label) for label in labels)
    top = view.chart().series()[0].barSets()[0]
    top.hovered.emit(True, len(rows) - 1)  # the mouse on the first row's bar
    assert QToolTip.text().startswith("1.1 Кількість обслужених користувачів\nВиконано: ")
    tip = report_charts.progress_tip(report.row("loans.total"))
    assert tip.startswith("3 Книговидача (документовидача)\nВиконано: 2 з 5000")
    assert "Очікувано на цей час: 5000 (100%)" in tip
