"""The SQLite set-up the laptops and the server share (``mandrivna.sqlshared.sqlite_engine``)."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from mandrivna.sqlshared.sqlite_engine import sqlite_engine, write_connection


@pytest.fixture
def engine(tmp_path):
    made = sqlite_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}", connect_args={"timeout": 0})
    yield made
    made.dispose()


def test_every_connection_is_durable_and_erases_for_good(engine):
    with engine.connect() as conn:
        settings = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "secure_delete")
        }
    assert settings == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "secure_delete": 1,
    }


def test_a_writer_holds_the_write_lock_from_its_first_statement(engine):
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (n INTEGER)"))
    with write_connection(engine) as writer, writer.begin():
        writer.execute(text("SELECT 1"))  # a read only, yet the lock is taken at BEGIN
        with write_connection(engine) as second, pytest.raises(OperationalError, match="locked"):
            second.begin()
        with engine.connect() as reader:  # a plain reader begins DEFERRED: it does not wait
            assert reader.execute(text("SELECT count(*) FROM t")).scalar() == 0
