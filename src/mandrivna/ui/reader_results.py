"""The Readers page's list of search results: the readers found, then, set apart under «Did
you mean», the readers whose name is a slip away from what was typed. The separator row cannot
be selected; ``reader_at`` says which reader a row holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from mandrivna.core.reader import Reader, ReaderMatches
from mandrivna.ui.row_tables import choose_rows

COLUMNS = 5


class ReaderResults(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, COLUMNS)
        self.setHorizontalHeaderLabels(
            [self.tr("Card"), self.tr("Name"), self.tr("Born"), self.tr("Phone"), self.tr("Hub")]
        )
        choose_rows(self, stretch=1)
        self.rows: list[Reader | None] = []  # None: the «did you mean» separator

    def show_matches(self, matches: ReaderMatches) -> None:
        self.rows = list(matches.found)
        if matches.similar:
            self.rows += [None, *matches.similar]
        self.clearSpans()
        self.setRowCount(len(self.rows))
        for row, reader in enumerate(self.rows):
            if reader is None:
                self._separator(row)
                continue
            cells = [
                reader.card_number or "",
                reader.full_name,
                str(reader.birth_year or ""),
                reader.phone or "",
                reader.registration_hub or "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if reader.blocked:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(row, column, item)

    def _separator(self, row: int) -> None:
        item = QTableWidgetItem(self.tr("Did you mean:"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        font.setItalic(True)
        item.setFont(font)
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, COLUMNS)

    def reader_at(self, row: int) -> Reader | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, reader_id: str | None) -> int | None:
        for row, reader in enumerate(self.rows):
            if reader is not None and reader.id == reader_id:
                return row
        return None

    def first_reader_row(self) -> int | None:
        for row, reader in enumerate(self.rows):
            if reader is not None:
                return row
        return None
