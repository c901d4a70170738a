"""What an import would do, in the import dialog: how the file was read, the summary, the first
rows as they would go in (a row with an error in red) and every problem by its line or record
number. The dialog lays it out (``lay_out_in``) and hands it each report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mandrivna.core.catalogue import format_isbn
from mandrivna.core.import_rows import ImportRow
from mandrivna.services.import_report import NEW, SAME, UPDATE, ImportReport, problem_text
from mandrivna.ui.dates import day_text

CATALOGUE = "catalogue"
ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
NAMES = {"iso2709": "ISO 2709", "marcxml": "MARCXML", "csv": "CSV", "xlsx": "XLSX"}
NAMES |= {"marc21": "MARC21", "unimarc": "UNIMARC", "utf-8": "UTF-8", "cp1251": "Windows-1251"}


class ImportPreview(QObject):
    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_label = QLabel(self.tr("P&review (the first 200 rows):"))
        self.table = self._make_table()
        self.preview_label.setBuddy(self.table)
        self.problems_label = QLabel(self.tr("&Problems:"))
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems_label.setBuddy(self.problems)

    def lay_out_in(self, column: QVBoxLayout) -> None:
        """Add the labels, the preview and the problems to the dialog's ``column``."""
        column.addWidget(self.detected)
        column.addWidget(self.summary)
        column.addWidget(self.preview_label)
        column.addWidget(self.table, 3)
        column.addWidget(self.problems_label)
        column.addWidget(self.problems, 1)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.problems.clear()

    def show_report(self, report: ImportReport) -> None:
        self.detected.setText(self.describe_source(report))
        if self.kind == CATALOGUE:
            summary = self.tr(
                "%1 records: %2 new, %3 to update, %4 unchanged; %5 copies to add."
            ).replace("%5", str(report.copies))
        else:
            summary = self.tr("%1 readers: %2 new, %3 to update, %4 unchanged.")
        summary = (
            summary.replace("%1", str(report.read))
            .replace("%2", str(report.new))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged))
        )
        if report.errors or report.warnings:
            summary += " " + self.tr("Errors: %1, warnings: %2.").replace(
                "%1", str(report.errors)
            ).replace("%2", str(report.warnings))
        self.summary.setText(summary)
        self._fill_table(report.rows, report.unit)
        self._fill_problems(report)

    def _make_table(self) -> QTableWidget:
        if self.kind == CATALOGUE:
            headers = [
                self.tr("Record"),
                self.tr("Will be"),
                self.tr("Title"),
                self.tr("Authors"),
                self.tr("Year"),
                self.tr("ISBN"),
                self.tr("Copies"),
                self.tr("Barcodes"),
            ]
        else:
            headers = [
                self.tr("Line"),
                self.tr("Will be"),
                self.tr("Card number"),
                self.tr("Surname"),
                self.tr("Given name"),
                self.tr("Patronymic"),
                self.tr("Birth year"),
                self.tr("Phone"),
                self.tr("Consent"),
            ]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    def describe_source(self, report: ImportReport) -> str:
        source = report.source
        parts = [NAMES.get(source.format, source.format)]
        if source.flavour:
            parts.append(NAMES[source.flavour])
            if source.detected_flavour is None:
                parts[-1] += " " + self.tr("(assumed: the file does not tell)")
        if source.encoding:
            parts.append(NAMES[source.encoding])
            if source.declared_encoding and source.declared_encoding != source.encoding:
                parts[-1] += " " + self.tr("(the file declares %1)").replace(
                    "%1", NAMES.get(source.declared_encoding, source.declared_encoding)
                )
        return self.tr("Read as: %1.").replace("%1", ", ".join(parts))

    def _action(self, row: ImportRow) -> str:
        if not row.ok:
            return self.tr("error")
        return {
            NEW: self.tr("new"),
            UPDATE: self.tr("updated"),
            SAME: self.tr("unchanged"),
        }.get(row.action or "", "")

    def _cells(self, row: ImportRow) -> list[str]:
        f = row.fields
        if self.kind == CATALOGUE:
            isbn = f.get("isbn")
            return [
                f.get("title") or "",
                "; ".join(f.get("authors") or []),
                str(f.get("year") or ""),
                format_isbn(isbn) if isbn else "",
                str(row.copies),
                "; ".join(row.barcodes),
            ]
        return [
            f.get("card_number") or self.tr("(new)"),
            f.get("surname") or "",
            f.get("given_name") or "",
            f.get("patronymic") or "",
            str(f.get("birth_year") or ""),
            f.get("phone") or "",
            day_text(f.get("consent_on"), empty=""),
        ]

    def _fill_table(self, rows: list[ImportRow], unit: str) -> None:
        number = self.tr("Line") if unit == "line" else self.tr("Record")
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(number))
        self.table.setRowCount(len(rows))
        red = QBrush(QColor(ERROR_COLOUR))
        for index, row in enumerate(rows):
            values = [str(row.number), self._action(row), *self._cells(row)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not row.ok:
                    item.setForeground(red)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def _fill_problems(self, report: ImportReport) -> None:
        self.problems.clear()
        for problem in sorted(report.problems, key=lambda p: (p.warning, p.number)):
            item = QListWidgetItem(problem_text(problem, report.unit, QCoreApplication.translate))
            colour = WARNING_COLOUR if problem.warning else ERROR_COLOUR
            item.setForeground(QBrush(QColor(colour)))
            self.problems.addItem(item)
        if report.more_problems:
            self.problems.addItem(
                self.tr("…and %1 more problems.").replace("%1", str(report.more_problems))
            )
