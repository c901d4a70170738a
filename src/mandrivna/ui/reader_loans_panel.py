"""The lending desk's reader: who was scanned, their loans (overdue in red), blocks, and the
buttons that act on them (renew, history, next reader). The desk page lays them out in its own
column (``lay_out_in``) and connects the buttons."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mandrivna.core.desk import LoanLine
from mandrivna.core.reader import Reader
from mandrivna.ui.dates import day_text


class ReaderLoans(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader_label = QLabel(self.tr("No reader: scan a card to lend."))
        bold = self.reader_label.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.reader_label.setFont(bold)
        self.reader_status = QLabel()
        self.reader_status.setWordWrap(True)
        self.loans_table = QTableWidget(0, 5)
        self.loans_table.setHorizontalHeaderLabels(
            [
                self.tr("Barcode"),
                self.tr("Title"),
                self.tr("Due"),
                self.tr("Renewed"),
                self.tr("Note"),
            ]
        )
        self.loans_table.verticalHeader().hide()
        self.loans_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.loans_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.renew_button = QPushButton(self.tr("Renew selected (Ctrl+R)"))
        self.renew_all_button = QPushButton(self.tr("Renew all (Ctrl+Shift+R)"))
        self.history_button = QPushButton(self.tr("History (Ctrl+H)"))
        self.done_button = QPushButton(self.tr("Next reader (Esc)"))

    def lay_out_in(self, column: QVBoxLayout, table_stretch: int) -> None:
        """Add the reader, their loans and the buttons to the page's ``column``."""
        buttons = QHBoxLayout()
        for button in (
            self.renew_button,
            self.renew_all_button,
            self.history_button,
            self.done_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addWidget(self.reader_label)
        column.addWidget(self.reader_status)
        column.addWidget(self.loans_table, table_stretch)
        column.addLayout(buttons)

    def show_reader(self, reader: Reader | None, loans: list[LoanLine], today: str) -> None:
        """The reader (None: nobody) and their open loans; ``today`` tells which are late."""
        if reader is None:
            self.reader_label.setText(self.tr("No reader: scan a card to lend."))
            self.reader_status.setText("")
            self.loans_table.setRowCount(0)
            return
        self.reader_label.setText(f"{reader.full_name} · {reader.card_number}")
        overdue = [line for line in loans if (line.loan.due_on or "9999") < today]
        notes = [self.tr("On loan: {n}.").format(n=len(loans))]
        if overdue:
            notes.append(self.tr("Overdue: {n}.").format(n=len(overdue)))
        if reader.blocked:
            notes.append(self.tr("Blocked: {reason}").format(reason=reader.block_reason))
        self.reader_status.setText(" ".join(notes))
        self.reader_status.setStyleSheet(
            "color: #b00020; font-weight: bold" if overdue or reader.blocked else ""
        )
        self.loans_table.setRowCount(len(loans))
        for row, line in enumerate(loans):
            late = (line.loan.due_on or "9999") < today
            for column, text in enumerate(
                [
                    line.barcode or "",
                    line.title or "",
                    day_text(line.loan.due_on, ""),
                    str(line.loan.renewals),
                    self.flag_text(line.loan.flag),
                ]
            ):
                item = QTableWidgetItem(text)
                if late or line.loan.flag:
                    item.setForeground(Qt.GlobalColor.red)
                self.loans_table.setItem(row, column, item)

    def flag_text(self, flag: str | None) -> str:
        """What the merge of two hubs' desks flagged on a loan (the coordinator sorts it out)."""
        if flag == "lent_again":
            return self.tr("Lent again at another hub before this return was recorded")
        if flag == "return_without_loan":
            return self.tr("Returned without a recorded loan")
        return ""

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.loans_table.selectionModel().selectedRows()})
