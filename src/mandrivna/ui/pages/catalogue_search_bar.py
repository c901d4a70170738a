"""The top of the Catalogue page: the search box (title, author, ISBN, a copy's barcode) with the
type, hub and copy-status filters, and below them the line that says what was found and how
much the catalogue holds, with the page's buttons (new record, import, export).

It asks for a search (``wanted``) a moment after the typing stops, at once when a filter changes,
and with ``scan`` when Enter is pressed (a scanner ends a barcode with Enter); Down in the box
hands the keyboard to the results (``down``), Escape empties the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.catalogue import COPY_STATES, MATERIAL_TYPES, SEARCH_LIMIT, CatalogueFilter
from mandrivna.ui.catalogue_names import status_name, type_name
from mandrivna.ui.combo_choices import refill
from mandrivna.ui.counts import grouped

SEARCH_DELAY_MS = 150


class CatalogueSearchBar(QWidget):
    wanted = Signal(bool)  # a search is wanted now; True: Enter pressed (a scan)
    down = Signal()  # Down in the search box: the results take the keyboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Title, author, ISBN or a copy's barcode"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Ctrl+F. Scan a copy's barcode to find its record."))
        self.search.installEventFilter(self)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for code in MATERIAL_TYPES:
            self.type_filter.addItem(type_name(code), code)
        self.hub_filter = QComboBox()
        self.hub_filter.addItem(self.tr("All hubs"), None)
        self.hub_filter.setMinimumContentsLength(14)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any copy status"), None)
        for code in COPY_STATES:  # on loan as the loans say, with what a status marks
            self.status_filter.addItem(status_name(code), code)
        self.found = QLabel()
        self.totals = QLabel()
        self.totals.setStyleSheet("color: #555")
        self.new_button = QPushButton(self.tr("New record…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self._lay_out()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(lambda: self.wanted.emit(False))
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(lambda: self.wanted.emit(True))
        for combo in self.combos():
            combo.currentIndexChanged.connect(lambda _i: self.wanted.emit(False))

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for label, combo in (
            (self.tr("Type:"), self.type_filter),
            (self.tr("Hub:"), self.hub_filter),
            (self.tr("Copies:"), self.status_filter),
        ):
            row.addSpacing(8)
            caption = QLabel(label)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.found)
        row.addSpacing(16)
        row.addWidget(self.totals)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)

    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        return self.type_filter, self.hub_filter, self.status_filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down goes to the results and Escape empties the box."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.down.emit()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filters(self) -> CatalogueFilter:
        return CatalogueFilter(
            material_type=self.type_filter.currentData(),
            hub=self.hub_filter.currentData(),
            status=self.status_filter.currentData(),
        )

    def clear_filters(self) -> None:
        """Back to every type, hub and status, without a search of its own."""
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def show_found(self, count: int) -> None:
        if count >= SEARCH_LIMIT:
            self.found.setText(
                self.tr("The first %1 found; type more to narrow.").replace("%1", str(SEARCH_LIMIT))
            )
        elif self.search.text().strip() or any(c.currentIndex() for c in self.combos()):
            self.found.setText(self.tr("Found: %1").replace("%1", grouped(count)))
        else:
            self.found.setText(self.tr("Last added: %1").replace("%1", str(count)))

    def show_totals(self, records: int, copies: int, hubs: list[str]) -> None:
        """The catalogue's size, and the hubs its copies are at as the hub filter's choices."""
        self.totals.setText(
            self.tr("In the catalogue: %1 records, %2 copies")
            .replace("%1", grouped(records))
            .replace("%2", grouped(copies))
        )
        refill(self.hub_filter, [(hub, hub) for hub in hubs], keep_missing=True)

    def hubs(self) -> list[str]:
        """The hubs the filter offers (those the catalogue's copies are at)."""
        return [self.hub_filter.itemText(i) for i in range(1, self.hub_filter.count())]
