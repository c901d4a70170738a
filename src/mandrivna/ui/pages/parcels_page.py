"""Parcels of donated books: the list of parcels by status and, for the chosen one, its contents.
While a parcel is formed, copies are added by scanning their barcodes (a keyboard-wedge scanner
types the code and Enter) and uncatalogued books as a title with a quantity; then it is sent with
the carrier's waybill, its receipt confirmed at the hub, and its packing list printed to PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.parcel import (
    FORMED,
    MAX_QUANTITY,
    SENT,
    ParcelDetail,
    ParcelLine,
    ParcelSummary,
    short_number,
)
from mandrivna.services.parcel_service import ParcelService
from mandrivna.ui.error_messages import show_error, user_text
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.parcel_detail_panel import ParcelDetailPanel
from mandrivna.ui.parcel_list_panel import ParcelListPanel
from mandrivna.ui.send_parcel_dialog import SendParcelDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

PARCEL_ENTITIES = {"parcel", "parcel_item", "book_copy", "bib_record", "loan_event"}


class ParcelsPage(PageFrame):
    changed = Signal(object)  # Changed, for the main window to announce

    def __init__(
        self,
        parcels: ParcelService,
        runner: TaskRunner | ImmediateRunner,
        library_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Parcels"), parent, fill=True)
        self.parcels, self.runner, self.library_name = parcels, runner, library_name
        self.detail: ParcelDetail | None = None
        self.current_id: str | None = None
        self._generation = 0
        self.list_panel = ParcelListPanel()
        self.status_filter, self.new_button = (
            self.list_panel.status_filter,
            self.list_panel.new_button,
        )
        self.table, self.empty = self.list_panel.table, self.list_panel.empty
        self.count_label = self.list_panel.count_label
        self.detail_panel = panel = ParcelDetailPanel(parcels, runner)
        self.heading, self.facts, self.lines, self.message = (
            panel.heading,
            panel.facts,
            panel.lines,
            panel.message,
        )
        self.scan, self.titles, self.title_search = panel.scan, panel.titles, panel.title_search
        self.quantity, self.title_results = panel.quantity, panel.title_results
        self.remove_button, self.quantity_button = panel.remove_button, panel.quantity_button
        self.send_button, self.receive_button = panel.send_button, panel.receive_button
        self.print_button, self.delete_button = panel.print_button, panel.delete_button
        row = QHBoxLayout()
        row.addWidget(self.list_panel)
        row.addWidget(self.detail_panel, 1)
        self.body.addLayout(row, 1)
        self._connect()
        self._show_detail(None)
        self.refresh()

    def _connect(self) -> None:
        self.titles.add_requested.connect(self.add_title)
        self.titles.said.connect(self.say)
        self.scan.returnPressed.connect(self.add_scanned)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.lines.activated.connect(lambda _index: self.change_quantity())
        self.new_button.clicked.connect(self.new_parcel)
        self.remove_button.clicked.connect(self.remove_line)
        self.quantity_button.clicked.connect(self.change_quantity)
        self.send_button.clicked.connect(self.send)
        self.receive_button.clicked.connect(self.confirm_receipt)
        self.print_button.clicked.connect(self.print_packing_list)
        self.delete_button.clicked.connect(self.delete_parcel)
        self.add_shortcuts(
            (
                ("Ctrl+N", self.new_parcel),
                ("Ctrl+B", self.focus_scan),
                ("Ctrl+T", self.focus_title),
                ("Ctrl+P", self.print_packing_list),
            )
        )
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.lines)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_line)

    def focus_scan(self) -> None:
        if self.scan.isEnabled():
            self.scan.setFocus()
            self.scan.selectAll()

    def focus_title(self) -> None:
        self.titles.focus_search()

    # --- the list of parcels -------------------------------------------------------------------
    def refresh(self) -> None:
        status = self.status_filter.currentData()
        self._generation += 1
        generation = self._generation
        PageOp(self, lambda: self.parcels.parcels(status)).done(
            lambda found: self._show_list(found, generation)
        ).failed(lambda exc: show_error(self, exc)).run()

    def _show_list(self, found: list[ParcelSummary], generation: int) -> None:
        if generation != self._generation:
            return
        self.list_panel.show_list(found, self.current_id)
        ids = [s.parcel.id for s in found]
        self.load_detail(self.current_id if self.current_id in ids else None)

    @property
    def summaries(self) -> list[ParcelSummary]:
        """The parcels listed, top to bottom."""
        return self.list_panel.summaries

    def _selection_changed(self) -> None:
        chosen = self.list_panel.chosen_id()
        if chosen != self.current_id:
            self.message.clear()
            self.titles.reset()
        self.load_detail(chosen)

    def on_data_changed(self, changed: Changed) -> None:
        if PARCEL_ENTITIES & set(changed.entities):
            self.refresh()

    # --- one parcel ----------------------------------------------------------------------------
    def load_detail(self, parcel_id: str | None) -> None:
        self.current_id = parcel_id
        if parcel_id is None:
            self._show_detail(None)
            return
        PageOp(self, lambda: self.parcels.detail(parcel_id)).done(self._show_detail).run()

    def _show_detail(self, detail: ParcelDetail | None) -> None:
        if detail is not None and detail.parcel.id != self.current_id:
            return  # an answer for a parcel no longer chosen
        self.detail = detail
        self.detail_panel.show_parcel(detail)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def _written(self, note: str) -> None:
        self.say(note)
        self.refresh()

    # --- forming -------------------------------------------------------------------------------
    def new_parcel(self) -> None:
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("New parcel"))
        ask.setLabelText(self.tr("Which hub does the parcel go to?"))
        ask.setComboBoxItems(self.parcels.hubs())
        ask.setComboBoxEditable(True)
        ask.setTextValue("")
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        hub = ask.textValue()

        def formed(result: tuple[str, Changed]) -> None:
            self.current_id = result[0]
            if self.status_filter.currentData() not in (None, FORMED):
                self.status_filter.setCurrentIndex(0)
            self._written(self.tr("Parcel formed. Scan the copies that go in it."))
            self.focus_scan()

        PageOp(self, lambda: self.parcels.form(hub)).done(formed).run()

    def add_scanned(self) -> None:
        """Enter in the scan field: the scanned copy goes in the parcel; the field is cleared for
        the next scan whatever happened, and a refusal says why."""
        typed = self.scan.text().strip()
        parcel_id = self.current_id
        self.scan.clear()
        if not typed or parcel_id is None:
            return

        def refused(exc: BaseException) -> None:
            QApplication.beep()
            self.say(user_text(exc), error=True)

        PageOp(self, lambda: self.parcels.add_copy(parcel_id, typed)).done(
            lambda result: self._written(self.tr("Added {code}.").format(code=result[0].barcode))
        ).failed(refused).run()

    def add_title(self) -> None:
        record = self.titles.chosen()
        parcel_id = self.current_id
        if parcel_id is None or record is None:
            self.say(self.tr("Find the title first, then choose it in the list."), error=True)
            return
        quantity = self.quantity.value()

        def added(_changed: Changed) -> None:
            self._written(
                self.tr("Added {count} × {title}.").format(count=quantity, title=record.title)
            )
            self.titles.reset()
            self.focus_title()

        PageOp(self, lambda: self.parcels.add_title(parcel_id, record.id, quantity)).done(
            added
        ).run()

    def _current_line(self) -> ParcelLine | None:
        rows = self.lines.selectionModel().selectedRows()
        if self.detail is None or not rows:
            return None
        return self.detail.lines[rows[0].row()]

    def remove_line(self) -> None:
        line = self._current_line()
        if line is None or not self.remove_button.isEnabled():
            return
        PageOp(self, lambda: self.parcels.remove_item(line.item_id)).done(
            lambda _c: self._written(self.tr("Line removed."))
        ).run()

    def change_quantity(self) -> None:
        line = self._current_line()
        if line is None or not self.quantity_button.isEnabled():
            return
        if line.copy_id is not None:
            self.say(self.tr("A scanned copy is one book; scan each copy that goes."), error=True)
            return
        quantity, ok = QInputDialog.getInt(
            self,
            self.tr("Quantity"),
            self.tr("How many books of «{title}»?").format(title=line.title or ""),
            line.quantity,
            1,
            MAX_QUANTITY,
        )
        if not ok:
            return
        PageOp(self, lambda: self.parcels.set_quantity(line.item_id, quantity)).done(
            lambda _c: self._written(self.tr("Quantity changed."))
        ).run()

    def delete_parcel(self) -> None:
        detail = self.detail
        if detail is None or detail.parcel.status != FORMED:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete parcel"),
            self.tr(
                "Delete parcel {number}? Its books stay in the catalogue where they are."
            ).format(number=short_number(detail.parcel.id)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.current_id = None
        PageOp(self, lambda: self.parcels.delete(detail.parcel.id)).done(
            lambda _c: self._written(self.tr("Parcel deleted."))
        ).run()

    # --- sending, receiving, printing ----------------------------------------------------------
    def ask_send(self, detail: ParcelDetail) -> tuple[str, dt.date] | None:
        """The waybill and sending date, or None if the librarian cancelled."""
        dialog = SendParcelDialog(
            short_number(detail.parcel.id),
            detail.parcel.destination_hub or "",
            self.parcels.today(),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def send(self) -> None:
        detail = self.detail
        if detail is None or detail.parcel.status != FORMED:
            return
        answer = self.ask_send(detail)
        if answer is None:
            return
        waybill, sent_on = answer
        PageOp(self, lambda: self.parcels.send(detail.parcel.id, waybill, sent_on)).done(
            lambda _c: self._written(
                self.tr("Sent. Its copies are in transit until the hub confirms receipt.")
            )
        ).run()

    def confirm_receipt(self) -> None:
        detail = self.detail
        if detail is None or detail.parcel.status != SENT:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Confirm receipt"),
            self.tr(
                "Did parcel {number} arrive at {hub}? Its copies will be recorded at {hub} and "
                "available for lending."
            ).format(number=short_number(detail.parcel.id), hub=detail.parcel.destination_hub),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        PageOp(self, lambda: self.parcels.confirm_received(detail.parcel.id)).done(
            lambda _c: self._written(
                self.tr("Receipt confirmed: the copies are now at {hub}.").format(
                    hub=detail.parcel.destination_hub
                )
            )
        ).run()

    def print_packing_list(self) -> None:
        if self.detail is None:
            return
        name = f"packing-list-{short_number(self.detail.parcel.id)}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the packing list"),
            str(Path.home() / name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.write_packing_list(Path(path))

    def write_packing_list(self, path: Path) -> None:
        from mandrivna.ui.printing.packing_list_pdf import write_packing_list

        if self.detail is None:
            return
        try:
            write_packing_list(path, self.detail, self.library_name)
        except OSError as exc:
            self.say(
                self.tr("The packing list could not be saved: {error}").format(
                    error=exc.strerror or exc
                ),
                error=True,
            )
            return
        self.say(self.tr("The packing list was saved to {path}.").format(path=path))
