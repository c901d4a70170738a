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

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandrivna.app import Services
from mandrivna.core.change import Changed
from mandrivna.services.catalogue_import import CatalogueImport
from mandrivna.services.import_report import (
    ImportRefusedError,
    ImportReport,
)
from mandrivna.services.reader_import import ReaderImport
from mandrivna.ui.counts import grouped
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.import_preview import NAMES, ImportPreview
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

CATALOGUE = "catalogue"
READERS = "readers"
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
        self.preview = ImportPreview(kind, self)
        self.preview.lay_out_in(layout)
        self.detected, self.summary = self.preview.detected, self.preview.summary
        self.table, self.problems = self.preview.table, self.preview.problems
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
            # «Automatic (Windows-1251)» is set after the file is read: the box grows to it
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        self.preview.clear()

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
            self.tr("Read %1 of %2…")
            .replace("%1", grouped(done))
            .replace("%2", grouped(total) if total else "?")
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
    def _show_report(self, report: ImportReport) -> None:
        source = report.source
        self._show_options(source.format)
        self.flavour.setItemText(0, self._automatic(source.detected_flavour))
        self.encoding.setItemText(0, self._automatic(source.detected_encoding))
        self.preview.show_report(report)

    def _automatic(self, detected: str | None) -> str:
        if detected is None:
            return self.tr("Automatic")
        return self.tr("Automatic (%1)").replace("%1", NAMES.get(detected, detected))

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
                "%3", grouped(report.copies)
            )
        else:
            text = self.tr("Imported: %1 readers added, %2 updated.")
        self.message.setText(
            text.replace("%1", grouped(report.new)).replace("%2", grouped(report.updated))
        )
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
