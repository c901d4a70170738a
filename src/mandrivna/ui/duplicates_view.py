"""The duplicate readers on the review page: likely pairs, best first (who, card, birth year,
phone, hub of each, and why they look alike), merged into the first or the second card, or
marked "not a duplicate" so they are not proposed again. Only a coordinator's laptop acts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.core.duplicates import REASON_LABELS, Candidate
from mandrivna.core.reader import Reader
from mandrivna.services.reader_merge_service import ReaderMergeService
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

translate = QCoreApplication.translate


def reader_text(reader: Reader) -> str:
    """A reader as the list names them: name, card, birth year, phone, hub."""
    parts = [
        reader.full_name,
        reader.card_number or "",
        str(reader.birth_year or ""),
        reader.phone or "",
        reader.registration_hub or "",
    ]
    return " · ".join(p for p in parts if p)


class DuplicatesView(QWidget):
    def __init__(
        self,
        merging: ReaderMergeService,
        runner: TaskRunner | ImmediateRunner,
        announce: Callable[[Changed], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.merging, self.runner, self._announce = merging, runner, announce
        self.candidates: list[Candidate] = []
        self.coordinator = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("First reader"), self.tr("Second reader"), self.tr("Why")]
        )
        choose_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_first = QPushButton(self.tr("Merge, keep the first card"))
        self.keep_second = QPushButton(self.tr("Merge, keep the second card"))
        self.distinct = QPushButton(self.tr("Not a duplicate"))
        self.count_label = QLabel()
        self.message = MessageLine(DONE_STYLE)
        buttons = QHBoxLayout()
        for button in (self.keep_first, self.keep_second, self.distinct):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The card kept gets every loan, visit, check-in and registration year of both; "
                "the other card number still finds the reader."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._enable)
        self.keep_first.clicked.connect(lambda: self.merge(first=True))
        self.keep_second.clicked.connect(lambda: self.merge(first=False))
        self.distinct.clicked.connect(self.not_duplicate)

    def set_coordinator(self, coordinator: bool) -> None:
        self.coordinator = coordinator
        for button in (self.keep_first, self.keep_second, self.distinct):
            button.setVisible(coordinator)

    def refresh(self) -> None:
        PageOp(self, self.merging.candidates).done(self.show_candidates).run()

    def show_candidates(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        self.table.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            why = ", ".join(translate("duplicates", REASON_LABELS[r]) for r in candidate.reasons)
            for column, text in enumerate(
                (reader_text(candidate.first), reader_text(candidate.second), why)
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        if candidates:
            self.table.selectRow(0)
        self.count_label.setText(self.tr("Pairs: %1").replace("%1", str(len(candidates))))
        self._enable()

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0].row() if rows else -1
        return self.candidates[index] if 0 <= index < len(self.candidates) else None

    def _enable(self) -> None:
        on = self.coordinator and self.selected() is not None
        for button in (self.keep_first, self.keep_second, self.distinct):
            button.setEnabled(on)

    def merge(self, first: bool, confirm: bool = True) -> None:
        pair = self.selected()
        if pair is None or not self.keep_first.isEnabled():
            return
        keep, other = (pair.first, pair.second) if first else (pair.second, pair.first)
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Merge readers"),
                self.tr("Merge %1 into %2? This cannot be undone.")
                .replace("%1", reader_text(other))
                .replace("%2", reader_text(keep)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        PageOp(self, lambda: self.merging.merge(keep.id, other.id)).done(
            lambda _c: self._done(self.tr("Merged into %1.").replace("%1", keep.full_name))
        ).run()

    def not_duplicate(self) -> None:
        pair = self.selected()
        if pair is None or not self.distinct.isEnabled():
            return
        PageOp(self, lambda: self.merging.not_duplicate(pair.first.id, pair.second.id)).done(
            lambda _c: self._done(self.tr("Marked as two different readers."))
        ).run()

    def _done(self, text: str) -> None:
        self.say(text)
        self.refresh()

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def announce(self, changed: Changed) -> None:
        self._announce(changed)
