"""The lower half of the Catalogue page: every field of the chosen record and its copies, with the
buttons that act on them (the page connects the buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.catalogue import BibRecord, BookCopy, CopyLine, format_isbn
from mandrivna.ui.catalogue_names import (
    acquisition_name,
    copy_state_text,
    language_name,
    type_name,
)
from mandrivna.ui.dates import day_text
from mandrivna.ui.look import set_type
from mandrivna.ui.row_tables import make_read_only

COPY_COLUMN_WIDTHS = {0: 115, 1: 125, 3: 85, 4: 90}  # barcode, hub, date, status


def display_date(iso: str | None) -> str:
    return day_text(iso, empty="")


def publication(record: BibRecord) -> str:
    """Place, publisher and year as a catalogue card shows them: «Київ : Фоліо, 2019»."""
    text = " : ".join(part for part in (record.place, record.publisher) if part)
    if record.year:
        text = f"{text}, {record.year}" if text else str(record.year)
    return text


class RecordDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: BibRecord | None = None
        self.copies: list[CopyLine] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._record_box(), 4)
        layout.addWidget(self._copies_box(), 6)
        self.clear()

    def _record_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_type(self.title, "heading")
        self.values: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(3)
        for key, label in (
            ("authors", self.tr("Authors:")),
            ("publication", self.tr("Published:")),
            ("isbn", self.tr("ISBN:")),
            ("type", self.tr("Type:")),
            ("language", self.tr("Language:")),
            ("udc", self.tr("UDC:")),
            ("subjects", self.tr("Subjects:")),
            ("url", self.tr("URL:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label, value)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.title)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edit_button = QPushButton(self.tr("Edit record…"))
        self.edit_button.setToolTip(self.tr("Enter or Ctrl+E"))
        self.delete_button = QPushButton(self.tr("Delete record…"))
        self.delete_button.setToolTip(self.tr("Delete key in the list"))
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        return box

    def _copies_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Copies"))
        self.table = QTableWidget()
        make_read_only(
            self.table,
            [
                self.tr("Barcode"),
                self.tr("Hub"),
                self.tr("Acquired"),
                self.tr("Date"),
                self.tr("Status"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # how acquired
        for column, width in COPY_COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add copies…"))
        self.add_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.edit_copy_button = QPushButton(self.tr("Edit copy…"))
        self.edit_copy_button.setToolTip(self.tr("Enter in the list of copies"))
        self.delete_copy_button = QPushButton(self.tr("Delete copy…"))
        self.delete_copy_button.setToolTip(self.tr("Delete key in the list of copies"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_copy_button)
        row.addWidget(self.delete_copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        return box

    # --- content -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.record, self.copies = None, []
        self.title.setText(self.tr("Choose a record in the list to see it and its copies here."))
        self.title.setStyleSheet("color: #555")
        for value in self.values.values():
            value.setText("")
            self.form.setRowVisible(value, True)
        self.table.setRowCount(0)
        self._update_buttons()

    def show_record(
        self, record: BibRecord, copies: list[CopyLine], copy_id: str | None = None
    ) -> None:
        """The record and its copies, each with its state (on loan follows from its loans)."""
        selected = self.current_copy()
        wanted = copy_id or (selected.id if selected else None)
        self.record, self.copies = record, copies
        self.title.setStyleSheet("")
        self.title.setText(record.title or "")
        shown = {
            "authors": "; ".join(record.authors or []),
            "publication": publication(record),
            "isbn": format_isbn(record.isbn) if record.isbn else "",
            "type": type_name(record.material_type),
            "language": language_name(record.language),
            "udc": record.udc or "",
            "subjects": "; ".join(record.subjects or []),
            "url": record.url or "",
        }
        for key, text in shown.items():
            self.values[key].setText(text)
            self.form.setRowVisible(self.values[key], bool(text))
        self.table.setRowCount(len(copies))
        for row, line in enumerate(copies):
            copy = line.copy
            how = acquisition_name(copy.acquisition)
            if copy.acquisition_source:
                how = f"{how} — {copy.acquisition_source}" if how else copy.acquisition_source
            for column, text in enumerate(
                (
                    copy.barcode or "",
                    copy.hub or "",
                    how,
                    display_date(copy.acquired_on),
                    copy_state_text(line.states, line.lent_again),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        rows = [row for row, line in enumerate(copies) if line.copy.id == wanted]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self._update_buttons()

    def current_line(self) -> CopyLine | None:
        """The chosen copy with its state."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.copies):
            return None
        return self.copies[rows[0].row()]

    def current_copy(self) -> BookCopy | None:
        line = self.current_line()
        return line.copy if line else None

    def _update_buttons(self) -> None:
        has_record = self.record is not None
        has_copy = self.current_copy() is not None
        self.edit_button.setEnabled(has_record)
        self.delete_button.setEnabled(has_record)
        self.add_button.setEnabled(has_record)
        self.edit_copy_button.setEnabled(has_copy)
        self.delete_copy_button.setEnabled(has_copy)
