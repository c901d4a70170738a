"""Settings → Lending periods: how many days each type of item is lent for (library-wide, it
syncs); the due date of a loan or a renewal follows it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.services.desk_service import DeskService
from mandrivna.ui.catalogue_names import type_name
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

LENT_TYPES = ("book", "ebook", "audiobook", "periodical")


class LendingSettings(QGroupBox):
    def __init__(
        self,
        desk: DeskService,
        runner: TaskRunner | ImmediateRunner,
        announce: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lending periods"))
        self.desk, self.runner, self.announce = desk, runner, announce
        self.days: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for kind in LENT_TYPES:
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(desk.loan_days(kind))
            spin.setMaximumWidth(140)
            self.days[kind] = spin
            form.addRow(type_name(kind) + ":", spin)
        self.save_button = QPushButton(self.tr("Save lending periods"))
        self.save_button.setMaximumWidth(260)
        self.message = QLabel()
        form.addRow("", self.save_button)
        form.addRow("", self.message)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        wanted = {kind: spin.value() for kind, spin in self.days.items()}
        current = {kind: self.desk.loan_days(kind) for kind in wanted}

        def write() -> Changed:
            changed = Changed()
            for kind, days in wanted.items():
                if days != current[kind]:
                    changed.merge(self.desk.set_loan_days(kind, days))
            return changed

        self.runner.run(write, self._saved, self._failed)

    def _saved(self, changed: Changed) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        if callable(self.announce):
            self.announce(changed)

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020")
        self.message.setText(user_text(exc))
