"""The Catalogue page: find records as you type (title, author, ISBN, a copy's barcode; a scanned
barcode and Enter selects its record), filter by type, hub and copy status, see a record with its
copies, and add, change or delete records and copies.

Its parts: the search bar with the filters (``catalogue_search_bar``), the list of records found
(``record_list``), the chosen record with its copies (``record_detail``) and the dialogs that write
(``catalogue_edits``); the page searches, keeps the chosen record and connects them.

Searches and writes run on the background runner; a search answered after a newer one was asked
is dropped. Writes are announced (``changed``) and the page refreshes from ``on_data_changed``,
like every view.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from mandrivna.app import Services
from mandrivna.core.catalogue import BibRecord, BookCopy, CopyLine, RecordHit
from mandrivna.core.change import Changed
from mandrivna.ui.copies_dialog import Acquisition
from mandrivna.ui.error_messages import warn
from mandrivna.ui.export_dialogs import export_with_dialog
from mandrivna.ui.import_dialog import open_import_dialog
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.catalogue_edits import CatalogueEdits
from mandrivna.ui.pages.catalogue_search_bar import CatalogueSearchBar
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.pages.record_detail import RecordDetail
from mandrivna.ui.pages.record_list import RecordList
from mandrivna.ui.saving_dialog import SavingDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

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
        self._search_seq = 0
        self._detail_seq = 0
        self._select_after: str | None = None
        self._copy_after: str | None = None
        self._stale = False
        settings = services.device.current()
        how = Acquisition(hub=settings.hub_name if settings else "")
        self.edits = CatalogueEdits(self, self.catalogue, runner, how)
        self._fill_body()
        self._connect()
        self._shortcuts()
        self.refresh()

    @property
    def dialog(self) -> SavingDialog | None:
        """The write dialog open (or last opened) on the page."""
        return self.edits.dialog

    @property
    def question(self) -> QMessageBox | None:
        """The question or notice shown last."""
        return self.edits.question

    # --- layout ------------------------------------------------------------------------------
    def _fill_body(self) -> None:
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.takeAt(outer.count() - 1)  # the frame's closing stretch: the lists fill the page
        self.bar = CatalogueSearchBar()
        bar = self.bar
        self.search, self.found, self.totals = bar.search, bar.found, bar.totals
        self.type_filter, self.hub_filter = bar.type_filter, bar.hub_filter
        self.status_filter = bar.status_filter
        self.new_button, self.import_button = bar.new_button, bar.import_button
        self.export_button = bar.export_button
        self.body.addWidget(bar)
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
            *bar.combos(),
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
        for first, second in itertools.pairwise([self.search, *chain]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.bar.wanted.connect(lambda scan: self.search_now(scan=scan))
        self.bar.down.connect(self._to_results)
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
        self.edits.changed.connect(self.announce)
        self.edits.record_added.connect(self._record_added)
        self.edits.record_chosen.connect(self._choose_after)
        self.edits.copy_chosen.connect(self._choose_copy_after)

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

    def _to_results(self) -> None:
        """Down in the search box: the results take the keyboard, the first row chosen."""
        if not self.results.rowCount():
            return
        self.results.setFocus()
        if not self.results.selectionModel().hasSelection():
            self.results.selectRow(0)

    def focus_search(self) -> None:
        self.bar.focus_search()

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

    def search_now(self, scan: bool = False) -> None:
        """Search at once. With ``scan`` (Enter in the box), a copy's barcode selects its record,
        whatever the filters."""
        self.bar.debounce.stop()
        self._search_seq += 1
        seq, typed, filters = self._search_seq, self.search.text(), self.bar.filters()
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
            self.bar.clear_filters()
        wanted = copy.record_id if copy else (self._select_after or self.current_id)
        self._select_after = None
        if copy is not None:
            self._copy_after = copy.id
        self._show_hits(hits)
        self.results.select_id(wanted)
        self._selection_changed()
        if scan:
            self.search.selectAll()  # the next scan replaces the text

    def _show_hits(self, hits: list[RecordHit]) -> None:
        self.hits = hits
        self.results.show_hits(hits)
        self.bar.show_found(len(hits))

    def _show_totals(self, result: tuple[tuple[int, int], list[str]]) -> None:
        (records, copies), hubs = result
        self.bar.show_totals(records, copies, hubs)

    def _selection_changed(self) -> None:
        self.current_id = self.results.selected_id()
        self.load_detail()

    def load_detail(self) -> None:
        self._detail_seq += 1
        seq, record_id, catalogue = self._detail_seq, self.current_id, self.catalogue
        if record_id is None:
            self.detail.clear()
            return

        def shown(result: tuple[BibRecord, list[CopyLine]]) -> None:
            if seq != self._detail_seq:
                return
            # the copy a save chose, taken by the load that shows it: not by one a later save's
            # load replaced, nor by one read before the copy was written (it keeps waiting)
            copy_id = self._copy_after
            if copy_id is not None and any(line.copy.id == copy_id for line in result[1]):
                self._copy_after = None
            else:
                copy_id = None  # the copy chosen before stays chosen
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

    # --- writing (the dialogs and questions are the edits') --------------------------------------
    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def new_record(self) -> None:
        self.edits.new_record()

    def _record_added(self, record_id: str, title: str) -> None:
        self.bar.clear_filters()
        self.search.setText(title)  # the new record is shown among those of its title
        self._select_after = record_id

    def _choose_after(self, record_id: str) -> None:
        self._select_after = record_id

    def _choose_copy_after(self, copy_id: str) -> None:
        self._copy_after = copy_id

    def edit_record(self) -> None:
        record = self.current_record()
        if record is not None:
            self.edits.edit_record(record)

    def delete_record(self) -> None:
        record = self.current_record()
        if record is not None:
            copies = next((h.copies for h in self.hits if h.record.id == record.id), 0)
            self.edits.delete_record(record, copies)

    def add_copies(self) -> None:
        record = self.current_record()
        if record is not None:
            self.edits.add_copies(record, self.bar.hubs())

    def edit_copy(self) -> None:
        line = self.detail.current_line()
        if line is not None:
            self.edits.edit_copy(line, self.bar.hubs())

    def delete_copy(self) -> None:
        copy = self.detail.current_copy()
        if copy is not None:
            self.edits.delete_copy(copy)

    # --- import and export (dialogs of their own) --------------------------------------------
    def import_catalogue(self) -> None:
        changed = open_import_dialog(self, self.services, self.runner, "catalogue")
        if changed:
            self.announce(changed)

    def export_catalogue(self) -> None:
        export_with_dialog(self, self.services, "catalogue")

    def inform(self, text: str) -> None:
        self.edits.inform(text)
