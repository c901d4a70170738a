"""The chosen parcel on the Parcels page: its number and state, dates and waybill, its lines,
what may be added while it is formed (a scanned copy, a title with a quantity), the buttons that
act on it and the page's message line. The page connects the buttons and runs the work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.catalogue import format_isbn
from mandrivna.core.parcel import (
    FORMED,
    SENT,
    STATUS_LABELS,
    ParcelDetail,
    ParcelLine,
    short_number,
)
from mandrivna.services.parcel_service import ParcelService
from mandrivna.ui.dates import day_text
from mandrivna.ui.look import set_type
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.parcel_title_picker import TitlePicker
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


def status_label(status: str | None) -> str:
    return QCoreApplication.translate("parcels", STATUS_LABELS.get(status or "", status or ""))


def _date(iso: str | None) -> str:
    return day_text(iso)


def _code(line: ParcelLine) -> str:
    if line.barcode:
        return line.barcode
    return f"ISBN {format_isbn(line.isbn)}" if line.isbn else "—"


class ParcelDetailPanel(QWidget):
    def __init__(
        self,
        parcels: ParcelService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        set_type(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.facts = {
            name: QLabel() for name in ("destination", "waybill", "formed", "sent", "received")
        }
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        places = {
            "destination": (0, 0, self.tr("Destination hub:")),
            "waybill": (0, 2, self.tr("Waybill:")),
            "formed": (1, 0, self.tr("Formed on:")),
            "sent": (1, 2, self.tr("Sent on:")),
            "received": (1, 4, self.tr("Received on:")),
        }
        for name, (row, column, label) in places.items():
            facts.addWidget(QLabel(label), row, column)
            self.facts[name].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(self.facts[name], row, column + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        facts.setColumnStretch(5, 1)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Barcode / ISBN"), self.tr("Title"), self.tr("Author"), self.tr("Qty")]
        )
        choose_rows(self.lines, stretch=1)
        self.totals = QLabel()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan a copy's barcode, or type it and press Enter"))
        self.scan.setClearButtonEnabled(True)
        self.titles = TitlePicker(parcels, runner)
        self.title_search, self.quantity = self.titles.search, self.titles.quantity
        self.title_results, self.add_title_button = self.titles.results, self.titles.add_button
        self.add_box = add_box = QGroupBox(self.tr("Add to the parcel"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Copy (Ctrl+B):")))
        scan_row.addWidget(self.scan, 1)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(scan_row)
        add_layout.addWidget(self.titles)
        self.remove_button = QPushButton(self.tr("Remove line (Del)"))
        self.quantity_button = QPushButton(self.tr("Quantity…"))
        self.send_button = QPushButton(self.tr("Send…"))
        self.receive_button = QPushButton(self.tr("Confirm receipt…"))
        self.print_button = QPushButton(self.tr("Print packing list (Ctrl+P)"))
        self.delete_button = QPushButton(self.tr("Delete parcel…"))
        line_row = QHBoxLayout()
        line_row.addWidget(self.totals, 1)
        line_row.addWidget(self.quantity_button)
        line_row.addWidget(self.remove_button)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.receive_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.message = MessageLine()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(facts)
        layout.addWidget(self.lines, 1)
        layout.addLayout(line_row)
        layout.addWidget(add_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_parcel(self, detail: ParcelDetail | None) -> None:
        """The parcel (None: none chosen); what can be done follows its state."""
        parcel = detail.parcel if detail else None
        status = parcel.status if parcel else None
        if parcel is None:
            self.heading.setText(
                self.tr("Choose a parcel on the left, or form a new one (Ctrl+N).")
            )
        else:
            self.heading.setText(
                self.tr("Parcel No. {number} — {status}").format(
                    number=short_number(parcel.id), status=status_label(status)
                )
            )
        values = {
            "destination": parcel.destination_hub if parcel else "",
            "waybill": (parcel.waybill or "—") if parcel else "",
            "formed": _date(parcel.formed_on) if parcel else "",
            "sent": _date(parcel.sent_on) if parcel else "",
            "received": _date(parcel.received_on) if parcel else "",
        }
        for name, text in values.items():
            self.facts[name].setText(text or "")
        lines = detail.lines if detail else []
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            code = _code(line)
            if line.copy_on_loan:  # lent since it was packed: the loans say so, on every laptop
                code = self.tr("{code} (on loan)").format(code=code)
            cells = [
                code,
                line.title or self.tr("(record deleted)"),
                "; ".join(line.authors),
                str(line.quantity),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, column, item)
        self.totals.setText(
            self.tr("Lines: {lines}. Books: {books}.").format(lines=len(lines), books=detail.books)
            if detail
            else ""
        )
        formed = status == FORMED
        for widget in (
            self.scan,
            self.title_search,
            self.quantity,
            self.add_title_button,
            self.title_results,
            self.remove_button,
            self.quantity_button,
            self.send_button,
            self.delete_button,
        ):
            widget.setEnabled(formed)
        self.add_box.setVisible(formed)  # a sent parcel's contents are final: more room to read
        self.remove_button.setVisible(formed)
        self.quantity_button.setVisible(formed)
        self.receive_button.setEnabled(status == SENT)
        self.print_button.setEnabled(detail is not None)
