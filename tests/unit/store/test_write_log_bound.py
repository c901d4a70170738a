"""The write-ahead log: the app's connections fold it back inside a commit only past its bound
(``connection.LOG_BOUND_PAGES``), the app folds it when idle (``Database.fold_log``), and it
stays bounded through thousands of writes with no idle moment at all. (And the connections'
page cache.)"""

from __future__ import annotations

import uuid
from pathlib import Path

from mandrivna.store import connection
from mandrivna.store.database import Database

FRAME = 4096 + 24  # a page and its frame header
WAL_HEADER = 32


def _open(folder: Path) -> Database:
    db = Database.open(folder)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    return db


def _wal(db: Database) -> Path:
    return Path(str(db.path) + "-wal")


def _write_reader(db: Database, n: int) -> None:
    with db.write() as writer:
        writer.upsert("reader", str(uuid.uuid4()), {"surname": f"Коваль{n}", "given_name": "Ія"})


def _pragma(db: Database, name: str) -> int:
    with db.engine.connect() as conn:
        value = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
    assert value is not None
    return int(value)


def _fold_passive(db: Database) -> tuple[int, int, int]:
    """SQLite's own answer: (busy, frames in the log, frames folded back)."""
    with db.engine.connect() as conn:
        busy, frames, folded = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return int(busy), int(frames), int(folded)


def test_the_app_connections_fold_the_log_in_a_commit_only_past_its_bound(db) -> None:
    assert _pragma(db, "wal_autocheckpoint") == connection.LOG_BOUND_PAGES
    assert _pragma(db, "journal_size_limit") == connection.LOG_BOUND_PAGES * 4096
    with db.transaction(durable=False):  # bulk work raises the bound for its transaction...
        pass
    assert _pragma(db, "wal_autocheckpoint") == connection.LOG_BOUND_PAGES  # ...and puts it back
    assert _pragma(db, "synchronous") == 2  # FULL: every commit synced


def test_the_app_connections_keep_a_page_cache_of_their_own_size(db) -> None:
    """A big catch-up's B-tree pages stay cached (``connection.PAGE_CACHE_KIB``), on a
    connection that has written too."""
    _write_reader(db, 0)
    assert _pragma(db, "cache_size") == -connection.PAGE_CACHE_KIB


def test_writes_only_append_to_the_log_until_it_is_folded_when_idle(db) -> None:
    sizes = []
    for n in range(40):  # more than SQLite's default bound of 1,000 pages would allow
        _write_reader(db, n)
        sizes.append(_wal(db).stat().st_size)
    assert sizes == sorted(sizes)  # no checkpoint started the log again inside a commit
    assert db.log_unfolded == 40 + 1  # and the device's setting-up
    assert db.fold_log() is True
    assert db.log_unfolded == 0
    busy, frames, folded = _fold_passive(db)
    assert busy == 0 and frames == folded  # everything was folded back: nothing left to copy
    assert frames == 1  # and the log started again at once: one page of settings rewritten
    assert db.fold_log() is False  # nothing written since: nothing done
    _write_reader(db, 41)
    assert _fold_passive(db)[1] > 1  # the next commit only appended to the log
    assert db.this_device().hub_name == "Хаб Дніпро"
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM reader").scalar() == 41


def test_the_log_stays_bounded_through_many_writes_with_no_idle_moment(
    data_dir, monkeypatch
) -> None:
    monkeypatch.setattr(connection, "LOG_BOUND_PAGES", 32)
    db = _open(data_dir)
    try:
        largest_write = largest_log = 0
        for n in range(1500):  # durable commits, never folded by the app: only the bound folds
            before = _wal(db).stat().st_size
            if n % 50 == 0:  # a reader now and then: a write of several pages
                _write_reader(db, n)
            else:
                with db.transaction() as conn:
                    conn.exec_driver_sql("UPDATE device_state SET hub_name = ?", (f"Хаб {n}",))
            after = _wal(db).stat().st_size
            largest_write = max(largest_write, -(-(after - before) // FRAME))
            largest_log = max(largest_log, after)
        assert db.log_unfolded == 1501
        # past the bound by at most the commit that crossed it
        assert largest_log <= WAL_HEADER + (32 + largest_write) * FRAME
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM reader").scalar() == 30
            assert conn.exec_driver_sql("SELECT hub_name FROM device_state").scalar() == "Хаб 1499"
    finally:
        db.close()
    assert not _wal(db).exists()  # a clean close folds the log back and removes it
    reopened = Database.open(data_dir)
    with reopened.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM reader").scalar() == 30
    reopened.close()


def test_a_fold_runs_beside_a_writer_without_waiting(db) -> None:
    """PASSIVE: a fold while another connection holds the write lock folds what it can and
    returns; the write commits after it."""
    for n in range(4):
        _write_reader(db, n)
    with db.transaction() as conn:
        conn.exec_driver_sql("UPDATE device_state SET hub_name = hub_name")
        assert db.fold_log() is True  # on another connection, while this one holds the lock
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM reader").scalar() == 4
