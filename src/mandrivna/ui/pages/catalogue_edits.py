"""The Catalogue page's writes: the dialogs that add and change a record or its copies, and the
questions that confirm a deletion (Cancel by default). Each write runs on the page's background
runner; what it changed is announced through the page, and the page is told which record or copy
to show once it has searched again (``record_added``, ``record_chosen``, ``copy_chosen``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mandrivna.core.catalogue import BibRecord, BookCopy, CopyLine
from mandrivna.core.change import Changed
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.ui.copies_dialog import Acquisition, AddCopiesDialog, CopyDialog
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.record_dialog import RecordDialog
from mandrivna.ui.saving_dialog import SavingDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class CatalogueEdits(QObject):
    changed = Signal(object)  # Changed, by a dialog's write (the page announces it)
    record_added = Signal(str, str)  # record id, title: a new record to show among its title's
    record_chosen = Signal(str)  # record id: show it once the page has searched again
    copy_chosen = Signal(str)  # copy id: choose it among its record's copies

    def __init__(
        self,
        page: QWidget,
        catalogue: CatalogueService,
        runner: TaskRunner | ImmediateRunner,
        how: Acquisition,
    ) -> None:
        """``page``: the dialogs' parent, and what runs the deletions (its runner, its ``say``
        and ``announce``); ``how``: how copies came to this laptop's hub."""
        super().__init__(page)
        self.page, self.catalogue, self.runner = page, catalogue, runner
        self.dialog: SavingDialog | None = None
        self.question: QMessageBox | None = None
        self.how = how  # how the last copies came: the next most likely came so too

    def _write(self, call: Callable[[], object]) -> None:
        """A write of the page's own (no dialog): the page runs it, says a refusal, announces."""
        PageOp(self.page, call).run()  # type: ignore[arg-type]  # a CataloguePage

    def _open(self, dialog: SavingDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()

    # --- records -------------------------------------------------------------------------------
    def new_record(self) -> None:
        dialog = RecordDialog(self.catalogue, self.runner, parent=self.page)
        dialog.saved.connect(lambda result: self._record_created(dialog, result))
        self._open(dialog)

    def _record_created(self, dialog: RecordDialog, result: tuple[str, Changed]) -> None:
        record_id, changed = result
        self.record_added.emit(record_id, dialog.title.text().strip())
        self.changed.emit(changed)

    def edit_record(self, record: BibRecord) -> None:
        dialog = RecordDialog(self.catalogue, self.runner, record, parent=self.page)
        dialog.saved.connect(self._record_saved)
        self._open(dialog)

    def _record_saved(self, result: tuple[str, Changed]) -> None:
        record_id, changed = result
        self.record_chosen.emit(record_id)
        self.changed.emit(changed)

    def delete_record(self, record: BibRecord, copies: int) -> None:
        """Asks first; ``copies``: how many copies go with it."""
        text = self.tr("Delete the record «%1»?").replace("%1", record.title or "")
        if copies:
            text += " " + self.tr("Its %1 copies are deleted too.").replace("%1", str(copies))
        record_id, catalogue = record.id, self.catalogue
        self.ask(
            text,
            self.tr("Delete"),
            lambda: self._write(lambda: catalogue.delete_record(record_id)),
        )

    # --- copies --------------------------------------------------------------------------------
    def add_copies(self, record: BibRecord, hubs: list[str]) -> None:
        how = dataclasses.replace(self.how, acquired_on=self.how.acquired_on or dt.date.today())
        dialog = AddCopiesDialog(
            self.catalogue,
            self.runner,
            record.id,
            record.title or "",
            self.known_hubs(hubs),
            how,
            parent=self.page,
        )
        dialog.saved.connect(lambda result: self._copies_added(dialog, result))
        self._open(dialog)

    def _copies_added(self, dialog: AddCopiesDialog, result: tuple[list[str], Changed]) -> None:
        ids, changed = result
        self.how = dialog.acquisition_now()  # the next copies most likely came the same way
        if ids:
            self.copy_chosen.emit(ids[-1])
        self.changed.emit(changed)

    def edit_copy(self, line: CopyLine, hubs: list[str]) -> None:
        dialog = CopyDialog(
            self.catalogue, self.runner, line, self.known_hubs(hubs), parent=self.page
        )
        copy_id = line.copy.id

        def saved(changed: Changed) -> None:
            self.copy_chosen.emit(copy_id)
            self.changed.emit(changed)

        dialog.saved.connect(saved)
        self._open(dialog)

    def delete_copy(self, copy: BookCopy) -> None:
        copy_id, catalogue = copy.id, self.catalogue
        self.ask(
            self.tr("Delete the copy %1?").replace("%1", copy.barcode or ""),
            self.tr("Delete"),
            lambda: self._write(lambda: catalogue.delete_copy(copy_id)),
        )

    def known_hubs(self, hubs: list[str]) -> list[str]:
        """The hubs a copy may be at: this laptop's first, then those the catalogue knows."""
        hubs = list(hubs)
        if self.how.hub and self.how.hub not in hubs:
            hubs.insert(0, self.how.hub)
        return hubs

    # --- questions and notices -----------------------------------------------------------------
    def ask(self, text: str, yes: str, on_yes: Callable[[], object]) -> None:
        """A question with a safe default (Cancel); ``on_yes`` runs only if confirmed."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Catalogue"), text, parent=self.page)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: on_yes() if box.clickedButton() is confirm else None)
        self.question = box
        box.open()

    def inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Catalogue"), text, parent=self.page
        )
        self.question = box
        box.open()
