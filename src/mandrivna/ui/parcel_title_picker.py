"""Books without barcodes go into a parcel as a title and a quantity: find the title in the
catalogue as you type (Enter takes the first match), set the quantity, Enter again adds it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.catalogue import BibRecord, RecordHit
from mandrivna.core.parcel import MAX_QUANTITY
from mandrivna.services.parcel_service import ParcelService
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

SEARCH_DELAY_MS = 200


class _EnterKeys(QObject):
    """Calls ``action`` when Enter is pressed in the watched widget (a spin box has no signal)."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self.action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.action()
            return True
        return False


class TitlePicker(QWidget):
    """The title search, its results and the quantity. ``add_requested`` asks the page to add
    the chosen title (``chosen()``) with ``quantity.value()`` books."""

    add_requested = Signal()
    said = Signal(str, bool)  # a message (and whether it is an error) for the page to show

    def __init__(
        self,
        parcels: ParcelService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.parcels, self.runner = parcels, runner
        self.hits: list[RecordHit] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Books without barcodes: find the title in the catalogue")
        )
        self.search.setClearButtonEnabled(True)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setPrefix(self.tr("× "))
        self.add_button = QPushButton(self.tr("Add title"))
        self.results = QListWidget()
        self.results.setFixedHeight(84)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Title (Ctrl+T):")))
        row.addWidget(self.search, 1)
        row.addWidget(self.quantity)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_titles)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._entered)
        self.results.itemActivated.connect(lambda _item: self.focus_quantity())
        self._quantity_enter = _EnterKeys(self.quantity, self.add_requested.emit)
        self.add_button.clicked.connect(self.add_requested.emit)

    def search_titles(self) -> None:
        self._timer.stop()
        typed = self.search.text()
        if not typed.strip():
            self.show_hits([])
            return
        PageOp(self, lambda: self.parcels.find_titles(typed)).done(
            lambda hits: self.show_hits(hits) if typed == self.search.text() else None
        ).run()

    def say(self, text: str, error: bool = False) -> None:
        self.said.emit(text, error)

    def show_hits(self, hits: list[RecordHit]) -> None:
        self.hits = hits
        self.results.clear()
        for hit in hits:
            record = hit.record
            authors = "; ".join(record.authors or [])
            text = record.title or ""
            if authors:
                text += f" — {authors}"
            if record.year:
                text += f", {record.year}"
            self.results.addItem(QListWidgetItem(text))
        if hits:
            self.results.setCurrentRow(0)

    def chosen(self) -> BibRecord | None:
        row = self.results.currentRow()
        return self.hits[row].record if 0 <= row < len(self.hits) else None

    def reset(self) -> None:
        self.search.clear()
        self.show_hits([])
        self.quantity.setValue(1)

    def focus_search(self) -> None:
        if self.search.isEnabled():
            self.search.setFocus()
            self.search.selectAll()

    def focus_quantity(self) -> None:
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _entered(self) -> None:
        self.search_titles()
        if self.hits:
            self.focus_quantity()
