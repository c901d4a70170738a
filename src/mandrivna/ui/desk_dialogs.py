"""Small dialogs of the lending desk: lend despite a warning, an electronic loan, a consultation,
a tally correction and the session's closing summary. Each is usable from the keyboard alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.desk import CHANNEL_LABELS, TOPIC_LABELS, LoanLine, SessionSummary
from mandrivna.ui.dates import date_edit_format, day_text


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DeskDialogs", "Cancel")
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class OverrideDialog(QDialog):
    """Shows why a lend may be wrong and takes the reason to lend anyway."""

    def __init__(self, warning_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lend anyway?"))
        warning = QLabel(warning_text)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #8a5300")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why lend anyway (kept for the coordinator)"))
        self.buttons = _buttons(self, self.tr("Lend anyway"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)


class ELoanDialog(QDialog):
    def __init__(self, reader_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Electronic loan or internet resource"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Electronic loan (e-book, aggregator access)"), "e_loan")
        self.kind.addItem(self.tr("Free internet resource (link, QR code)"), "free_resource")
        self.title = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.channel = QComboBox()  # its own channel, not the session's
        self.channel.addItem(self.tr("At the desk, in person"), "in_person")
        self.channel.addItem(self.tr("Remotely (phone, messenger, online)"), "remote")
        form = QFormLayout(self)
        form.addRow(self.tr("Reader:"), QLabel(reader_name or self.tr("anonymous")))
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Given:"), self.channel)
        form.addRow(self.tr("What was given:"), self.title)
        form.addRow(self.tr("Link:"), self.url)
        form.addRow(_buttons(self, self.tr("Record")))
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "title": self.title.text(),
            "url": self.url.text() or None,
            "channel": self.channel.currentData(),
        }


class ConsultationDialog(QDialog):
    def __init__(self, reader_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reference help"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Consultation"), "consultation")
        self.kind.addItem(self.tr("Reference question"), "reference")
        self.topic = QComboBox()
        for code, label in TOPIC_LABELS.items():
            self.topic.addItem(QCoreApplication.translate("desk", label), code)
        # more topics than one (Дія *and* educational): ticked with Space
        self.also = QListWidget()
        for code, label in TOPIC_LABELS.items():
            item = QListWidgetItem(QCoreApplication.translate("desk", label))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.also.addItem(item)
        self.also.setFixedHeight(self.also.sizeHintForRow(0) * len(TOPIC_LABELS) + 6)
        self.channel = QComboBox()
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(QCoreApplication.translate("desk", label), code)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Answered"), "answered")
        self.outcome.addItem(self.tr("Referred elsewhere"), "referred")
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Reader:"), QLabel(reader_name or self.tr("anonymous")))
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow(self.tr("Also about:"), self.also)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(_buttons(self, self.tr("Record")))
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "topic": [self.topic.currentData(), *self.more_topics()],
            "channel": self.channel.currentData(),
            "outcome": self.outcome.currentData(),
            "note": self.note.text() or None,
        }

    def more_topics(self) -> list[str]:
        """The topics ticked besides the main one."""
        items = (self.also.item(row) for row in range(self.also.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]


class TallyCorrectionDialog(QDialog):
    def __init__(self, channel_label: str, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct today's count"))
        self.total = QSpinBox()
        self.total.setRange(0, 100_000)
        self.total.setValue(total)
        form = QFormLayout(self)
        form.addRow(self.tr("{channel}, today:").format(channel=channel_label), self.total)
        form.addRow(_buttons(self, self.tr("Save")))


class SummaryDialog(QDialog):
    """The closed session's figures."""

    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The day's summary"))
        visits = summary.visits
        rows = [
            (self.tr("Readers served"), summary.readers_served),
            (self.tr("Visits, stationary"), visits.get("stationary", 0)),
            (self.tr("Visits, non-stationary"), visits.get("non_stationary", 0)),
            (self.tr("Visits, remote"), visits.get("remote", 0)),
            (self.tr("Loans"), summary.loans),
            (self.tr("Returns"), summary.returns),
            (self.tr("Renewals"), summary.renewals),
            (self.tr("Electronic loans"), summary.e_loans),
            (self.tr("Free internet resources"), summary.free_resources),
            (self.tr("Consultations"), summary.consultations),
            (self.tr("Reference questions"), summary.references),
            (self.tr("Events"), summary.events),
        ]
        form = QFormLayout(self)
        self.values: dict[str, QLabel] = {}
        for label, value in rows:
            shown = QLabel(str(value))
            self.values[label] = shown
            form.addRow(label + ":", shown)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(self.accept)
        form.addRow(box)


class LoanListDialog(QDialog):
    """A list of loans: the overdue ones at a hub, or one reader's history."""

    def __init__(
        self, title: str, lines: list[LoanLine], today: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(lines), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Barcode"),
                self.tr("Title"),
                self.tr("Lent"),
                self.tr("Due"),
                self.tr("Returned"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        flags = {
            "lent_again": self.tr("Lent again before a return was recorded"),
            "return_without_loan": self.tr("Returned without a recorded loan"),
        }
        for row, line in enumerate(lines):
            loan = line.loan
            late = loan.returned_on is None and (loan.due_on or "9999") < today
            cells = [
                line.barcode or "",
                line.title or "",
                day_text(loan.lent_on, ""),
                day_text(loan.due_on, ""),
                day_text(loan.returned_on, ""),
                flags.get(loan.flag or "", self.tr("Overdue") if late else ""),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        empty = QLabel(self.tr("Nothing to show."))
        empty.setVisible(not lines)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table)
        layout.addWidget(box)
        self.resize(900, 480)


class VirtualVisitsDialog(QDialog):
    """Virtual visits for a period, from web statistics or a social network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Virtual visits for a period"))
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.source = QComboBox()
        self.source.setEditable(True)
        for source in (
            self.tr("Library website statistics"),
            "Facebook",
            "Instagram",
            "YouTube",
            "Telegram",
        ):
            self.source.addItem(source)
        self.count = QSpinBox()
        self.count.setRange(0, 10_000_000)
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(self.tr("To:"), self.end)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Visits:"), self.count)
        form.addRow(_buttons(self, self.tr("Record")))

    def values(self) -> dict[str, Any]:
        return {
            "period_start": self.start.date().toPython(),
            "period_end": self.end.date().toPython(),
            "source": self.source.currentText(),
            "count": self.count.value(),
        }
