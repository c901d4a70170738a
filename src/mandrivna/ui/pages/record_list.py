"""The list of records found on the Catalogue page: title, authors, year, type, ISBN, available
copies of all, hubs. Sorted as found until the librarian clicks a column; numbers sort as numbers.
Each row knows its record's id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from mandrivna.core.catalogue import RecordHit, format_isbn
from mandrivna.ui.catalogue_names import type_name
from mandrivna.ui.row_tables import make_read_only

# title stretches; authors, year, type, ISBN, available of all, hubs
COLUMN_WIDTHS = {1: 180, 2: 48, 3: 140, 4: 130, 5: 80, 6: 150}
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell that sorts by its value (a number) rather than by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


def _item(text: str, sort_value: Any = None) -> QTableWidgetItem:
    item = _Item(text)
    item.setToolTip(text)
    if sort_value is not None:
        item.setData(SORT_ROLE, sort_value)
    return item


class RecordList(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_read_only(
            self,
            [
                self.tr("Title"),
                self.tr("Authors"),
                self.tr("Year"),
                self.tr("Type"),
                self.tr("ISBN"),
                self.tr("Available"),
                self.tr("Hubs"),
            ],
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as found, until asked
        self.setSortingEnabled(True)

    def show_hits(self, hits: list[RecordHit]) -> None:
        self.setSortingEnabled(False)
        self.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            record = hit.record
            title = _item(record.title or "")
            title.setData(ID_ROLE, record.id)
            available = (
                self.tr("%1 of %2").replace("%1", str(hit.available)).replace("%2", str(hit.copies))
            )
            cells = [
                title,
                _item("; ".join(record.authors or [])),
                _item(str(record.year or ""), record.year or 0),
                _item(type_name(record.material_type)),
                _item(format_isbn(record.isbn) if record.isbn else ""),
                _item(available, (hit.available, hit.copies)),
                _item(", ".join(hit.hubs)),
            ]
            for column, item in enumerate(cells):
                self.setItem(row, column, item)
        self.setSortingEnabled(True)

    def record_id(self, row: int) -> str | None:
        item = self.item(row, 0)
        return item.data(ID_ROLE) if item else None

    def selected_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.record_id(rows[0].row()) if rows else None

    def select_id(self, record_id: str | None) -> None:
        """Select this record's row, else the first row (the best match); no signal."""
        rows = [row for row in range(self.rowCount()) if self.record_id(row) == record_id]
        if not rows and self.rowCount():
            rows = [0]
        self.blockSignals(True)
        if rows:
            self.selectRow(rows[0])
            self.scrollTo(self.model().index(rows[0], 0))
        else:
            self.clearSelection()
        self.blockSignals(False)
