"""The desk's anonymous visit tallies: a +1 button per channel (F6, F7, F8 on the page), today's
count beside it, and a correction of today's count (recorded as a correction, nothing rewritten)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from mandrivna.core.change import Changed
from mandrivna.services.desk_service import DeskService
from mandrivna.ui.desk_dialogs import TallyCorrectionDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

TALLY_CHANNELS = ("stationary", "non_stationary", "remote")


class TallyBox(QGroupBox):
    changed = Signal(object)  # Changed
    failed = Signal(object)  # an exception, for the page to show

    def __init__(
        self,
        desk: DeskService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Anonymous visits today"))
        self.desk, self.runner = desk, runner
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        names = {
            "stationary": self.tr("Stationary +1 (F6)"),
            "non_stationary": self.tr("Non-stationary +1 (F7)"),
            "remote": self.tr("Remote +1 (F8)"),
        }
        grid = QGridLayout(self)
        for row, channel in enumerate(TALLY_CHANNELS):
            button = QPushButton(names[channel])
            label = QLabel("0")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            correct = QPushButton(self.tr("Correct…"))
            correct.clicked.connect(lambda _c=False, ch=channel: self.correct(ch))
            button.clicked.connect(lambda _c=False, ch=channel: self.tally(ch))
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(correct, row, 2)
            self.labels[channel] = label
            self.buttons[channel] = button

    def tally(self, channel: str) -> None:
        self.runner.run(lambda: self.desk.tally(channel), self._tallied, self.failed.emit)

    def correct(self, channel: str) -> None:
        label = self.buttons[channel].text().split(" +")[0]
        dialog = TallyCorrectionDialog(label, int(self.labels[channel].text()), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        total = dialog.total.value()
        self.runner.run(
            lambda: self.desk.correct_tally(channel, total), self._tallied, self.failed.emit
        )

    def refresh(self) -> None:
        self.runner.run(
            lambda: {ch: self.desk.tally_total(ch) for ch in TALLY_CHANNELS},
            self._show,
            self.failed.emit,
        )

    def _tallied(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)
        self.refresh()

    def _show(self, totals: dict[str, int]) -> None:
        for channel, total in totals.items():
            self.labels[channel].setText(str(total))
