"""The Catalogue page: find records as you type (title, author, ISBN, a copy's barcode; a scanned
barcode and Enter selects its record), filter by type, hub and copy status, see a record with its
copies, and add, change or delete records and copies.

Searches and writes run on the background runner; a search answered after a newer one was asked
is dropped. Writes are announced (``changed``) and the page refreshes from ``on_data_changed``,
like every view.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mandrivna.app import Services
from mandrivna.core.catalogue import (
    COPY_STATES,
    MATERIAL_TYPES,
    SEARCH_LIMIT,
    BibRecord,
    BookCopy,
    CatalogueFilter,
    CopyLine,
    RecordHit,
)
from mandrivna.core.change import Changed
from mandrivna.ui.catalogue_names import status_name, type_name
from mandrivna.ui.copies_dialog import Acquisition, AddCopiesDialog, CopyDialog
from mandrivna.ui.error_messages import warn
from mandrivna.ui.export_dialogs import export_with_dialog
from mandrivna.ui.import_dialog import open_import_dialog
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.pages.record_detail import RecordDetail
from mandrivna.ui.pages.record_list import RecordList
from mandrivna.ui.record_dialog import RecordDialog
from mandrivna.ui.saving_dialog import SavingDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

SEARCH_DELAY_MS = 150
CATALOGUE_ENTITIES = {"bib_record", "book_copy", "loan_event"}  # loans make copies on loan


class CataloguePage(PageFrame):
    changed = Signal(object)  # Changed, from a write made on this page

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Catalogue"), parent)
        self.services, self.catalogue, self.runner = services, services.catalogue, runner
        self.hits: list[RecordHit] = []
        self.current_id: str | None = None
        self.dialog: SavingDialog | None = None
        self.question: QMessageBox | None = None
        self._search_seq = 0
        self._detail_seq = 0
        self._select_after: str | None = None
        self._copy_after: str | None = None
        self._stale = False
        settings = services.device.current()
        self.how = Acquisition(hub=settings.hub_name if settings else "")
        self._fill_body()
        self._connect()
        self._shortcuts()
        self.refresh()

    # --- layout ------------------------------------------------------------------------------
    def _fill_body(self) -> None:
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.takeAt(outer.count() - 1)  # the frame's closing stretch: the lists fill the page
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Title, author, ISBN or a copy's barcode"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Ctrl+F. Scan a copy's barcode to find its record."))
        self.search.installEventFilter(self)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for code in MATERIAL_TYPES:
            self.type_filter.addItem(type_name(code), code)
        self.hub_filter = QComboBox()
        self.hub_filter.addItem(self.tr("All hubs"), None)
        self.hub_filter.setMinimumContentsLength(14)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any copy status"), None)
        for code in COPY_STATES:  # on loan as the loans say, with what a status marks
            self.status_filter.addItem(status_name(code), code)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for label, combo in (
            (self.tr("Type:"), self.type_filter),
            (self.tr("Hub:"), self.hub_filter),
            (self.tr("Copies:"), self.status_filter),
        ):
            row.addSpacing(8)
            caption = QLabel(label)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
        self.body.addLayout(row)

        self.found = QLabel()
        self.totals = QLabel()
        self.totals.setStyleSheet("color: #555")
        self.new_button = QPushButton(self.tr("New record…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        row = QHBoxLayout()
        row.addWidget(self.found)
        row.addSpacing(16)
        row.addWidget(self.totals)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        self.body.addLayout(row)

        self.results = RecordList()
        self.detail = RecordDetail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 300])
        self.body.addWidget(self.splitter, 1)
        outer.setStretchFactor(self.body, 1)
        chain = [
            self.search,
            self.type_filter,
            self.hub_filter,
            self.status_filter,
            self.results,
            self.detail.edit_button,
            self.detail.delete_button,
            self.detail.table,
            self.detail.add_button,
            self.detail.edit_copy_button,
            self.detail.delete_copy_button,
            self.new_button,
            self.import_button,
            self.export_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(lambda: self.search_now(scan=True))
        for combo in (self.type_filter, self.hub_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.search_now())
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.results.activated.connect(lambda _i: self.edit_record())
        self.detail.table.activated.connect(lambda _i: self.edit_copy())
        self.detail.edit_button.clicked.connect(self.edit_record)
        self.detail.delete_button.clicked.connect(self.delete_record)
        self.detail.add_button.clicked.connect(self.add_copies)
        self.detail.edit_copy_button.clicked.connect(self.edit_copy)
        self.detail.delete_copy_button.clicked.connect(self.delete_copy)
        self.new_button.clicked.connect(self.new_record)
        self.import_button.clicked.connect(self.import_catalogue)
        self.export_button.clicked.connect(self.export_catalogue)

    def _shortcuts(self) -> None:
        for keys, action in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+N", self.new_record),
            ("Ctrl+E", self.edit_record),
            ("Ctrl+Shift+N", self.add_copies),
        ):
            QShortcut(QKeySequence(keys), self, action)
        for table, action in (
            (self.results, self.delete_record),
            (self.detail.table, self.delete_copy),
        ):
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table, action)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # the list that has the focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down goes to the results and Escape empties the box."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.results.rowCount():
                self.results.setFocus()
                if not self.results.selectionModel().hasSelection():
                    self.results.selectRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Search again, keeping the chosen record, and update the totals and hubs."""
        self._stale = False
        self.search_now()
        catalogue = self.catalogue
        PageOp(self, lambda: (catalogue.counts(), catalogue.hubs())).done(self._show_totals).run()

    def on_data_changed(self, changed: Changed) -> None:
        if not CATALOGUE_ENTITIES & set(changed.entities):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def filters(self) -> CatalogueFilter:
        return CatalogueFilter(
            material_type=self.type_filter.currentData(),
            hub=self.hub_filter.currentData(),
            status=self.status_filter.currentData(),
        )

    def search_now(self, scan: bool = False) -> None:
        """Search at once. With ``scan`` (Enter in the box), a copy's barcode selects its record,
        whatever the filters."""
        self.debounce.stop()
        self._search_seq += 1
        seq, typed, filters = self._search_seq, self.search.text(), self.filters()
        catalogue = self.catalogue

        def job() -> tuple[BookCopy | None, list[RecordHit], bool]:
            copy = catalogue.copy_by_barcode(typed) if scan and typed.strip() else None
            hits = catalogue.search(typed, filters)
            if copy is not None and all(h.record.id != copy.record_id for h in hits):
                return copy, catalogue.search(typed), True
            return copy, hits, False

        PageOp(self, job).done(lambda result: self._found(seq, scan, *result)).run()

    def _found(
        self, seq: int, scan: bool, copy: BookCopy | None, hits: list[RecordHit], unfiltered: bool
    ) -> None:
        if seq != self._search_seq:
            return  # a newer search is under way
        if unfiltered:
            self._clear_filters()
        wanted = copy.record_id if copy else (self._select_after or self.current_id)
        self._select_after = None
        if copy is not None:
            self._copy_after = copy.id
        self._show_hits(hits)
        self.results.select_id(wanted)
        self._selection_changed()
        if scan:
            self.search.selectAll()  # the next scan replaces the text

    def _clear_filters(self) -> None:
        """Back to every type, hub and status, without a search of its own."""
        for combo in (self.type_filter, self.hub_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def _show_hits(self, hits: list[RecordHit]) -> None:
        self.hits = hits
        self.results.show_hits(hits)
        if len(hits) >= SEARCH_LIMIT:
            self.found.setText(
                self.tr("The first %1 found; type more to narrow.").replace("%1", str(SEARCH_LIMIT))
            )
        elif self.search.text().strip() or any(
            c.currentIndex() for c in (self.type_filter, self.hub_filter, self.status_filter)
        ):
            self.found.setText(self.tr("Found: %1").replace("%1", str(len(hits))))
        else:
            self.found.setText(self.tr("Last added: %1").replace("%1", str(len(hits))))

    def _show_totals(self, result: tuple[tuple[int, int], list[str]]) -> None:
        (records, copies), hubs = result
        self.totals.setText(
            self.tr("In the catalogue: %1 records, %2 copies")
            .replace("%1", str(records))
            .replace("%2", str(copies))
        )
        chosen = self.hub_filter.currentData()
        self.hub_filter.blockSignals(True)
        while self.hub_filter.count() > 1:
            self.hub_filter.removeItem(1)
        for hub in hubs:
            self.hub_filter.addItem(hub, hub)
        if chosen and chosen not in hubs:
            self.hub_filter.addItem(chosen, chosen)  # still filtering by it
        self.hub_filter.setCurrentIndex(max(self.hub_filter.findData(chosen), 0))
        self.hub_filter.blockSignals(False)

    def _selection_changed(self) -> None:
        self.current_id = self.results.selected_id()
        self.load_detail()

    def load_detail(self) -> None:
        self._detail_seq += 1
        seq, record_id, catalogue = self._detail_seq, self.current_id, self.catalogue
        if record_id is None:
            self.detail.clear()
            return
        copy_id, self._copy_after = self._copy_after, None

        def shown(result: tuple[BibRecord, list[CopyLine]]) -> None:
            if seq == self._detail_seq:
                self.detail.show_record(*result, copy_id=copy_id)

        def gone(exc: BaseException) -> None:
            if seq == self._detail_seq:
                self.detail.clear()

        PageOp(
            self, lambda: (catalogue.get_record(record_id), catalogue.copy_lines(record_id))
        ).done(shown).failed(gone).run()

    def current_record(self) -> BibRecord | None:
        """The chosen record: as shown below the list, or as found while that still loads."""
        if self.detail.record is not None and self.detail.record.id == self.current_id:
            return self.detail.record
        return next((h.record for h in self.hits if h.record.id == self.current_id), None)

    def say(self, text: str, error: bool = False) -> None:
        """The page has no message line: a refusal is shown in a message box."""
        if error:
            warn(self, text)
        else:
            self.inform(text)

    # --- writing -----------------------------------------------------------------------------
    def _open(self, dialog: SavingDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def new_record(self) -> None:
        dialog = RecordDialog(self.catalogue, self.runner, parent=self)
        dialog.saved.connect(self._record_created)
        self._open(dialog)

    def _record_created(self, result: tuple[str, Changed]) -> None:
        record_id, changed = result
        assert isinstance(self.dialog, RecordDialog)
        title = self.dialog.title.text().strip()
        self._clear_filters()
        self.search.setText(title)  # the new record is shown among those of its title
        self._select_after = record_id
        self.announce(changed)

    def edit_record(self) -> None:
        record = self.current_record()
        if record is None:
            return
        dialog = RecordDialog(self.catalogue, self.runner, record, parent=self)
        dialog.saved.connect(self._record_saved)
        self._open(dialog)

    def _record_saved(self, result: tuple[str, Changed]) -> None:
        record_id, changed = result
        self._select_after = record_id
        self.announce(changed)

    def delete_record(self) -> None:
        record = self.current_record()
        if record is None:
            return
        copies = next((h.copies for h in self.hits if h.record.id == record.id), 0)
        text = self.tr("Delete the record «%1»?").replace("%1", record.title or "")
        if copies:
            text += " " + self.tr("Its %1 copies are deleted too.").replace("%1", str(copies))
        record_id, catalogue = record.id, self.catalogue
        self.ask(
            text,
            self.tr("Delete"),
            lambda: PageOp(self, lambda: catalogue.delete_record(record_id)).run(),
        )

    def add_copies(self) -> None:
        record = self.current_record()
        if record is None:
            return
        how = dataclasses.replace(self.how, acquired_on=self.how.acquired_on or dt.date.today())
        dialog = AddCopiesDialog(
            self.catalogue,
            self.runner,
            record.id,
            record.title or "",
            self._known_hubs(),
            how,
            parent=self,
        )
        dialog.saved.connect(lambda result: self._copies_added(dialog, result))
        self._open(dialog)

    def _copies_added(self, dialog: AddCopiesDialog, result: tuple[list[str], Changed]) -> None:
        ids, changed = result
        self.how = dialog.acquisition_now()  # the next copies most likely came the same way
        self._copy_after = ids[-1] if ids else None
        self.announce(changed)

    def edit_copy(self) -> None:
        line = self.detail.current_line()
        if line is None:
            return
        dialog = CopyDialog(self.catalogue, self.runner, line, self._known_hubs(), parent=self)
        copy_id = line.copy.id

        def saved(changed: Changed) -> None:
            self._copy_after = copy_id
            self.announce(changed)

        dialog.saved.connect(saved)
        self._open(dialog)

    def delete_copy(self) -> None:
        copy = self.detail.current_copy()
        if copy is None:
            return
        copy_id, catalogue = copy.id, self.catalogue
        self.ask(
            self.tr("Delete the copy %1?").replace("%1", copy.barcode or ""),
            self.tr("Delete"),
            lambda: PageOp(self, lambda: catalogue.delete_copy(copy_id)).run(),
        )

    def _known_hubs(self) -> list[str]:
        hubs = [self.hub_filter.itemText(i) for i in range(1, self.hub_filter.count())]
        if self.how.hub and self.how.hub not in hubs:
            hubs.insert(0, self.how.hub)
        return hubs

    def ask(self, text: str, yes: str, on_yes: Any) -> None:
        """A question with a safe default (Cancel); ``on_yes`` runs only if confirmed."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Catalogue"), text, parent=self)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: on_yes() if box.clickedButton() is confirm else None)
        self.question = box
        box.open()

    # --- import and export (dialogs of their own) --------------------------------------------
    def import_catalogue(self) -> None:
        changed = open_import_dialog(self, self.services, self.runner, "catalogue")
        if changed:
            self.announce(changed)

    def export_catalogue(self) -> None:
        export_with_dialog(self, self.services, "catalogue")

    def inform(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Catalogue"), text, parent=self)
        self.question = box
        box.open()
