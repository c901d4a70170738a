"""The overdue list on the review page, for the people who call readers: one hub's or every
hub's (at headquarters) loans past their due date, most days late first, with the reader, card,
phone, hub, copy, title, due date and days late; printed to PDF or exported to XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.overdue import OverdueLine
from mandrivna.services.overdue_service import OverdueService
from mandrivna.ui.combo_choices import refill
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.printing.overdue_pdf import heading_cells, write_overdue_list
from mandrivna.ui.row_tables import make_read_only
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class OverdueView(QWidget):
    def __init__(
        self,
        overdue: OverdueService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.runner = overdue, runner
        self.lines: list[OverdueLine] = []
        self.hub_filter = QComboBox()
        self.table = QTableWidget(0, 8)
        make_read_only(self.table, list(heading_cells()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((200, 90, 130, 110, 115, 0, 100, 120)):
            if width:
                self.table.setColumnWidth(column, width)
        self.print_button = QPushButton(self.tr("Print (PDF)…"))
        self.export_button = QPushButton(self.tr("Export (XLSX)…"))
        self.count_label = QLabel()
        self.message = MessageLine(DONE_STYLE)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Hub:")))
        top.addWidget(self.hub_filter, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        self.hub_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.ask_print)
        self.export_button.clicked.connect(self.ask_export)

    def set_hubs(self, hubs: list[str], all_hubs: bool) -> None:
        every = [(self.tr("All hubs"), None)] if all_hubs else []
        refill(self.hub_filter, [*every, *((hub, hub) for hub in hubs)], keep_first=0)
        self.refresh()

    def hub(self) -> str | None:
        hub = self.hub_filter.currentData()
        return str(hub) if hub else None

    def scope(self) -> str:
        return self.hub() or self.tr("All hubs")

    def refresh(self) -> None:
        hub = self.hub()
        PageOp(self, lambda: self.service.lines(hub)).done(self.show_lines).run()

    def show_lines(self, lines: list[OverdueLine]) -> None:
        self.lines = lines
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line.texts()):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.count_label.setText(self.tr("Overdue loans: %1").replace("%1", str(len(lines))))
        self.print_button.setEnabled(bool(lines))
        self.export_button.setEnabled(bool(lines))

    def _file_name(self, suffix: str) -> str:
        return str(Path.home() / f"mandrivna-overdue-{self.service.today().isoformat()}.{suffix}")

    def ask_print(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the overdue list"),
            self._file_name("pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> None:
        """Write the list shown to a PDF (drawn on this thread: Qt paints on the main one)."""
        try:
            write_overdue_list(path, self.lines, self.scope(), self.service.today())
        except OSError as exc:
            self.say(
                self.tr("The overdue list could not be saved: %1").replace(
                    "%1", str(exc.strerror or exc)
                ),
                error=True,
            )
            return
        self.say(self.tr("Saved to %1").replace("%1", str(path)))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the overdue list"),
            self._file_name("xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        hub, columns = self.hub(), list(heading_cells())
        PageOp(self, lambda: self.service.export(path, columns, hub)).done(
            lambda count: self.say(
                self.tr("%1 loans exported to %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        ).run()

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
