"""The report as an A4 landscape PDF: the plan's indicator table (repeating its heading on every
page), the counting rules as numbered notes, what the figures are as of, and a page of charts.
Fonts are embedded by Qt's PDF writer. ``write_pdf_offscreen`` serves the command line (Qt
offscreen, no display needed)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene

from mandrivna.core.report_rows import Report
from mandrivna.services import report_export
from mandrivna.services.report_service import MonthFigures, ReportService
from mandrivna.ui import report_charts
from mandrivna.ui.printing.pdf_document import PdfDocument, page_size_mm, sans

translate = QCoreApplication.translate
PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0
LEFT, TOP, BOTTOM = 15.0, 12.0, 12.0
WIDTH = PAGE_WIDTH - 2 * LEFT
# Column widths in mm: number, indicator, unit, plan, expected, done, %, % expected, last year.
COLUMNS = (13.0, 99.0, 27.0, 20.0, 23.0, 20.0, 17.0, 20.0, WIDTH - 239.0)
PAD = 1.0
LEFT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
RIGHT_FLAGS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class ChartData:
    """What the charts need beyond the report: the year's months, audiences, hubs."""

    months: list[MonthFigures]
    audience: dict[str, int]
    hubs: list[tuple[str, dict[str, int]]]


def gather(reports: ReportService, report: Report) -> ChartData:
    """The charts' figures for the report's year (months) and period (audiences, hubs)."""
    year = report.period.start.year
    return ChartData(
        reports.monthly(year, report.hub),
        reports.audience(report.period, report.hub),
        reports.by_hub(report.period),
    )


class _Writer:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc = PdfDocument(
            page_size_mm(PAGE_WIDTH, PAGE_HEIGHT), translate("report", "The plan and what was done")
        )
        self.body = sans(8.5)
        self.head = sans(8.5, bold=True)

    def _row_height(self, cells: list[str], font: QFont) -> float:
        heights = [
            self.doc.text_height(text, font, width - 2 * PAD, LEFT_FLAGS)
            for text, width in zip(cells, COLUMNS, strict=True)
        ]
        return max(heights) + 2 * PAD

    def _row(self, y: float, cells: list[str], height: float, font: QFont) -> None:
        doc, x = self.doc, LEFT
        for index, (text, width) in enumerate(zip(cells, COLUMNS, strict=True)):
            flags = LEFT_FLAGS if index in (1, 2) else RIGHT_FLAGS
            doc.draw_text(
                x + PAD, y + PAD, width - 2 * PAD, height - 2 * PAD, text, font, flags, smallest=6
            )
            x += width
        doc.grid_row(LEFT, y, COLUMNS, height)

    def _heading(self, y: float) -> float:
        cells = [translate("report", c) for c in report_export.COLUMNS[:-1]]
        height = self._row_height(cells, self.head)
        self.doc.painter.fillRect(self.doc.rect(LEFT, y, WIDTH, height), QColor("#dde7f0"))
        self._row(y, cells, height, self.head)
        return y + height

    def _lines(self, y: float, lines: list[str], font: QFont) -> float:
        for line in lines:
            height = self.doc.text_height(line, font, WIDTH, LEFT_FLAGS)
            if y + height > PAGE_HEIGHT - BOTTOM:
                self.doc.new_page()
                y = TOP
            self.doc.draw_text(LEFT, y, WIDTH, height + 0.5, line, font)
            y += height + 0.8
        return y

    def table(self) -> None:
        report, doc = self.report, self.doc
        top = report_export.heading(report, translate)
        doc.draw_text(LEFT, TOP, WIDTH, 8, top[0], sans(14, bold=True))
        y = self._lines(TOP + 8, top[1:], sans(10))
        y = self._heading(y + 2)
        for row in report.rows:
            values = report_export.cells(row, translate)[:-1]
            cells = [
                "—" if v is None else (f"{v:.1f}" if isinstance(v, float) else str(v))
                for v in values
            ]
            if row.indicator.parent is not None:
                cells[1] = "   " + cells[1]
            font = self.body if row.indicator.parent else self.head
            height = self._row_height(cells, font)
            if y + height > PAGE_HEIGHT - BOTTOM:
                doc.new_page()
                y = self._heading(TOP)
            self._row(y, cells, height, font)
            y += height
        notes = [
            translate("report", report_export.PEOPLE_NOTE),
            translate("report", report_export.ENTERED_NOTE),
            *report_export.as_of_lines(report, translate),
        ]
        y = self._lines(y + 3, notes, sans(8, bold=False))
        y = self._lines(y + 3, [translate("report", "Counting rules")], sans(10, bold=True))
        rules = [
            f"{r.indicator.number}. {translate('indicators', r.indicator.rule)}"
            for r in report.rows
        ]
        self._lines(y, rules, sans(7.5))

    def charts(self, data: ChartData) -> None:
        charts = [
            report_charts.visits_by_channel(data.months),
            report_charts.loans_per_month(data.months),
            report_charts.plan_progress(self.report),
            report_charts.attendance_by_audience(data.audience),
        ]
        self.doc.new_page()
        width, height = (WIDTH - 6) / 2, (PAGE_HEIGHT - TOP - BOTTOM - 6) / 2
        for index, chart in enumerate(charts):
            x = LEFT + (index % 2) * (width + 6)
            y = TOP + (index // 2) * (height + 6)
            self._chart(chart, self.doc.rect(x, y, width, height))
        if len(data.hubs) > 1:
            self.doc.new_page()
            self._chart(
                report_charts.per_hub(data.hubs),
                self.doc.rect(LEFT, TOP, WIDTH, PAGE_HEIGHT - TOP - BOTTOM),
            )

    def _chart(self, chart: QChart, target: QRectF) -> None:
        scene = QGraphicsScene()
        scene.addItem(chart)
        pixels = 640.0 if target.width() < self.doc.mm(200) else 1000.0
        chart.resize(pixels, pixels * target.height() / target.width())
        painter: QPainter = self.doc.painter
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, target, chart.geometry())
        painter.restore()
        scene.removeItem(chart)
        chart.deleteLater()


def write_pdf(report: Report, data: ChartData, path: Path) -> Path:
    """Write the report to ``path`` (needs a QApplication: the charts are widgets)."""
    writer = _Writer(report)
    writer.table()
    writer.charts(data)
    writer.doc.save(path)
    return path


def write_pdf_offscreen(reports: ReportService, report: Report, path: Path, language: str) -> Path:
    """The command line's PDF: Qt started offscreen if no application runs yet."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["mandrivna"])
    from mandrivna.ui.translator import install_translators

    install_translators(app, language)  # type: ignore[arg-type]
    return write_pdf(report, gather(reports, report), path)
