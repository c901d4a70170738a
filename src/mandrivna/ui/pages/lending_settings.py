"""Settings → Lending periods: how many days each type of item is lent for (library-wide, it
syncs); the due date of a loan or a renewal follows it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.services.lending_service import LendingService
from mandrivna.ui.catalogue_names import type_name
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

LENT_TYPES = ("book", "ebook", "audiobook", "periodical")


class LendingSettings(QGroupBox):
    def __init__(
        self,
        lending: LendingService,
        runner: TaskRunner | ImmediateRunner,
        announce: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lending periods"))
        self.lending, self.runner, self.announce_to = lending, runner, announce
        self.days: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for kind in LENT_TYPES:
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(lending.loan_days(kind))
            spin.setMaximumWidth(140)
            self.days[kind] = spin
            form.addRow(type_name(kind) + ":", spin)
        self.save_button = QPushButton(self.tr("Save lending periods"))
        self.save_button.setMaximumWidth(260)
        self.message = MessageLine()
        form.addRow("", self.save_button)
        form.addRow("", self.message)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        wanted = {kind: spin.value() for kind, spin in self.days.items()}
        current = {kind: self.lending.loan_days(kind) for kind in wanted}

        def write() -> Changed:
            changed = Changed()
            for kind, days in wanted.items():
                if days != current[kind]:
                    changed.merge(self.lending.set_loan_days(kind, days))
            return changed

        PageOp(self, write).done(lambda _c: self.say(self.tr("Saved."))).run()

    def announce(self, changed: Changed) -> None:
        if callable(self.announce_to):
            self.announce_to(changed)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)
