"""A big page of facts marks its days once (``report_marks``): the same days as the per-row
triggers mark, the triggers back byte for byte at the end (also after an error), nothing lifted
outside a transaction, and no other connection can write a fact while they are off."""

from __future__ import annotations

import threading
import time
from unittest.mock import patch

import pytest
from sqlalchemy import text

from mandrivna.store import bulk_sql, report_marks, tables
from mandrivna.store.database import Database

COLUMNS = ("id", "device_id", "hlc", "channel", "count", "day", "hub", "reader_id", "source")
TRIGGERS = "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"


def _visit(n: int, day: str, hlc: int = 10) -> tuple:
    return (f"v{n}", "dev", hlc, "remote", 1, day, "Хаб", None, "tally")


def _stale(db: Database) -> set[str]:
    with db.read() as conn:
        return {r[0] for r in conn.execute(text("SELECT day FROM report_stale"))}


def _triggers(db: Database) -> list[tuple[str, str]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(TRIGGERS)]


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "data")
    yield database
    database.close()


def _pages(db: Database, bulk_rows: int) -> set[str]:
    """Two pages: new visits on many days, then some of them again under a lower stamp on
    other days (replacing the held rows), and some held ones under a higher (kept out)."""
    first = [_visit(n, f"2026-03-{1 + n % 20:02d}T10:00") for n in range(40)]
    second = [_visit(n, f"2026-05-{1 + n:02d}", hlc=5) for n in range(0, 40, 4)]
    second += [_visit(n, "2026-07-07", hlc=20) for n in range(1, 40, 4)]
    with patch.object(report_marks, "BULK_ROWS", bulk_rows):
        for page in (first, second):
            with db.transaction(durable=False) as conn:
                bulk_sql.merge_facts(conn, tables.visit, COLUMNS, page)
    return _stale(db)


def test_a_big_page_marks_the_days_the_triggers_mark(tmp_path):
    by_trigger = Database.open(tmp_path / "one")
    by_page = Database.open(tmp_path / "two")
    try:
        expected = _pages(by_trigger, 10**9)
        before = _triggers(by_page)
        assert _pages(by_page, 2) >= expected
        assert "2026-03-01" in expected and "2026-05-01" in expected  # old and new days
        assert _triggers(by_page) == before  # back, byte for byte
        with by_page.read() as a, by_trigger.read() as b:
            rows = "SELECT * FROM visit ORDER BY id"
            assert a.exec_driver_sql(rows).all() == b.exec_driver_sql(rows).all()
    finally:
        by_trigger.close()
        by_page.close()


def test_after_an_error_the_triggers_are_back_and_the_page_undone(db):
    before = _triggers(db)
    with (
        pytest.raises(RuntimeError),
        db.transaction() as conn,
        report_marks.marked_once(conn, "visit", ["v1"], ["2026-01-02"]),
    ):
        assert len(_triggers_on(conn)) == len(before) - 2
        raise RuntimeError("a page that fails half way")
    assert _triggers(db) == before
    assert _stale(db) == set()


def _triggers_on(conn) -> list:
    return conn.exec_driver_sql(TRIGGERS).all()


def test_nothing_is_lifted_outside_a_transaction(db):
    before = _triggers(db)
    with db.engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert not driver.in_transaction
        with report_marks.marked_once(conn, "visit", ["v1"], ["2026-01-02"]):
            assert driver.execute(TRIGGERS).fetchall() == before
        conn.rollback()


def test_no_other_connection_writes_a_fact_while_the_triggers_are_off(db):
    """The desk's write waits for the page's transaction, then its own trigger marks its day."""
    lifted, done = threading.Event(), threading.Event()
    finished: list[float] = []

    def desk() -> None:
        lifted.wait(10)
        with db.transaction() as conn:
            conn.exec_driver_sql(
                "INSERT INTO visit (id, day, hub, channel, count, device_id, hlc) "
                "VALUES ('desk', '2026-09-09', 'Хаб', 'remote', 1, 'dev', 1)"
            )
        finished.append(time.monotonic())
        done.set()

    worker = threading.Thread(target=desk)
    worker.start()
    with db.transaction() as conn:
        with report_marks.marked_once(conn, "visit", ["v1"], ["2026-01-02"]):
            lifted.set()
            assert not done.wait(0.5)  # the desk waits for the write lock
        committed = time.monotonic()
    worker.join(30)
    assert finished and finished[0] >= committed
    assert _stale(db) == {"2026-01-02", "2026-09-09"}
