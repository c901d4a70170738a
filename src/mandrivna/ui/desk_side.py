"""The desk's right-hand column: the anonymous tallies, the day's other counters, the buttons
for e-loans, reference help, overdue items and virtual visits, and the sound switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from mandrivna.services.desk_counters import DeskCounters
from mandrivna.services.visit_service import VisitService
from mandrivna.ui.desk_signals import set_sound_wanted, sound_wanted
from mandrivna.ui.desk_tallies import CounterBox, TallyBox
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

WIDTH = 360


class DeskSide(QWidget):
    def __init__(
        self,
        visits: VisitService,
        counters: DeskCounters,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tallies = TallyBox(visits, runner)
        self.counters = CounterBox(counters, runner)
        self.e_loan_button = QPushButton(self.tr("Electronic loan… (Ctrl+L)"))
        self.consult_button = QPushButton(self.tr("Reference help… (Ctrl+K)"))
        self.overdue_button = QPushButton(self.tr("Overdue at this hub"))
        self.virtual_button = QPushButton(self.tr("Virtual visits for a period…"))
        self.sound_box = QCheckBox(self.tr("Sound signals"))
        self.sound_box.setChecked(sound_wanted())
        self.sound_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sound_box.toggled.connect(set_sound_wanted)
        column = QVBoxLayout(self)
        for widget in (
            self.tallies,
            self.counters,
            self.e_loan_button,
            self.consult_button,
            self.overdue_button,
            self.virtual_button,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        column.addWidget(self.sound_box)
        self.setFixedWidth(WIDTH)
