"""Readers (ЄРК): find a reader as you type or by scanning a card (a misspelt name still finds
them, set apart under «Did you mean»; nothing found offers to register the name typed), see
everything about them and what they did (loans, visits, events, courses, blocks), and register,
edit, re-register, block, print a card, delete or take them to the desk — all from the keyboard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.reader import Reader, ReaderMatches
from mandrivna.ui.counts import grouped
from mandrivna.ui.empty_state import EmptyState
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages import reader_files
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.pages.reader_actions_panel import ReaderActionsPanel
from mandrivna.ui.reader_activity_tabs import ReaderActivityTabs
from mandrivna.ui.reader_results import ReaderResults
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from mandrivna.app import Services
    from mandrivna.core.reader_activity import ReaderActivity
    from mandrivna.services.first_view import FirstView
    from mandrivna.services.reader_service import ReaderService

SEARCH_DELAY_MS = 150


class ReadersPage(PageFrame):
    changed = Signal(object)  # Changed, for the main window to announce
    to_desk = Signal(object)  # Reader: serve this reader at the lending desk

    def __init__(
        self,
        readers: ReaderService | Callable[[], ReaderService],
        runner: TaskRunner | ImmediateRunner,
        library_name: str = "",
        parent: QWidget | None = None,
        services: Services | None = None,
        first_view: FirstView | None = None,
    ) -> None:
        """``readers``: the service, or how to make it when first used; ``first_view``: the
        list before anything is typed read without it (a start draws this page before the
        readers' service and SQLAlchemy are imported)."""
        super().__init__(self.tr("Readers"), parent, fill=True)
        self._readers, self.runner, self.library_name = readers, runner, library_name
        self.services = services  # for the import and export dialogs
        self.first_view = first_view
        self.results: list[Reader] = []
        self.similar: list[Reader] = []
        self.current: Reader | None = None
        self._generation = 0
        self._select_after: str | None = None
        self._message_for: str | None = None  # the reader the message is about
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Name, card number or phone — or scan a card (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New reader (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_all_button = QPushButton(self.tr("Export…"))
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555")
        self.table = ReaderResults()
        self.register_typed_button = QPushButton()
        self.register_typed_button.hide()
        self.activity = ReaderActivityTabs()
        self.empty = EmptyState(
            self.table,
            self.tr(
                "No readers to show. Type a name, card or phone above, or register a new "
                "reader with «New reader» (Ctrl+N)."
            ),
        )
        self.panel = panel = ReaderActionsPanel()
        self.detail, self.message = panel.detail, panel.message
        self.desk_button, self.edit_button = panel.desk_button, panel.edit_button
        self.reregister_button, self.block_button = panel.reregister_button, panel.block_button
        self.print_button, self.export_button = panel.print_button, panel.export_button
        self.delete_button = panel.delete_button
        self._layout()
        self._connect()
        self._show_detail(None)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        if self.services is not None:
            top.addWidget(self.import_button)
            top.addWidget(self.export_all_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 3)
        left.addWidget(self.register_typed_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.count_label)
        left.addWidget(self.activity, 2)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.panel)
        self.body.addLayout(row, 1)

    def _connect(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.scan_or_open)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_reader())
        self.new_button.clicked.connect(lambda: self.new_reader())
        self.register_typed_button.clicked.connect(self.register_typed)
        self.desk_button.clicked.connect(self.serve_at_desk)
        self.import_button.clicked.connect(self.import_readers)
        self.export_all_button.clicked.connect(self.export_readers)
        self.edit_button.clicked.connect(self.edit_reader)
        self.reregister_button.clicked.connect(self.reregister)
        self.block_button.clicked.connect(self.toggle_block)
        self.print_button.clicked.connect(self.print_card)
        self.delete_button.clicked.connect(self.delete_reader)
        self.export_button.clicked.connect(self.export_personal_data)
        self.add_shortcuts(
            (
                ("Ctrl+F", self.focus_search),
                ("Ctrl+N", self.new_reader),
                ("Ctrl+E", self.edit_reader),
                ("Ctrl+R", self.reregister),
                ("Ctrl+P", self.print_card),
                ("Ctrl+D", self.serve_at_desk),
            )
        )

    @property
    def readers(self) -> ReaderService:
        if callable(self._readers):
            self._readers = self._readers()
        return self._readers

    def _today(self) -> dt.date:
        """The service's today; before the service is made, the first view's (the same rule)."""
        if callable(self._readers) and self.first_view is not None:
            return self.first_view.today()
        return self.readers.today()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # search ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the search for what is typed now; older answers still on their way are dropped."""
        self._timer.stop()
        typed = self.search.text()
        self._generation += 1
        generation = self._generation
        PageOp(self, lambda: self._find(typed)).done(
            lambda found: self._show_results(found, generation)
        ).run()

    def _find(self, typed: str) -> tuple[ReaderMatches, int]:
        """The readers matching what is typed, and how many readers there are."""
        if self.first_view is not None and not typed.strip():
            newest = self.first_view.readers()
            if newest is not None:
                return newest
        return self.readers.find(typed), self.readers.count()

    def _show_results(self, found: tuple[ReaderMatches, int], generation: int) -> None:
        if generation != self._generation:
            return
        matches, total = found
        self.results, self.similar = matches.found, matches.similar
        keep = self._select_after or (self.current.id if self.current else None)
        self._select_after = None
        self.table.show_matches(matches)
        typed = self.search.text().strip()
        self.register_typed_button.setVisible(bool(typed) and not self.results)
        self.register_typed_button.setText(
            self.tr("Register a new reader «{name}»").format(name=typed)
        )
        text = self.tr("Found: {found}. Readers registered: {total}.").format(
            found=grouped(len(self.results)), total=grouped(total)
        )
        if matches.similar:
            text += " " + self.tr("Similar names: {n}.").format(n=len(matches.similar))
        self.count_label.setText(text)
        chosen = self.table.row_of(keep)
        if chosen is None and self.results and typed:
            chosen = 0
        if chosen is not None:
            self.table.selectRow(chosen)
            reader = self.table.reader_at(chosen)  # fresh data even if the row stays selected
            self._show_detail(reader)
        else:
            self.table.clearSelection()
            self._show_detail(None)

    def scan_or_open(self) -> None:
        """Enter in the search box: a scanned or typed card opens that reader at once."""
        typed = self.search.text().strip()
        if not typed:
            return
        PageOp(self, lambda: self.readers.by_card(typed)).done(self._scanned).run()

    def _scanned(self, reader: Reader | None) -> None:
        if reader is None:
            self.refresh()
            if self.table.first_reader_row() is not None:
                self.table.setFocus()
                if not self.table.selectionModel().selectedRows():
                    self.table.selectRow(self.table.first_reader_row() or 0)
            elif self.register_typed_button.isVisible():
                self.register_typed_button.setFocus()
            return
        self._generation += 1  # a search typed before the scan must not replace this
        self._show_results((ReaderMatches([reader]), self.readers.count()), self._generation)
        self.table.selectRow(0)
        self._show_detail(reader)
        self.search.selectAll()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        reader = self.table.reader_at(rows[0].row()) if rows else None
        self._show_detail(reader)

    def _show_detail(self, reader: Reader | None) -> None:
        shown = reader.id if reader else None
        if shown != self._message_for:  # a message is about the reader it was said for
            self.message.say("")
            self._message_for = shown
        if reader is None or self.current is None or self.current.id != reader.id:
            self.activity.show_activity(None, "")
        self.current = reader
        if reader is not None:
            PageOp(self, lambda: self.readers.activity(reader.id)).done(
                lambda activity: self._show_activity(reader.id, activity)
            ).run()
        self.panel.show_reader(reader, self._today().year)

    def _show_activity(self, reader_id: str, activity: ReaderActivity) -> None:
        if self.current is not None and self.current.id == reader_id:
            self.activity.show_activity(activity, self.readers.today().isoformat())

    def serve_at_desk(self) -> None:
        """Take the selected reader to the lending desk, as if their card was scanned there."""
        if self.current is not None:
            self.to_desk.emit(self.current)

    # writes ----------------------------------------------------------------------------
    def on_data_changed(self, changed: Changed) -> None:
        if "reader" in changed.entities:
            self.refresh()

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def _written(self, note: str, select: str | None = None) -> None:
        self.say(note)
        self._message_for = select
        self._select_after = select
        self.refresh()

    def import_readers(self) -> None:
        if self.services is None:
            return
        from mandrivna.ui.import_dialog import open_import_dialog  # not at the app's start

        changed = open_import_dialog(self, self.services, self.runner, "readers")
        if changed:
            self._written(self.tr("Imported."))
            self.announce(changed)

    def export_readers(self) -> None:
        if self.services is not None:
            from mandrivna.ui.export_dialogs import export_with_dialog  # not at the app's start

            export_with_dialog(self, self.services, "readers")

    def register_typed(self) -> None:
        """Register a new reader with the name (or phone) typed in the search box filled in."""
        self.new_reader(self.search.text().strip())

    def new_reader(self, typed: str = "") -> None:
        from mandrivna.ui.reader_dialog import ReaderDialog  # not at the app's start

        dialog = ReaderDialog(self.readers, self.runner, None, self)
        if typed:
            dialog.prefill(typed)
        if dialog.exec() and dialog.saved_id:
            self._written(self.tr("Registered."), dialog.saved_id)
            self.announce(dialog.changed)

    def edit_reader(self) -> None:
        if self.current is None:
            return
        from mandrivna.ui.reader_dialog import ReaderDialog  # not at the app's start

        dialog = ReaderDialog(self.readers, self.runner, self.current, self)
        if dialog.exec():
            self._written(self.tr("Saved."), self.current.id)
            if dialog.changed is not None:
                self.announce(dialog.changed)

    def reregister(self) -> None:
        reader = self.current
        if reader is None or not self.reregister_button.isEnabled():
            return
        PageOp(self, lambda: self.readers.reregister(reader.id)).done(
            lambda _c: self._written(self.tr("Re-registered."), reader.id)
        ).run()

    def toggle_block(self) -> None:
        reader = self.current
        if reader is None:
            return
        if reader.blocked:
            PageOp(self, lambda: self.readers.unblock(reader.id)).done(
                lambda _c: self._written(self.tr("Unblocked."), reader.id)
            ).run()
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Block reader"), self.tr("Why is the reader blocked?")
        )
        if not ok:
            return
        PageOp(self, lambda: self.readers.block(reader.id, reason)).done(
            lambda _c: self._written(self.tr("Blocked."), reader.id)
        ).run()

    def delete_reader(self) -> None:
        reader = self.current
        if reader is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete reader"),
            self.tr(
                "Delete {name} from the registration file? Their personal data is erased on "
                "every laptop; the anonymous counts stay in the reports."
            ).format(name=reader.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        PageOp(self, lambda: self.readers.erase(reader.id)).done(
            lambda _c: self._written(self.tr("Deleted."))
        ).run()

    def export_personal_data(self) -> None:
        """The reader's own copy of everything held about them (on request)."""
        reader = self.current
        if reader is None:
            return
        if not self.confirm_personal_export(reader):
            return
        path = self.choose_export_path(reader)
        if path is None:
            return
        PageOp(self, lambda: self.readers.export_personal_data(reader.id, path)).done(
            lambda written: self.say(reader_files.exported_text(written))
        ).run()

    def confirm_personal_export(self, reader: Reader) -> bool:
        return reader_files.confirm_personal_export(self, reader)

    def choose_export_path(self, reader: Reader) -> Path | None:
        return reader_files.ask_export_path(self, reader)

    def print_card(self) -> None:
        reader = self.current
        if reader is None or not reader.card_number:
            return
        path = reader_files.ask_card_path(self, reader)
        if path is not None:
            self.write_card(reader, path)

    def write_card(self, reader: Reader, path: Path) -> None:
        self.say(*reader_files.write_card(reader, path, self.library_name))
