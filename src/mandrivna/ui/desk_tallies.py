"""The desk's anonymous visit tallies: a +1 button per channel (F6, F7, F8 on the page), today's
count beside it, and a correction of today's count (recorded as a correction, nothing rewritten);
and beside them the desk's two counters, a new person served without a card (F9) and an item used
in the hub without being taken away (F10), corrected the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from mandrivna.core.change import Changed
from mandrivna.core.desk import DESK_COUNTERS
from mandrivna.core.visits import VISIT_CHANNELS
from mandrivna.services.desk_counters import DeskCounters
from mandrivna.services.visit_service import VisitService
from mandrivna.ui.desk_dialogs import TallyCorrectionDialog
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class _CountsBox(QGroupBox):
    """Rows of a +1 button, today's count and a correction; what a row counted goes to the
    day's log and the counts are read again. (The words are the subclasses': each translates
    its own.)"""

    changed = Signal(object)  # Changed
    said = Signal(str, bool)  # a message (and whether it is an error) for the page to show
    counted = Signal(str)  # what was counted or corrected, for the day's log
    runner: TaskRunner | ImmediateRunner  # set by the subclass: where its reads and writes run

    def __init__(
        self, title: str, totals: Callable[[], dict[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._totals = totals  # today's count of each row, read on the background runner
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.correct_buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout(self)

    def _add_row(self, key: str, button: QPushButton, correct: QPushButton) -> None:
        label = QLabel("0")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = len(self.labels)
        self._grid.addWidget(button, row, 0)
        self._grid.addWidget(label, row, 1)
        self._grid.addWidget(correct, row, 2)
        self.labels[key], self.buttons[key], self.correct_buttons[key] = label, button, correct

    def _counted(self, text: str) -> None:
        self.counted.emit(text)
        self.refresh()

    def refresh(self) -> None:
        PageOp(self, self._totals).done(self._show).run()

    def announce(self, changed: Changed) -> None:
        if changed:
            self.changed.emit(changed)

    def say(self, text: str, error: bool = False) -> None:
        self.said.emit(text, error)

    def _show(self, totals: dict[str, int]) -> None:
        for key, total in totals.items():
            self.labels[key].setText(str(total))


class TallyBox(_CountsBox):
    def __init__(
        self,
        visits: VisitService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        self.visits, self.runner = visits, runner
        super().__init__(self.tr("Anonymous visits today"), self._today, parent)
        names = {
            "stationary": self.tr("Stationary +1 (F6)"),
            "non_stationary": self.tr("Non-stationary +1 (F7)"),
            "remote": self.tr("Remote +1 (F8)"),
        }
        for channel in VISIT_CHANNELS:
            button = QPushButton(names[channel])
            correct = QPushButton(self.tr("Correct…"))
            correct.clicked.connect(lambda _c=False, ch=channel: self.correct(ch))
            button.clicked.connect(lambda _c=False, ch=channel: self.tally(ch))
            self._add_row(channel, button, correct)

    def channel_name(self, channel: str) -> str:
        return self.buttons[channel].text().split(" +")[0]

    def tally(self, channel: str) -> None:
        text = self.tr("Visit +1: {channel}").format(channel=self.channel_name(channel).lower())
        PageOp(self, lambda: self.visits.tally(channel)).done(lambda _r: self._counted(text)).run()

    def correct(self, channel: str) -> None:
        label = self.channel_name(channel)
        dialog = TallyCorrectionDialog(label, int(self.labels[channel].text()), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        total = dialog.total.value()
        text = self.tr("Visits corrected: {channel}, today {total}").format(
            channel=label.lower(), total=total
        )
        PageOp(self, lambda: self.visits.correct_tally(channel, total)).done(
            lambda _c: self._counted(text)
        ).run()

    def _today(self) -> dict[str, int]:
        return {channel: self.visits.tally_total(channel) for channel in VISIT_CHANNELS}


class CounterBox(_CountsBox):
    """People served without a card and items used in the hub, today at this hub."""

    def __init__(
        self,
        counters: DeskCounters,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        self.counters, self.runner = counters, runner
        super().__init__(self.tr("Also counted today"), counters.totals, parent)
        self.names = {
            "person_served": self.tr("New person without a card"),
            "in_house_use": self.tr("Used in the hub, not taken"),
        }
        keys = {"person_served": "F9", "in_house_use": "F10"}
        short = {  # the button's words (the column is narrow); the log says the whole name
            "person_served": self.tr("Without a card"),
            "in_house_use": self.tr("Read here"),
        }
        for counter in DESK_COUNTERS:
            button = QPushButton(f"{short[counter]} +1 ({keys[counter]})")
            button.setToolTip(
                self.names[counter]
                + ". "
                + (
                    self.tr("Each person once: they are counted among the users served.")
                    if counter == "person_served"
                    else self.tr("A book read at the hub: it counts in книговидача.")
                )
            )
            correct = QPushButton(self.tr("Correct…"))
            correct.clicked.connect(lambda _c=False, name=counter: self.correct(name))
            button.clicked.connect(lambda _c=False, name=counter: self.add(name))
            self._add_row(counter, button, correct)

    def add(self, counter: str) -> None:
        text = f"{self.names[counter]} +1"
        PageOp(self, lambda: self.counters.add(counter)).done(lambda _r: self._counted(text)).run()

    def correct(self, counter: str) -> None:
        dialog = TallyCorrectionDialog(self.names[counter], int(self.labels[counter].text()), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        total = dialog.total.value()
        text = self.tr("{name}: corrected to {total}").format(name=self.names[counter], total=total)
        PageOp(self, lambda: self.counters.correct(counter, total)).done(
            lambda _c: self._counted(text)
        ).run()
