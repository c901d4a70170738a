"""The import dialog: choose a catalogue file (MARC, CSV, XLSX) or a readers' file (CSV, XLSX),
see what was detected (MARC flavour, encoding) and change it, look at the first rows as they would
go in and at every problem by its line or record number, then import. Import stays disabled while
the file has errors. Reading and importing run on the background runner with progress.

``open_import_dialog`` shows it and returns what the import changed (for the main window to
announce), or None if nothing was imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.app import Services
from mandrivna.core.catalogue import format_isbn
from mandrivna.core.change import Changed
from mandrivna.core.import_rows import ImportRow
from mandrivna.services.catalogue_import import CatalogueImport
from mandrivna.services.import_report import (
    NEW,
    SAME,
    UPDATE,
    ImportRefusedError,
    ImportReport,
    problem_text,
)
from mandrivna.services.reader_import import ReaderImport
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

CATALOGUE = "catalogue"
READERS = "readers"
ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
NAMES = {"iso2709": "ISO 2709", "marcxml": "MARCXML", "csv": "CSV", "xlsx": "XLSX"}
NAMES |= {"marc21": "MARC21", "unimarc": "UNIMARC", "utf-8": "UTF-8", "cp1251": "Windows-1251"}
DIALOG_SIZE = (1100, 680)


class ImportDialog(QDialog):
    imported = Signal(object)  # Changed

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | ImmediateRunner,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.runner = kind, runner
        self.importer: CatalogueImport | ReaderImport = (
            CatalogueImport(services.db) if kind == CATALOGUE else ReaderImport(services.db)
        )
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.changed: Changed | None = None
        self.busy = False
        self.importing = False
        self._job = 0  # answers of an older preview (another file or choice) are dropped
        if kind == CATALOGUE:
            self.setWindowTitle(self.tr("Import into the catalogue"))
        else:
            self.setWindowTitle(self.tr("Import readers"))
        self.resize(*DIALOG_SIZE)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addLayout(self._file_row())
        layout.addLayout(self._options_row())
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        layout.addWidget(self.detected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        preview_label = QLabel(self.tr("P&review (the first 200 rows):"))
        self.table = self._make_table()
        preview_label.setBuddy(self.table)
        layout.addWidget(preview_label)
        layout.addWidget(self.table, 3)
        problems_label = QLabel(self.tr("&Problems:"))
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        problems_label.setBuddy(self.problems)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = MessageLine()
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons_row())
        self._update_buttons()
        self.choose_button.setFocus()

    # --- layout ------------------------------------------------------------------------------
    def _intro(self) -> QLabel:
        if self.kind == CATALOGUE:
            text = self.tr(
                "Choose a MARC file (ISO 2709 .mrc or .iso, MARCXML .xml; MARC21 or UNIMARC) or a "
                "table (.csv or .xlsx in the catalogue template). Records already in the "
                "catalogue are updated, not added twice. Either the whole file goes in, or "
                "nothing does."
            )
        else:
            text = self.tr(
                "Choose a table of readers (.csv or .xlsx in the readers' template). Every reader "
                "needs consent to personal-data processing. A card number already registered "
                "updates that reader. Either the whole file goes in, or nothing does."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        return intro

    def _file_row(self) -> QHBoxLayout:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        return row

    def _options_row(self) -> QHBoxLayout:
        self.flavour = QComboBox()
        self.flavour.addItem(self.tr("Automatic"), None)
        self.flavour.addItem("MARC21", "marc21")
        self.flavour.addItem("UNIMARC (УКРМАРК)", "unimarc")
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Automatic"), None)
        self.encoding.addItem("UTF-8", "utf-8")
        self.encoding.addItem("Windows-1251", "cp1251")
        self.flavour_label = QLabel(self.tr("MARC fla&vour:"))
        self.flavour_label.setBuddy(self.flavour)
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding)
        for combo in (self.flavour, self.encoding):
            combo.setMinimumWidth(200)
            combo.activated.connect(lambda _index: self.start_preview())
        row = QHBoxLayout()
        row.addWidget(self.flavour_label)
        row.addWidget(self.flavour)
        row.addSpacing(16)
        row.addWidget(self.encoding_label)
        row.addWidget(self.encoding)
        row.addStretch(1)
        self._show_options(None)
        return row

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

    def _buttons_row(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        return row

    def _show_options(self, source_format: str | None) -> None:
        marc = source_format in ("iso2709", "marcxml")
        self.flavour.setVisible(marc)
        self.flavour_label.setVisible(marc)
        text = source_format in ("iso2709", "marcxml", "csv")
        self.encoding.setVisible(text)
        self.encoding_label.setVisible(text)

    def _update_buttons(self) -> None:
        ready = (
            self.report is not None
            and self.report.ok
            and self.report.read > 0
            and not self.busy
            and self.changed is None
        )
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.choose_button.setEnabled(not self.importing)
        self.flavour.setEnabled(not self.busy)
        self.encoding.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.importing)

    # --- reading -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.kind == CATALOGUE:
            wanted = self.tr("Catalogue files (*.mrc *.iso *.marc *.xml *.csv *.xlsx)")
        else:
            wanted = self.tr("Tables (*.csv *.xlsx)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to import"), "", wanted)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read a new file: detection starts afresh."""
        self.path = Path(path)
        self.changed = None
        self.file_edit.setText(str(self.path))
        self.flavour.setCurrentIndex(0)
        self.encoding.setCurrentIndex(0)
        self.start_preview()

    def start_preview(self) -> None:
        if self.path is None or self.importing:
            return
        self._job += 1
        job, path = self._job, self.path
        encoding, flavour = self.encoding.currentData(), self.flavour.currentData()
        self.report = None
        self._set_busy(True, self.tr("Reading the file…"))
        self.table.setRowCount(0)
        self.problems.clear()

        def work(progress: Any) -> ImportReport:
            if isinstance(self.importer, CatalogueImport):
                return self.importer.preview(path, encoding, flavour, progress)
            return self.importer.preview(path, encoding, progress)

        PageOp(self, work).progress(lambda done, total: self._progressed(job, done, total)).done(
            lambda report: self._previewed(job, report)
        ).failed(lambda exc: self._failed(job, exc)).run()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.message.setStyleSheet("")
        self.message.setText(text)
        self._update_buttons()

    def _progressed(self, job: int, done: int, total: int) -> None:
        if job != self._job:
            return
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.message.setText(
            self.tr("Read %1 of %2…").replace("%1", str(done)).replace("%2", str(total or "?"))
        )

    def _previewed(self, job: int, report: ImportReport) -> None:
        if job != self._job:
            return
        self.report = report
        self._set_busy(False)
        self._show_report(report)
        if report.ok and report.read:
            self.message.setText(self.tr("The file is ready to import."))
            self.import_button.setFocus()
        elif report.read == 0 and report.ok:
            self.message.setText(self.tr("The file has nothing to import."))
        else:
            self._error(self.tr("Fix the problems in the file, then choose it again."))
            self.problems.setFocus()
            self.problems.setCurrentRow(0)

    def _failed(self, job: int, exc: BaseException) -> None:
        if job != self._job:
            return
        self._set_busy(False)
        self.detected.setText("")
        self.summary.setText("")
        self._error(user_text(exc))

    def _error(self, text: str) -> None:
        self.say(text, error=True)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    # --- showing a report --------------------------------------------------------------------
    def _describe_source(self, report: ImportReport) -> str:
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

    def _show_report(self, report: ImportReport) -> None:
        source = report.source
        self._show_options(source.format)
        self.flavour.setItemText(0, self._automatic(source.detected_flavour))
        self.encoding.setItemText(0, self._automatic(source.detected_encoding))
        self.detected.setText(self._describe_source(report))
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

    def _automatic(self, detected: str | None) -> str:
        if detected is None:
            return self.tr("Automatic")
        return self.tr("Automatic (%1)").replace("%1", NAMES.get(detected, detected))

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
            f.get("consent_on") or "",
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

    # --- importing ---------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.path is None or self.report is None or not self.report.ok or self.busy:
            return
        path = self.path
        encoding, flavour = self.encoding.currentData(), self.flavour.currentData()
        self.importing = True
        self._set_busy(True, self.tr("Importing…"))

        def work(progress: Any) -> ImportReport:
            if isinstance(self.importer, CatalogueImport):
                return self.importer.run(path, encoding, flavour, progress)
            return self.importer.run(path, encoding, progress)

        PageOp(self, work).progress(
            lambda done, total: self._progressed(self._job, done, total)
        ).done(self._imported).failed(self._import_failed).run()

    def _imported(self, report: ImportReport) -> None:
        self.importing = False
        self.changed = report.changed
        self.report = report
        self._set_busy(False)
        self._show_report(report)
        if self.kind == CATALOGUE:
            text = self.tr("Imported: %1 records added, %2 updated; %3 copies added.").replace(
                "%3", str(report.copies)
            )
        else:
            text = self.tr("Imported: %1 readers added, %2 updated.")
        self.message.setText(text.replace("%1", str(report.new)).replace("%2", str(report.updated)))
        self.close_button.setFocus()
        self.imported.emit(report.changed)

    def _import_failed(self, exc: BaseException) -> None:
        self.importing = False
        self._set_busy(False)
        if isinstance(exc, ImportRefusedError):
            self.report = exc.report
            self._show_report(exc.report)
        self._error(user_text(exc))
        self._update_buttons()

    def reject(self) -> None:
        if self.importing:  # the import is one transaction: it finishes, then the dialog closes
            return
        self._job += 1  # a preview still running is no longer wanted
        super().reject()


def open_import_dialog(
    parent: QWidget | None,
    services: Services,
    runner: TaskRunner | ImmediateRunner,
    kind: str,
) -> Changed | None:
    """Show the import dialog for ``kind`` ("catalogue" or "readers"); returns what the import
    changed (announce it), or None if nothing was imported."""
    dialog = ImportDialog(services, runner, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.exec()
    changed = dialog.changed
    if not dialog.busy:
        dialog.deleteLater()
    return changed
