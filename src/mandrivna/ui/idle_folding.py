"""Folds the database's write-ahead log back on the background runner once the app has been idle
for a moment (``services.idle_upkeep``), so that no scan's commit waits for a checkpoint.

The runner says when it starts and stops working (``busy_changed``). When it stops and anything
was committed since the last fold, a short timer starts; any new work stops it. When it fires
the fold runs on the runner like any other job: a scan that arrives meanwhile runs beside it
(the fold waits for no writer). Nothing is shown: a fold that fails is logged, and SQLite folds
the log itself at its bound.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from mandrivna.services.idle_upkeep import IdleUpkeep
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

# How long the runner stays idle before the log is folded: longer than the pause between two
# codes of one scanner burst, shorter than a librarian's reach for the next book.
IDLE_MS = 200
log = logging.getLogger(__name__)


class IdleFolding(QObject):
    def __init__(
        self,
        runner: TaskRunner | ImmediateRunner,
        upkeep: IdleUpkeep,
        idle_ms: int = IDLE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.upkeep = runner, upkeep
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self._fold)
        runner.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.timer.stop()
        elif self.upkeep.due():
            self.timer.start()

    def _fold(self) -> None:
        if self.runner.is_busy() or not self.upkeep.due():
            return  # the runner's next idle moment starts the timer again
        self.runner.run(self.upkeep.fold_log, None, self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.warning("The write-ahead log was not folded back now: %s", exc)
