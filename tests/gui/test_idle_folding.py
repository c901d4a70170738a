"""The write-ahead log is folded back on the background runner once it is idle
(``ui.idle_folding``), never while it is working, and not when nothing was written."""

from __future__ import annotations

import time

from sqlalchemy import text

from mandrivna.services.idle_upkeep import FOLD_AFTER_COMMITS, IdleUpkeep
from mandrivna.ui.idle_folding import IdleFolding
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import TaskRunner


class Watched(IdleUpkeep):
    """The real upkeep, noting when each fold ran."""

    def __init__(self, db, events: list[str]) -> None:
        super().__init__(db)
        self.events = events

    def fold_log(self) -> bool:
        self.events.append("fold")
        return super().fold_log()


def _save_settings(services, n: int) -> None:
    services.device.save(f"Хаб {n}", "Олена")


def test_the_main_window_folds_the_log_once_its_runner_is_idle(qtbot, services) -> None:
    services.device.save("Хаб Дніпро", "Олена")
    runner = TaskRunner()
    window = MainWindow(services, runner, auto_sync=False)
    qtbot.addWidget(window)
    for n in range(FOLD_AFTER_COMMITS):  # saves on the runner, one commit each
        runner.run(lambda n=n: _save_settings(services, n))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    qtbot.waitUntil(lambda: not services.upkeep.due(), timeout=5_000)
    runner.wait()
    with services.db.engine.connect() as conn:
        busy, frames, folded = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    assert (busy, frames) == (0, folded)
    saved = {f"Хаб {n}" for n in range(FOLD_AFTER_COMMITS)}  # two workers: in either order
    assert services.device.current().hub_name in saved


def test_no_fold_while_the_runner_works(qtbot, services) -> None:
    services.device.save("Хаб Дніпро", "Олена")
    events: list[str] = []
    runner = TaskRunner()
    folding = IdleFolding(runner, Watched(services.db, events), idle_ms=30)
    for n in range(FOLD_AFTER_COMMITS):
        _save_settings(services, n)

    def slow_work(step: int) -> None:
        time.sleep(0.1)  # the idle moment's timer would have fired meanwhile
        events.append(f"work {step}")

    def next_step(step: int) -> None:  # one job after another, as scans queued at the desk
        if step < 3:
            runner.run(lambda: slow_work(step), lambda _r: next_step(step + 1))

    next_step(0)
    qtbot.waitUntil(lambda: "fold" in events, timeout=10_000)
    runner.wait()
    assert events == ["work 0", "work 1", "work 2", "fold"]
    assert folding.timer.isActive() is False


def test_no_fold_when_little_was_written(qtbot, services) -> None:
    services.device.save("Хаб Дніпро", "Олена")
    services.db.fold_log()
    events: list[str] = []
    runner = TaskRunner()
    IdleFolding(runner, Watched(services.db, events), idle_ms=10)
    for _ in range(5):  # reads, and one write: not worth a fold
        runner.run(services.status.status)
    runner.run(lambda: _save_settings(services, 1))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    qtbot.wait(100)
    runner.wait()
    assert events == []
    with services.db.read() as conn:
        assert conn.execute(text("SELECT hub_name FROM device_state")).scalar() == "Хаб 1"
