"""Opening the data folder without a frozen screen: the database is opened on a worker thread
while Qt's event loop runs, and when a long step starts (a check of a big file, the backup and
the update after a new version, ``core.opening_steps``) a small window says which, once it has
lasted long enough to be noticed. Most starts take no long step and show nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from mandrivna.core.opening_steps import KEEP_ON, STEP_TEXTS, OpeningStep, StepSink

T = TypeVar("T")

# A step shorter than this is not worth a window that flashes and goes.
SHOW_AFTER_MS = 400


class _Relay(QObject):
    """Carries the worker thread's news to the GUI thread (queued signals)."""

    step = Signal(str)
    finished = Signal()


def _text(step: str) -> str:
    return "\n\n".join(
        (
            QCoreApplication.translate("opening", STEP_TEXTS[OpeningStep(step)]),
            QCoreApplication.translate("opening", KEEP_ON),
        )
    )


class OpeningWait:
    """Runs ``open_with(sink)`` on a worker thread and returns what it returns (or raises what
    it raised), keeping the GUI alive and saying what a long step is doing."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None
        self.shown_steps: list[str] = []  # what the window said, in order (for tests)
        self._pending: str | None = None

    def run(self, open_with: Callable[[StepSink], T]) -> T:
        relay = _Relay()
        outcome: list[T] = []
        failure: list[BaseException] = []

        def work() -> None:
            try:
                outcome.append(open_with(lambda step: relay.step.emit(step.value)))
            except BaseException as exc:
                failure.append(exc)
            finally:
                relay.finished.emit()

        loop = QEventLoop()
        timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
        timer.timeout.connect(self._show)
        relay.step.connect(lambda step: self._step(step, timer))
        relay.finished.connect(loop.quit)
        worker = threading.Thread(target=work, name="open-database", daemon=True)
        worker.start()
        loop.exec()  # until ``finished`` (queued: it ends the loop even if sent before it ran)
        worker.join()
        timer.stop()
        self._pending = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if failure:
            raise failure[0]
        return outcome[0]

    def _step(self, step: str, timer: QTimer) -> None:
        self._pending = step
        if self.dialog is not None:
            self._say(step)
        elif not timer.isActive():
            timer.start()

    def _show(self) -> None:
        if self._pending is None:
            return
        dialog = QProgressDialog()
        dialog.setWindowTitle("Mandrivna")
        dialog.setRange(0, 0)  # busy: how long a step takes is not known
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setMinimumDuration(0)
        dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        dialog.setMinimumWidth(480)
        self.dialog = dialog
        self._say(self._pending)
        dialog.show()

    def _say(self, step: str) -> None:
        assert self.dialog is not None
        self.dialog.setLabelText(_text(step))
        self.shown_steps.append(step)
