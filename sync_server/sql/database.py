"""The storage's foundation: the engine (SQLite or PostgreSQL) and write transactions.

A write on SQLite takes the write lock at once (``BEGIN IMMEDIATE``); ``_lock`` serialises pushes
on PostgreSQL with a transaction-scoped advisory lock. Safe to use from many threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, text

from mandrivna.sqlshared.sqlite_engine import BUSY_TIMEOUT_S, sqlite_engine, write_connection
from sync_server.sql import schema_upgrade, server_files
from sync_server.sql.tables import metadata

PUSH_LOCK_ID = 727_001


def make_server_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        connect_args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_S}
        return sqlite_engine(url, connect_args=connect_args)
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class StorageBase:
    def __init__(self, url: str) -> None:
        self.url = url
        server_files.secure_sqlite_files(url)
        self.engine = make_server_engine(url)
        metadata.create_all(self.engine)
        schema_upgrade.upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _write(self, durable: bool = True) -> Iterator[Connection]:
        """A write transaction; on SQLite it takes the write lock at once (no upgrade deadlock).

        ``durable=False`` is for bookkeeping that may be lost in a power cut (a device's pull
        cursor, shown by ``devices``): its commit does not wait for the disk."""
        with write_connection(self.engine) as conn:
            sqlite = conn.dialect.name == "sqlite"
            if not durable and sqlite:
                conn.connection.driver_connection.execute("PRAGMA synchronous=NORMAL")  # type: ignore[union-attr]
            try:
                with conn.begin():
                    if not durable and not sqlite:
                        conn.execute(text("SET LOCAL synchronous_commit = off"))
                    yield conn
            finally:
                if not durable and sqlite:
                    conn.connection.driver_connection.execute("PRAGMA synchronous=FULL")  # type: ignore[union-attr]

    def _lock(self, conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": PUSH_LOCK_ID})
