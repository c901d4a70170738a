"""The right-hand column of the Readers page: the chosen reader's card (``ReaderDetail``), the
buttons that act on that reader (serve at the desk, edit, re-register, block or unblock, print
the card, export their personal data, delete) and the line where the page says what happened.
The buttons are enabled only while a reader is chosen, re-registering only if not done for this
year; the page connects them."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from mandrivna.core.reader import Reader
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.pages.reader_detail import ReaderDetail

PANEL_WIDTH = 400


class ReaderActionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = ReaderDetail()
        self.desk_button = QPushButton(self.tr("Serve at the desk (Ctrl+D)"))
        self.edit_button = QPushButton(self.tr("Edit (Ctrl+E)"))
        self.reregister_button = QPushButton()
        self.block_button = QPushButton()
        self.print_button = QPushButton(self.tr("Print card (Ctrl+P)"))
        self.export_button = QPushButton(self.tr("Export personal data…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.message = MessageLine()
        actions = QVBoxLayout()
        for button in self.buttons():
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFixedWidth(PANEL_WIDTH)

    def buttons(self) -> tuple[QPushButton, ...]:
        """The buttons that act on the chosen reader, top to bottom."""
        return (
            self.desk_button,
            self.edit_button,
            self.reregister_button,
            self.block_button,
            self.print_button,
            self.export_button,
            self.delete_button,
        )

    def show_reader(self, reader: Reader | None, year: int) -> None:
        """The reader chosen (None: nobody), in the library's ``year``."""
        self.detail.show_reader(reader)
        for button in self.buttons():
            button.setEnabled(reader is not None)
        self.reregister_button.setText(self.tr("Re-register for {year} (Ctrl+R)").format(year=year))
        if reader is not None and year in (reader.registration_years or []):
            self.reregister_button.setEnabled(False)
        blocked = bool(reader and reader.blocked)
        self.block_button.setText(self.tr("Unblock") if blocked else self.tr("Block…"))
