"""What an empty list or table says: a grey line in its middle telling what to do next («No
readers yet: register the first one…»), shown only while the view has no rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 16


class EmptyState(QLabel):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        grey = view.palette().color(QPalette.ColorRole.PlaceholderText)  # the text, half seen
        rgba = f"{grey.red()}, {grey.green()}, {grey.blue()}, {grey.alpha()}"
        self.setStyleSheet(f"color: rgba({rgba})")  # a style sheet: the app's has the last word
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.follow)
        view.viewport().installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.setGeometry(self.view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

    def follow(self, *_args: object) -> None:
        """Shown while the view has no rows."""
        self._place()
        self.setVisible(self.view.model().rowCount() == 0)
