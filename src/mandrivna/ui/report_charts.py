"""The report's charts (QtCharts), made from the report service's figures: visits by channel
per month, loans and e-loans per month, event attendance by audience group, plan progress per
indicator, and the main figures per hub. Shown on the dashboard and drawn into the PDF."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont

from mandrivna.core.events import AUDIENCE
from mandrivna.core.indicators import BY_CODE
from mandrivna.core.report_rows import Report
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.report_service import MonthFigures

translate = QCoreApplication.translate
COLOURS = ("#1f5f8b", "#e08a1e", "#3a8d4f", "#8e3b8e", "#b23b3b", "#6b6b6b")
# Audience groups: (translation context, name).
AUDIENCE_NAMES = {
    **{group: ("events", name) for group, name in AUDIENCE.items()},
    "military_family": ("ReportCharts", QT_TRANSLATE_NOOP("ReportCharts", "Military families")),
    "librarians": ("ReportCharts", QT_TRANSLATE_NOOP("ReportCharts", "Librarians")),
}
# Rows of the plan-progress chart: the headline indicators with a target.
PROGRESS = (
    "users.served",
    "users.registered",
    "visits.total",
    "visits.non_stationary",
    "visits.remote",
    "visits.virtual",
    "loans.total",
    "loans.electronic",
    "resources.free",
    "reference.answers",
    "reference.consultations",
    "collection.books",
)
MONTHS = (
    QT_TRANSLATE_NOOP("ReportCharts", "Jan"),
    QT_TRANSLATE_NOOP("ReportCharts", "Feb"),
    QT_TRANSLATE_NOOP("ReportCharts", "Mar"),
    QT_TRANSLATE_NOOP("ReportCharts", "Apr"),
    QT_TRANSLATE_NOOP("ReportCharts", "May"),
    QT_TRANSLATE_NOOP("ReportCharts", "Jun"),
    QT_TRANSLATE_NOOP("ReportCharts", "Jul"),
    QT_TRANSLATE_NOOP("ReportCharts", "Aug"),
    QT_TRANSLATE_NOOP("ReportCharts", "Sep"),
    QT_TRANSLATE_NOOP("ReportCharts", "Oct"),
    QT_TRANSLATE_NOOP("ReportCharts", "Nov"),
    QT_TRANSLATE_NOOP("ReportCharts", "Dec"),
)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def _bars(
    chart: QChart,
    series: QBarSeries | QStackedBarSeries | QHorizontalBarSeries,
    sets: list[tuple[str, list[float]]],
    categories: list[str],
) -> QChart:
    for index, (name, values) in enumerate(sets):
        bar = QBarSet(name)
        bar.setColor(QColor(COLOURS[index % len(COLOURS)]))
        bar.append([float(v) for v in values])
        series.append(bar)
    chart.addSeries(series)
    labels = QBarCategoryAxis()
    labels.append(categories)
    small = QFont(labels.labelsFont())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    labels.setLabelsFont(small)
    numbers = QValueAxis()
    numbers.setLabelFormat("%d")
    top = max([sum(col) for col in zip(*(v for _, v in sets), strict=True)] or [0])
    if not isinstance(series, QStackedBarSeries):
        top = max([max(v) for _, v in sets if v] or [0])
    numbers.setRange(0, max(10.0, top * 1.1))
    numbers.applyNiceNumbers()
    horizontal = isinstance(series, QHorizontalBarSeries)
    chart.addAxis(
        labels, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(
        numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    series.attachAxis(labels)
    series.attachAxis(numbers)
    return chart


def _short(text: str, most: int = 24) -> str:
    """A category label the axis can show (a long one it would elide to «...» whole)."""
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _months() -> list[str]:
    return [translate("ReportCharts", m) for m in MONTHS]


def visits_by_channel(months: list[MonthFigures]) -> QChart:
    chart = _chart(translate("ReportCharts", "Visits by channel per month"))
    sets = [
        (translate("ReportCharts", "Non-stationary"), "visits.non_stationary"),
        (translate("ReportCharts", "Remote"), "visits.remote"),
        (translate("ReportCharts", "Virtual"), "visits.virtual"),
        (translate("ReportCharts", "Stationary"), "visits.stationary"),
    ]
    return _bars(
        chart,
        QStackedBarSeries(),
        [(name, [m.figures.get(code) or 0 for m in months]) for name, code in sets],
        _months(),
    )


def loans_per_month(months: list[MonthFigures]) -> QChart:
    chart = _chart(translate("ReportCharts", "Loans and e-loans per month"))
    sets = [
        (translate("ReportCharts", "Printed loans"), "loans.printed"),
        (translate("ReportCharts", "E-loans"), "loans.electronic"),
        (translate("ReportCharts", "Used in the hub"), "loans.in_house"),
        (translate("ReportCharts", "Free internet resources"), "resources.free"),
    ]
    return _bars(
        chart,
        QBarSeries(),
        [(name, [m.figures.get(code) or 0 for m in months]) for name, code in sets],
        _months(),
    )


def attendance_by_audience(audience: dict[str, int]) -> QChart:
    chart = _chart(translate("ReportCharts", "Event attendance by audience group"))
    groups = [g for g in reversed(AUDIENCE_NAMES) if g in audience]  # the first on top
    chart.legend().hide()
    return _bars(
        chart,
        QHorizontalBarSeries(),
        [(translate("ReportCharts", "People"), [audience[g] for g in groups])],
        [translate(*AUDIENCE_NAMES[g]) for g in groups],
    )


def plan_progress(report: Report) -> QChart:
    chart = _chart(translate("ReportCharts", "Plan progress, % of the year's target"))
    rows = [report.row(code) for code in PROGRESS]
    rows = [r for r in rows if r.percent is not None]
    if not rows:
        chart.setTitle(translate("ReportCharts", "Plan progress: no targets entered for the year"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    names = [
        _short(f"{r.indicator.number} {translate('indicators', r.indicator.name)}") for r in rows
    ]
    expected = [
        100.0 * r.expected / r.plan if r.plan and r.expected is not None else 0.0 for r in rows
    ]
    return _bars(
        chart,
        QHorizontalBarSeries(),
        [
            (translate("ReportCharts", "Done"), [r.percent or 0.0 for r in reversed(rows)]),
            (translate("ReportCharts", "Expected by now"), list(reversed(expected))),
        ],
        list(reversed(names)),
    )


def per_hub(hubs: list[tuple[str, dict[str, int]]]) -> QChart:
    chart = _chart(translate("ReportCharts", "Per hub"))
    sets = [
        (translate("ReportCharts", "Visits"), "visits.total"),
        (translate("ReportCharts", "Loans"), "loans.total"),
        (translate("ReportCharts", "Event attendance"), "events.attendance"),
        (translate("ReportCharts", "Readers served"), "users.served.card"),
    ]
    return _bars(
        chart,
        QBarSeries(),
        [(name, [figures.get(code, 0) for _, figures in hubs]) for name, code in sets],
        [name for name, _ in hubs],
    )


def indicator_name(code: str) -> str:
    return translate("indicators", BY_CODE[code].name)
