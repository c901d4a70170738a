"""A page's message area: one line (wrapped) that says what was just done, or in red what went
wrong and what to do. Every page and section says things through one of these. As a *banner*
(the desk), success and failure are shown equally plainly: bold, on a tinted band."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020"
DONE_STYLE = "color: #1b5e20"
BANNER = "font-weight: bold; padding: 6px 8px; border-radius: 3px; "
ERROR_BANNER = BANNER + "color: #8e0016; background-color: #fdecea"
DONE_BANNER = BANNER + "color: #1b5e20; background-color: #e8f5e9"


class MessageLine(QLabel):
    def __init__(
        self, done_style: str = "", parent: QWidget | None = None, banner: bool = False
    ) -> None:
        """``done_style``: how a message that is not an error looks (plain unless given);
        ``banner``: both kinds bold on a tinted band."""
        super().__init__(parent)
        self.done_style = DONE_BANNER if banner else done_style
        self.error_style = ERROR_BANNER if banner else ERROR_STYLE
        self.is_error = False
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.is_error = error and bool(text)
        self.setStyleSheet((self.error_style if error else self.done_style) if text else "")
        self.setText(text)

    def clear(self) -> None:
        self.say("")
