"""The frame every page shares: a title, a body, and keyboard shortcuts that work anywhere on
the page."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mandrivna.ui.look import BLOCK_SPACING, PAGE_MARGINS, set_type

# Text fields wider than this are hard to read across a 1366-pixel screen.
FIELD_MAX_WIDTH = 520


class PageFrame(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None, fill: bool = False) -> None:
        """``fill``: the body takes the whole height (lists), else it sits at the top (forms)."""
        super().__init__(parent)
        self.title = QLabel(title)
        set_type(self.title, "title")
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(self.title)
        layout.addSpacing(BLOCK_SPACING)
        layout.addLayout(self.body, 1 if fill else 0)
        if not fill:
            layout.addStretch(1)

    def add_shortcuts(self, pairs: Iterable[tuple[str, Callable[[], object]]]) -> None:
        """Key sequences that act while the focus is anywhere on this page (and only then)."""
        for keys, slot in pairs:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
