"""The idle fold of the write-ahead log (``services.idle_upkeep``): due only after enough
commits, folds everything back, and a scan committed but never folded survives a kill -9."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from mandrivna.app import open_services
from mandrivna.services.idle_upkeep import FOLD_AFTER_COMMITS, IdleUpkeep

ROOT = Path(__file__).resolve().parents[3]


def test_the_fold_is_due_after_enough_commits_and_folds_them_all(db) -> None:
    upkeep = IdleUpkeep(db)
    db.fold_log()
    for n in range(FOLD_AFTER_COMMITS):
        assert upkeep.due() is False  # one scan's worth of log is left for later
        with db.transaction() as conn:
            conn.execute(text("UPDATE device_state SET hub_name = :h"), {"h": f"Хаб {n}"})
    assert upkeep.due() is True
    assert upkeep.fold_log() is True
    assert upkeep.due() is False
    with db.engine.connect() as conn:
        busy, frames, folded = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    assert (busy, frames) == (0, folded)  # nothing left in the log that is not in the file


def test_a_committed_scan_survives_a_kill_before_the_log_is_folded(data_dir) -> None:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", str(data_dir), "scan"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert worker.stdout is not None
        line = worker.stdout.readline().split()
        assert line, worker.stderr.read() if worker.stderr else "worker died"
        loan_id, unfolded = line[0], int(line[1])
        assert unfolded > 0  # the scan is in the write-ahead log only
        wal = data_dir / "mandrivna.sqlite3-wal"
        assert wal.stat().st_size > 0
    finally:
        worker.kill()  # SIGKILL: no clean close, no checkpoint
        worker.wait(timeout=30)
    services = open_services(data_dir)  # an unclean close: the whole file is checked first
    try:
        with services.db.read() as conn:
            loan = conn.execute(
                text("SELECT returned_on FROM loan WHERE id = :id"), {"id": loan_id}
            ).one()
            assert loan.returned_on is None  # lent, and still out
            lent = conn.execute(
                text("SELECT count(*) FROM loan_event WHERE id = :id AND kind = 'lend'"),
                {"id": loan_id},
            ).scalar()
            assert lent == 1
            logged = conn.execute(
                text("SELECT count(*) FROM change_log WHERE entity = 'loan_event'")
            ).scalar()
            assert logged == 1  # and the change that syncs it
        assert services.lending.loans_of(services.readers.search("Коваль")[0].id)
    finally:
        services.close()
