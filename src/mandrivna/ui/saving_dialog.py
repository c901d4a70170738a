"""A dialog that saves on the background runner: while the write runs its buttons wait; a refused
input is explained inside the dialog in plain words, and the dialog stays open with everything the
user typed. ``saved`` carries the write's result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from mandrivna.ui.error_messages import user_text
from mandrivna.ui.message_line import DONE_STYLE, MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class SavingDialog(QDialog):
    saved = Signal(object)  # what the write returned

    def __init__(self, runner: TaskRunner | ImmediateRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.busy = False
        self.message = MessageLine(DONE_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        """Call after adding the fields to ``body``: the message and the buttons go last."""
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)

    # --- to fill in -------------------------------------------------------------------------
    def write(self) -> Callable[[], Any] | None:
        """The write to run on the runner, built from the fields (read on the UI thread);
        None when there is nothing to write. Every dialog built on this one defines it."""
        raise TypeError(f"{type(self).__name__} must define write()")

    def written(self, result: Any) -> None:
        """After a successful write; closes the dialog unless overridden."""
        self.accept()

    def field_for(self, exc: BaseException) -> QWidget | None:
        """The field a refused input belongs to, to put the cursor there."""
        return None

    # --- the flow ---------------------------------------------------------------------------
    def save(self) -> None:
        if self.busy:
            return
        job = self.write()
        if job is None:
            self.accept()
            return
        self.busy = True
        PageOp(self, job).done(self._done).failed(self._failed).busy(self.buttons).run()

    def _done(self, result: Any) -> None:
        self.busy = False
        self.say("")
        self.saved.emit(result)
        self.written(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.say(user_text(exc), error=True)
        field = self.field_for(exc)
        if field is not None:
            field.setFocus()

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def reject(self) -> None:
        if not self.busy:  # a write under way finishes first; its result is announced
            super().reject()
