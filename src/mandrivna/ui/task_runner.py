"""The one background runner: slow work runs on a worker thread, results return by signal.

``run(fn, on_done, on_error)`` calls ``fn()`` on the pool and then ``on_done(result)`` or
``on_error(exception)`` on the main thread. ``run_with_progress`` also hands ``fn`` a
``progress(*values)`` callable whose calls reach ``on_progress(*values)`` on the main thread.
Nothing else in the app starts threads. Tests use ``ImmediateRunner``, which does the same at once
on the calling thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, object, object)  # job id, result, exception
    progressed = Signal(int, object)  # job id, tuple of values


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job_id, self.fn, self.relay = job_id, fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the main thread, never lost
            self.relay.finished.emit(self.job_id, None, exc)
        else:
            self.relay.finished.emit(self.job_id, result, None)


class TaskRunner(QObject):
    """Runs work off the UI thread; ``busy_changed`` tells views when work starts and stops."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None]] = {}
        self._on_progress: dict[int, Callable[..., None]] = {}

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        self._start(next(self._ids), fn, on_done, on_error)

    def _start(
        self, job_id: int, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None
    ) -> None:
        self._pending[job_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, fn, self._relay))

    def run_with_progress(
        self,
        fn: Callable[[Callable[..., None]], Any],
        on_progress: Callable[..., None],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        job_id = next(self._ids)
        self._on_progress[job_id] = on_progress
        relay = self._relay

        def report(*values: Any) -> None:
            relay.progressed.emit(job_id, values)

        self._start(job_id, lambda: fn(report), on_done, on_error)

    @Slot(int, object)
    def _progress(self, job_id: int, values: tuple[Any, ...]) -> None:
        callback = self._on_progress.get(job_id)
        if callback is not None:
            callback(*values)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        self._on_progress.pop(job_id, None)
        on_done, on_error = self._pending.pop(job_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        elif on_done is not None:
            on_done(result)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def is_busy(self) -> bool:
        return bool(self._pending)


class ImmediateRunner(QObject):
    """Runs each job at once on the caller's thread (for tests)."""

    busy_changed = Signal(bool)

    def run(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            if on_done is not None:
                on_done(result)

    def run_with_progress(
        self,
        fn: Callable[[Callable[..., None]], Any],
        on_progress: Callable[..., None],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        self.run(lambda: fn(on_progress), on_done, on_error)

    def wait(self, msecs: int = 0) -> bool:
        return True

    def is_busy(self) -> bool:
        return False
