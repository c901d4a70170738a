"""The desk's top bar: the open service session (where, when, who), or the fields to open one
(venue, channel) and the buttons to open and close it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from mandrivna.core.desk import ServiceSession


class SessionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_label = QLabel()
        self.session_label.setWordWrap(True)
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("Venue (optional)"))
        metrics = self.venue.fontMetrics()  # the whole hint shows, in any language
        self.venue.setMinimumWidth(metrics.horizontalAdvance(self.venue.placeholderText()) + 24)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Non-stationary (hub, mobile)"), "non_stationary")
        self.channel.addItem(self.tr("Stationary (library premises)"), "stationary")
        self.open_button = QPushButton(self.tr("Open session (Ctrl+O)"))
        self.close_button = QPushButton(self.tr("Close session…"))
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.session_label, 1)
        bar.addWidget(self.venue)
        bar.addWidget(self.channel)
        bar.addWidget(self.open_button)
        bar.addWidget(self.close_button)

    def show_session(self, session: ServiceSession | None) -> None:
        is_open = session is not None
        for widget in (self.venue, self.channel, self.open_button):
            widget.setVisible(not is_open)
        self.close_button.setVisible(is_open)
        if session is None:
            self.session_label.setText(
                self.tr("No service session is open. Open one to start the day.")
            )
            return
        place = ", ".join(p for p in (session.hub, session.venue) if p)
        self.session_label.setText(
            self.tr("Session: {place}, {day}, {librarian}").format(
                place=place, day=session.day, librarian=session.librarian
            )
        )
