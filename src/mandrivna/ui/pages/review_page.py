"""The review page («Перевірка»): the coordinator's queue of what the merge and the desk flagged,
filtered by hub and kind, with a decision for each item (keep, take the other value, correct the
record, dismiss); the duplicate readers to merge; and the overdue list. On a librarian's laptop
the queue shows the hub's own items, decided or not, read-only."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.catalogue import CopyLine
from mandrivna.core.change import Changed
from mandrivna.core.reader import Reader
from mandrivna.core.review_items import (
    DECISION_LABELS,
    KIND_LABELS,
    KINDS,
    ReviewItem,
)
from mandrivna.ui.copies_dialog import CopyDialog
from mandrivna.ui.duplicates_view import DuplicatesView
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.overdue_view import OverdueView
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.reader_dialog import ReaderDialog
from mandrivna.ui.review_item_text import HEADERS, describe
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from mandrivna.app import Services

translate = QCoreApplication.translate
# Entities whose change may add, change or settle an item of the queue.
QUEUE_ENTITIES = {"loan_event", "reader", "book_copy", "bib_record", "review_decision", "hub"}


class ReviewPage(PageFrame):
    changed = Signal(object)  # Changed, for the main window to announce

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Review"), parent, fill=True)
        self.services, self.runner = services, runner
        self.review = services.review
        self.items: list[ReviewItem] = []
        self.coordinator = False
        self._stale = False  # data changed while the page was not shown
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_queue(), self.tr("Review queue"))
        self.duplicates = DuplicatesView(services.reader_merge, runner, self.announce)
        self.tabs.addTab(self.duplicates, self.tr("Duplicate readers"))
        self.overdue = OverdueView(services.overdue, runner)
        self.tabs.addTab(self.overdue, self.tr("Overdue"))
        self.body.addWidget(self.tabs, 1)
        # the duplicates compare every reader with every other (seconds at 100k readers): they
        # are looked for when their tab is shown, not each time the page is
        self._duplicates_stale = True
        self.tabs.currentChanged.connect(lambda _i: self._show_duplicates_if_stale())
        self.add_shortcuts(
            [
                ("Ctrl+K", lambda: self.decide("kept")),
                ("Ctrl+O", self.take_other),
                ("Ctrl+E", self.correct),
                ("Ctrl+D", lambda: self.decide("dismissed")),
            ]
        )
        self.refresh()

    def _build_queue(self) -> QWidget:
        self.hub_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(translate("review", KIND_LABELS[kind]), kind)
        self.show_decided = QCheckBox(self.tr("Show decided items"))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("review", h) for h in HEADERS])
        choose_rows(self.table)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((150, 120, 80, 170, 0, 250, 110)):
            if width:
                self.table.setColumnWidth(column, width)
        self.keep_button = QPushButton(self.tr("Keep (Ctrl+K)"))
        self.other_button = QPushButton(self.tr("Take the other value (Ctrl+O)"))
        self.correct_button = QPushButton(self.tr("Correct the record… (Ctrl+E)"))
        self.dismiss_button = QPushButton(self.tr("Dismiss (Ctrl+D)"))
        self.count_label = QLabel()
        self.read_only_note = QLabel(
            self.tr(
                "These are your hub's items the coordinator reviews; decisions are taken on the "
                "coordinator's laptop."
            )
        )
        self.read_only_note.setWordWrap(True)
        self.message = MessageLine(DONE_STYLE)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Hub:")))
        filters.addWidget(self.hub_filter, 1)
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.show_decided)
        actions = QHBoxLayout()
        for button in (
            self.keep_button,
            self.other_button,
            self.correct_button,
            self.dismiss_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout()
        layout.addLayout(filters)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.hub_filter.currentIndexChanged.connect(lambda _i: self.refresh_items())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh_items())
        self.show_decided.toggled.connect(lambda _on: self.refresh_items())
        self.table.itemSelectionChanged.connect(self._enable)
        self.keep_button.clicked.connect(lambda: self.decide("kept"))
        self.other_button.clicked.connect(self.take_other)
        self.correct_button.clicked.connect(self.correct)
        self.dismiss_button.clicked.connect(lambda: self.decide("dismissed"))
        queue = QWidget()
        queue.setLayout(layout)
        return queue

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The role and hubs, then the queue, the duplicates and the overdue list."""

        def load() -> tuple[bool, list[str], str]:
            return self.review.is_coordinator(), self.review.hubs(), self.review.own_hub()

        PageOp(self, load).done(self._loaded).run()

    def _loaded(self, loaded: tuple[bool, list[str], str]) -> None:
        self.coordinator, hubs, own = loaded
        chosen = self.hub_filter.currentData()
        self.hub_filter.blockSignals(True)
        self.hub_filter.clear()
        if self.coordinator:
            self.hub_filter.addItem(self.tr("All hubs"), None)
            for hub in hubs:
                self.hub_filter.addItem(hub, hub)
            self.hub_filter.setCurrentIndex(max(0, self.hub_filter.findData(chosen)))
        else:
            self.hub_filter.addItem(own, own)
        self.hub_filter.blockSignals(False)
        self.hub_filter.setEnabled(self.coordinator)
        self.show_decided.setVisible(self.coordinator)
        self.read_only_note.setVisible(not self.coordinator)
        for button in (
            self.keep_button,
            self.other_button,
            self.correct_button,
            self.dismiss_button,
        ):
            button.setVisible(self.coordinator)
        self.duplicates.set_coordinator(self.coordinator)
        self.overdue.set_hubs(hubs if self.coordinator else [own], self.coordinator)
        self.refresh_items()
        self._duplicates_stale = True
        self._show_duplicates_if_stale()

    def _show_duplicates_if_stale(self) -> None:
        if self._duplicates_stale and self.tabs.currentWidget() is self.duplicates:
            self._duplicates_stale = False
            self.duplicates.refresh()

    def refresh_items(self) -> None:
        hub, kind = self.hub_filter.currentData(), self.kind_filter.currentData()
        decided = self.show_decided.isChecked()
        PageOp(self, lambda: self.review.items(hub, kind, decided)).done(self.show_items).run()

    def show_items(self, items: list[ReviewItem]) -> None:
        selected = self.selected()
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            what, who = describe(item)
            day = dt.date.fromisoformat(item.day).strftime("%d.%m.%Y") if item.day else ""
            decision = translate("review", DECISION_LABELS[item.decision]) if item.decision else ""
            cells = (
                translate("review", KIND_LABELS[item.kind]),
                item.hub,
                day,
                item.subject,
                what,
                who,
                decision,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        keys = [i.key for i in items]
        if selected is not None and selected.key in keys:
            self.table.selectRow(keys.index(selected.key))
        elif items:
            self.table.selectRow(0)
        self.count_label.setText(self.tr("Items: %1").replace("%1", str(len(items))))
        self._enable()

    def selected(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _enable(self) -> None:
        item = self.selected()
        open_item = item is not None and item.decision is None and self.coordinator
        self.keep_button.setEnabled(open_item)
        self.dismiss_button.setEnabled(open_item)
        self.other_button.setEnabled(open_item and item is not None and item.can_take_other)
        correctable = item is not None and (item.about_copy or bool(item.reader_id))
        self.correct_button.setEnabled(open_item and correctable)

    # --- deciding ------------------------------------------------------------------------------
    def decide(self, decision: str) -> None:
        item = self.selected()
        if item is None or not self.keep_button.isEnabled():
            return
        PageOp(self, lambda: self.review.decide(item, decision)).done(
            lambda _c: self._decided(item)
        ).run()

    def take_other(self) -> None:
        item = self.selected()
        if item is None or not self.other_button.isEnabled():
            return
        PageOp(self, lambda: self.review.take_other(item)).done(
            lambda _c: self._decided(item)
        ).run()

    def correct(self) -> None:
        """Open the copy (a copy lent twice or returned without a loan, a lend despite its
        status) or else the reader's card; once saved, the item is marked corrected."""
        item = self.selected()
        if item is None or not self.correct_button.isEnabled():
            return
        if item.about_copy and item.copy_id is not None:
            copy_id, catalogue = item.copy_id, self.services.catalogue
            PageOp(self, lambda: (catalogue.copy_line(copy_id), catalogue.hubs())).done(
                lambda loaded: self._edit_copy(item, *loaded)
            ).run()
            return
        if item.reader_id is None:
            return
        reader_id = item.reader_id
        PageOp(self, lambda: self.services.readers.get(reader_id)).done(
            lambda reader: self._edit(item, reader)
        ).run()

    def _edit(self, item: ReviewItem, reader: Reader) -> None:
        dialog = ReaderDialog(self.services.readers, self.runner, reader, self)
        if not dialog.exec():
            return
        if dialog.changed is not None:
            self.announce(dialog.changed)
        self._corrected(item)

    def _edit_copy(self, item: ReviewItem, line: CopyLine, hubs: list[str]) -> None:
        dialog = CopyDialog(self.services.catalogue, self.runner, line, hubs, self)
        saved: list[Changed] = []
        dialog.saved.connect(saved.append)
        if not dialog.exec():
            return
        for changed in saved:
            self.announce(changed)
        self._corrected(item)

    def _corrected(self, item: ReviewItem) -> None:
        PageOp(self, lambda: self.review.decide(item, "corrected")).done(
            lambda _c: self._decided(item)
        ).run()

    def _decided(self, item: ReviewItem) -> None:
        self.refresh_items()
        self.say(
            self.tr("Decided: %1 — %2.")
            .replace("%1", item.subject)
            .replace("%2", translate("review", KIND_LABELS[item.kind]))
        )

    def show_tab(self, name: str) -> None:
        """Show the queue ("queue"), the duplicates ("duplicates") or the overdue list."""
        self.tabs.setCurrentIndex(("queue", "duplicates", "overdue").index(name))

    # --- the page ------------------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def on_data_changed(self, changed: Changed) -> None:
        """Read again what a write or a sync changed; while the page is not shown, once it is
        (a desk's every scan need not recompute the queue and the duplicates)."""
        names = set(changed.entities)
        if not (names & (QUEUE_ENTITIES | {"reader_pair"}) or changed.conflicts):
            return
        if not self.isVisible():
            self._stale = True
            return
        self.refresh()  # the queue, the duplicates, and the overdue list with the hubs

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
