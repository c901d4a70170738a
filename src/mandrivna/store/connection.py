"""The one place where database connections are made (so encryption at rest can plug in here).

SQLite runs in WAL mode with foreign keys on, full sync (a power cut loses no committed write)
and secure delete (erased personal data is overwritten, not left in free pages).
The driver is put in autocommit mode and SQLAlchemy's ``begin`` emits the BEGIN itself, so writers
can ask for ``BEGIN IMMEDIATE`` (execution option ``sqlite_begin``) and never deadlock on upgrade.
"""

from __future__ import annotations

import json
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

BUSY_TIMEOUT_S = 30


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S},
        json_serializer=partial(json.dumps, ensure_ascii=False, separators=(",", ":")),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA secure_delete=ON")  # erased personal data is zeroed, not left behind
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def open_raw_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that cannot change the file (for checks before anything else)."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
