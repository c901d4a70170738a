"""Crash safety: a real process is killed (SIGKILL, as by a power cut of the process) at random
points while it writes and while it syncs. Afterwards the database opens, passes SQLite's
integrity check, holds everything it reported committed, and its derived tables (search index,
loans) agree with the data; the app carries on, and a new sync completes the interrupted one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from mandrivna.app import open_services
from mandrivna.store import loan_projection
from tests.support.live_server import Laptop

SEED = int(os.environ.get("MANDRIVNA_CRASH_SEED", random.randrange(1_000_000)))
KILLS = 5


def start_worker(folder: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", str(folder), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def kill_after_first_line(worker: subprocess.Popen[str], delay: float) -> list[str]:
    assert worker.stdout is not None
    first = worker.stdout.readline()
    assert first, worker.stderr.read() if worker.stderr else "worker died"
    time.sleep(delay)
    worker.send_signal(signal.SIGKILL)
    rest, _ = worker.communicate(timeout=30)
    return [first.strip(), *rest.split()]


def check_consistent(folder: Path) -> int:
    """The database after a kill: intact, gap-free log, index and loans equal to the data."""
    services = open_services(folder)  # quick_check at open; damaged files are refused
    try:
        with services.db.read() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            device = conn.execute(text("SELECT origin_id, seq_last FROM device_state")).one()
            seqs = [
                r[0]
                for r in conn.execute(
                    text("SELECT seq FROM change_log WHERE device_id = :d ORDER BY seq"),
                    {"d": device[0]},
                )
            ]
            assert seqs == list(range(1, device[1] + 1))  # nothing half-written, no gap
            readers = conn.execute(text("SELECT count(*) FROM reader WHERE deleted = 0")).scalar()
            indexed = conn.execute(text("SELECT count(*) FROM reader_fts")).scalar()
            assert readers == indexed
            loans = sorted(conn.execute(text("SELECT * FROM loan")).all())
        with services.db.transaction() as conn:  # the projection, computed afresh, is the same
            loan_projection.rebuild(conn)
            assert sorted(conn.execute(text("SELECT * FROM loan")).all()) == loans
        return int(readers or 0)
    finally:
        services.close()


def test_kill_9_while_writing_loses_nothing_committed(tmp_path) -> None:
    rng = random.Random(SEED)
    laptop = Laptop(tmp_path / "hub", "Хаб Дніпро")
    for _ in range(KILLS):
        lines = kill_after_first_line(start_worker(laptop.folder, "write"), rng.uniform(0.05, 0.8))
        reported = max(int(line) for line in lines if line.isdigit())  # steps are numbered on
        readers = check_consistent(laptop.folder)
        assert readers >= reported, f"seed {SEED}"  # every step reported done is there
    services = laptop.services()
    services.readers.register("Після", "Збою", consent=True)  # the app carries on
    services.close()


@pytest.fixture
def busy_server(tmp_path, server):
    """A server holding many changes from another laptop, for a long pull."""
    source = Laptop(tmp_path / "source", "Хаб Київ")
    source.run("enroll", "--server", server.url, "--code", server.enroll("Київ"))
    services = source.services()
    with services.db.write() as writer:
        for n in range(20_000):
            writer.upsert("reader", f"r{n}", {"surname": f"Читач{n}", "given_name": "Петро"})
    services.close()
    source.run("sync")
    return server


def test_kill_9_while_syncing_then_sync_completes(tmp_path, busy_server) -> None:
    rng = random.Random(SEED)
    laptop = Laptop(tmp_path / "hub", "Хаб Дніпро")
    laptop.run("enroll", "--server", busy_server.url, "--code", busy_server.enroll("Дніпро"))
    for _ in range(3):
        kill_after_first_line(start_worker(laptop.folder, "sync"), rng.uniform(0.2, 1.5))
        check_consistent(laptop.folder)
    laptop.run("sync")
    assert check_consistent(laptop.folder) == 20_000, f"seed {SEED}"


def test_kill_9_during_an_import_leaves_all_of_it_or_none(tmp_path) -> None:
    """The import is one transaction: killed at any moment, the file is in whole or not at all,
    and importing it again afterwards brings it in once."""
    rng = random.Random(SEED)
    laptop = Laptop(tmp_path / "hub", "Хаб Дніпро")
    rows = 6_000
    table = tmp_path / "catalogue.csv"
    lines = ["title;authors;publisher;year;copies;barcodes"]
    lines += [f"Книга {n};Шевченко, Тарас;Видавництво;2020;1;IMP{n:06d}" for n in range(rows)]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for _ in range(3):
        worker = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "mandrivna"),
                "--data-dir",
                str(laptop.folder),
                "import",
                "catalogue",
                str(table),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.5, 3.0))
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
        check_consistent(laptop.folder)
        services = laptop.services()
        records, copies = services.catalogue.counts()
        services.close()
        assert (records, copies) in ((0, 0), (rows, rows)), f"seed {SEED}"
    laptop.run("import", "catalogue", str(table))
    services = laptop.services()
    assert services.catalogue.counts() == (rows, rows)
    services.close()
