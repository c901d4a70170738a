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
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QToolTip

from mandrivna.core.events import AUDIENCE
from mandrivna.core.indicator_short_names import CONTEXT as SHORT_CONTEXT
from mandrivna.core.indicator_short_names import SHORT_NAMES
from mandrivna.core.indicators import BY_CODE
from mandrivna.core.report_rows import Report, ReportRow
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.report_service import MonthFigures

translate = QCoreApplication.translate
ROW_HEIGHT = 26  # pixels a row of horizontal bars needs for its label
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
    """Done and expected by now, in % of the year's target, a row per headline indicator: the
    axis shows each indicator's number and short name, a bar's tooltip its full name and
    figures."""
    chart = _chart(translate("ReportCharts", "Plan progress, % of the year's target"))
    rows = [report.row(code) for code in PROGRESS]
    rows = [r for r in rows if r.percent is not None]
    if not rows:
        chart.setTitle(translate("ReportCharts", "Plan progress: no targets entered for the year"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    rows.reverse()  # the first on top
    expected = [
        100.0 * r.expected / r.plan if r.plan and r.expected is not None else 0.0 for r in rows
    ]
    series = QHorizontalBarSeries()
    _bars(
        chart,
        series,
        [
            (translate("ReportCharts", "Done"), [r.percent or 0.0 for r in rows]),
            (translate("ReportCharts", "Expected by now"), expected),
        ],
        [short_label(r.indicator.code) for r in rows],
    )
    tips = [progress_tip(r) for r in rows]
    for bar in series.barSets():
        bar.hovered.connect(
            lambda status, index: QToolTip.showText(QCursor.pos(), tips[index] if status else "")
        )
    return chart


def short_label(code: str) -> str:
    """«2.1 Non-stationary»: the indicator's number and short name, for an axis."""
    return f"{BY_CODE[code].number} {translate(SHORT_CONTEXT, SHORT_NAMES[code])}"


def progress_tip(row: ReportRow) -> str:
    """A plan-progress row in words: the full name, done of the target, and what is expected."""
    indicator = row.indicator
    lines = [f"{indicator.number} {translate('indicators', indicator.name)}"]
    lines.append(
        translate("ReportCharts", "Done: %1 of %2 (%3%)")
        .replace("%1", str(row.done or 0))
        .replace("%2", str(row.plan or 0))
        .replace("%3", f"{row.percent or 0.0:.0f}")
    )
    if row.expected is not None and row.plan:
        lines.append(
            translate("ReportCharts", "Expected by now: %1 (%2%)")
            .replace("%1", f"{row.expected:.0f}")
            .replace("%2", f"{100.0 * row.expected / row.plan:.0f}")
        )
    return "\n".join(lines)


def rows_height(chart: QChart, per_row: int = ROW_HEIGHT, around: int = 120) -> int:
    """The height a chart of horizontal bars needs for every category to be readable: an axis
    label that does not fit the height of its row is cut to «...» whole."""
    axes = chart.axes(Qt.Orientation.Vertical)
    categories = axes[0].categories() if axes and isinstance(axes[0], QBarCategoryAxis) else []
    return around + per_row * len(categories)


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
