"""Several server processes on one database: what each keeps of its own (a connection holding
the snapshot upkeep's turn) and what they share. Each ``SqlStorage`` here stands for one server
process: it has its own engine and connections, as a process has."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, select, text

from sync_server.sql.storage import SqlStorage
from sync_server.sql.tables import meta
from sync_server.storage_api import EnrollmentError

NOW = 1_764_000_000_000
PUBLIC_KEY = "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="


@pytest.fixture
def processes(storage_url):
    opened = [SqlStorage(storage_url) for _ in range(2)]
    yield opened
    for storage in opened:
        storage.close()


def test_one_process_at_a_time_keeps_snapshots_warm_and_another_takes_over(processes, backend):
    first, second = processes
    if backend.name == "sqlite":  # served by one process: its turn is always its own
        assert first.upkeep_turn() and first.upkeep_turn()
        return
    assert first.upkeep_turn()
    assert not second.upkeep_turn()
    assert first.upkeep_turn()  # it keeps the turn
    first.close()  # the process stops: the turn passes on
    assert second.upkeep_turn()
    assert not SqlStorage(second.url).upkeep_turn() or pytest.fail("two processes hold it")


def test_the_turn_passes_on_when_its_holder_dies(processes, backend):
    if backend.name == "sqlite":
        pytest.skip("a SQLite server runs as one process")
    first, second = processes
    assert first.upkeep_turn()
    admin = create_engine(first.url, isolation_level="AUTOCOMMIT")
    held = text("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 727003")
    with admin.connect() as conn:  # what PostgreSQL does when the holder's process dies
        conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM ({held.text}) AS h"))
        # the backend is told to stop and lets go of its locks as it exits, a moment later
        # (long enough, on a loaded machine, for a turn asked at once to find it still held)
        deadline = time.monotonic() + 30
        while conn.execute(held).first() is not None and time.monotonic() < deadline:
            time.sleep(0.05)
    admin.dispose()
    assert second.upkeep_turn()
    assert not first.upkeep_turn()  # it finds its connection broken and the turn taken


def test_processes_starting_at_once_on_an_empty_database_make_one_schema(storage_url, backend):
    if backend.name == "sqlite":
        pytest.skip("a SQLite server runs as one process")
    with ThreadPoolExecutor(4) as pool:
        opened = list(pool.map(lambda _: SqlStorage(storage_url), range(4)))
    try:
        epochs = set()
        for storage in opened:
            with storage.engine.connect() as conn:
                epochs.add(conn.execute(select(meta.c.value).where(meta.c.key == "epoch")).scalar())
        assert len(epochs) == 1 and None not in epochs
    finally:
        for storage in opened:
            storage.close()


def test_the_data_schema_is_never_lowered_through_any_process(processes):
    first, second = processes
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda v: (first, second)[v % 2].raise_data_schema(v), [3, 2, 5, 4, 2]))
    assert first.data_schema() == second.data_schema() == 5


def test_a_code_claimed_through_two_processes_at_once_enrolls_one_device(processes):
    first, second = processes
    _key, code = first.enroll("Хаб Дніпро", "librarian", NOW)
    devices = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(6)]

    def claim(i: int) -> bool:
        try:
            (first, second)[i % 2].claim(code, devices[i], PUBLIC_KEY, NOW)
        except EnrollmentError:
            return False
        return True

    with ThreadPoolExecutor(6) as pool:
        claimed = list(pool.map(claim, range(6)))
    assert claimed.count(True) == 1
    winner = devices[claimed.index(True)]
    assert [d.device_id for d in second.device_list()] == [winner]
