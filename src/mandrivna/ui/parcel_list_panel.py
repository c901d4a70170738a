"""The left-hand column of the Parcels page: the parcels by status (formed, sent, received, or
all), each with its short number, destination hub, status and number of books, the «New parcel»
button and how many parcels are listed. The page loads the list and connects the button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.parcel import FORMED, RECEIVED, SENT, ParcelSummary, short_number
from mandrivna.ui.empty_state import EmptyState
from mandrivna.ui.parcel_detail_panel import status_label
from mandrivna.ui.row_tables import choose_rows

LIST_WIDTH = 380


class ParcelListPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[ParcelSummary] = []
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All parcels"), None)
        for status in (FORMED, SENT, RECEIVED):
            self.status_filter.addItem(status_label(status), status)
        self.new_button = QPushButton(self.tr("New parcel (Ctrl+N)"))
        self.table = QTableWidget(0, 4)
        self.empty = EmptyState(
            self.table,
            self.tr("No parcels yet. Form one with «New parcel» (Ctrl+N) and add books to it."),
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Destination hub"), self.tr("Status"), self.tr("Books")]
        )
        choose_rows(self.table, stretch=1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555")
        top = QHBoxLayout()
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFixedWidth(LIST_WIDTH)

    def show_list(self, found: list[ParcelSummary], current_id: str | None) -> None:
        """The parcels found, ``current_id`` still chosen if among them; no selection signal."""
        self.summaries = found
        self.table.blockSignals(True)
        self.table.setRowCount(len(found))
        for row, summary in enumerate(found):
            parcel = summary.parcel
            cells = [
                short_number(parcel.id),
                parcel.destination_hub or "",
                status_label(parcel.status),
                str(summary.books),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        ids = [s.parcel.id for s in found]
        if current_id in ids:
            self.table.selectRow(ids.index(current_id))
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("Parcels: {count}.").format(count=len(found)))

    def chosen_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()].parcel.id if rows else None
