"""The records behind a report figure: day, hub, who (card and name, when a reader is known),
what, and how many each counts for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.desk import TOPIC_LABELS
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.report_service import DetailLine

translate = QCoreApplication.translate
# What the records say, in words (channels, sources, kinds); anything else is shown as is.
WHAT = {
    "non_stationary": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "at a hub")),
    "remote": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "remote")),
    "stationary": (
        "ReportDetailDialog",
        QT_TRANSLATE_NOOP("ReportDetailDialog", "in the library's premises"),
    ),
    "desk": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "served at the desk")),
    "tally": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "counted at the desk")),
    "checkin": (
        "ReportDetailDialog",
        QT_TRANSLATE_NOOP("ReportDetailDialog", "checked in at an event"),
    ),
    "consultation": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "consultation")),
    "registration": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "registration")),
    "e_loan": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "e-loan")),
    "visit": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "visit")),
    "loan": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "loan")),
    "new": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "registered")),
    "again": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "re-registered")),
    "no_card": (
        "ReportDetailDialog",
        QT_TRANSLATE_NOOP("ReportDetailDialog", "served without a card"),
    ),
    "in_house": ("ReportDetailDialog", QT_TRANSLATE_NOOP("ReportDetailDialog", "used in the hub")),
    **{key: ("desk", name) for key, name in TOPIC_LABELS.items()},
}


def what_text(what: str) -> str:
    known = WHAT.get(what)
    return translate(*known) if known else what


class ReportDetailDialog(QDialog):
    def __init__(self, title: str, lines: list[DetailLine], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        total = sum(line.count for line in lines)
        summary = QLabel(
            self.tr("%1 records, counting %2.")
            .replace("%1", str(len(lines)))
            .replace("%2", str(total))
            if lines
            else self.tr("No records behind this figure (it is entered, or nothing was done).")
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(lines), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Hub"), self.tr("Who"), self.tr("What"), self.tr("Counts")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for r, line in enumerate(lines):
            day = f"{line.day[8:10]}.{line.day[5:7]}.{line.day[:4]}" if len(line.day) >= 10 else ""
            count = QTableWidgetItem(str(line.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate(
                (
                    QTableWidgetItem(day),
                    QTableWidgetItem(line.hub or "—"),
                    QTableWidgetItem(line.who or "—"),
                    QTableWidgetItem(what_text(line.what)),
                    count,
                )
            ):
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus()
