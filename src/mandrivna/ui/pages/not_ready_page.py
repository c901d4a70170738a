"""An honest page for a part of the app that a later version brings: says so, shows nothing fake."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from mandrivna.ui.pages.page_frame import PageFrame


class NotReadyPage(PageFrame):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        text = QLabel(
            what
            + "\n\n"
            + self.tr(
                "This part of the app is not available yet; it comes in a later version. "
                "Everything you record elsewhere in the app is kept and will appear here."
            )
        )
        text.setWordWrap(True)
        self.body.addWidget(text)
