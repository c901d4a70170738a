"""A page's message area: one line (wrapped) that says what was just done, or in red what went
wrong and what to do. Every page and section says things through one of these."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020"
DONE_STYLE = "color: #1b5e20"


class MessageLine(QLabel):
    def __init__(self, done_style: str = "", parent: QWidget | None = None) -> None:
        """``done_style``: how a message that is not an error looks (plain unless given)."""
        super().__init__(parent)
        self.done_style = done_style
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.setStyleSheet(ERROR_STYLE if error else self.done_style)
        self.setText(text)
