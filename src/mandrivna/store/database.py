"""Opens the local database safely, migrates it, and hands out read and write transactions.

Opening checks, before anything may change the file: that the data folder can be written, that
the file is a healthy SQLite database, and that it is not from a newer version of the app. A file
that fails is left exactly as it was and a ``MandrivnaError`` says why in plain words. A copy is
taken before any migration. Any thread may call ``read`` and ``write``; each uses its own
connection.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from mandrivna.core.errors import (
    DatabaseFileError,
    DataFolderError,
    NewerDatabaseError,
    NotSetUpError,
)
from mandrivna.core.hlc import HybridClock, wall_clock_ms
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import schema
from mandrivna.store.change_writer import ChangeWriter
from mandrivna.store.connection import make_engine, open_raw_readonly
from mandrivna.store.tables import DeviceState

DB_FILENAME = "mandrivna.sqlite3"
BACKUP_FOLDER = "backups"
#: During bulk work the write-ahead log may grow to this many pages before it is folded back.
BULK_CHECKPOINT_PAGES = 50_000
SQLITE_HEADER = b"SQLite format 3\x00"
_device = DeviceState.__table__  # type: ignore[attr-defined]


def _check_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataFolderError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data folder {folder} cannot be written ({reason}). Choose another folder with "
                "--data-dir or ask for write access.",
            ),
            folder=str(folder),
            reason=exc.strerror or exc.__class__.__name__,
        ) from exc


def _inspect_file(path: Path) -> str | None:
    """The file's migration revision (None for a new file); raises if it cannot be used."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    damaged = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is damaged or is not a Mandrivna database. It was left untouched; "
        "restore it from a backup or move it away.",
    )
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DatabaseFileError(damaged, path=str(path))
    try:
        with closing(open_raw_readonly(path)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise DatabaseFileError(damaged, path=str(path))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseFileError(damaged, path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(damaged, path=str(path)) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in schema.known_revisions():
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} was written by a newer version of Mandrivna. Update the app; "
                "the file was left untouched.",
            ),
            path=str(path),
        )
    return revision


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (SQLite's online backup)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


class Database:
    """The local database of one data folder."""

    def __init__(
        self, data_dir: Path, engine: Engine, physical_clock: Callable[[], int] = wall_clock_ms
    ) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_FILENAME
        self.engine = engine
        self.physical_clock = physical_clock

    @classmethod
    def open(cls, data_dir: Path, physical_clock: Callable[[], int] = wall_clock_ms) -> Database:
        data_dir = Path(data_dir)
        _check_folder(data_dir)
        path = data_dir / DB_FILENAME
        revision = _inspect_file(path)
        head = schema.head_revision()
        if revision is not None and revision != head:
            from mandrivna.store import backup_store

            name = backup_store.backup_name("before-migration", dt.datetime.now())
            backup_store.make_backup(path, data_dir / BACKUP_FOLDER / name)
        engine = make_engine(path)
        if revision != head:
            schema.upgrade(engine)
        if os.name == "posix":
            os.chmod(path, 0o600)  # readers' personal data: only this user may read it
        return cls(data_dir, engine, physical_clock)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent read-only view for one use case."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Connection]:
        """A write transaction that takes SQLite's write lock at once (no upgrade deadlock).

        ``durable=False`` skips the fsync at commit, for work that can always be fetched again
        (a pulled sync page, whose cursor moves in the same transaction): a power cut may undo
        it, never corrupt it. Everything a person records is written durably."""
        immediate = self.engine.connect().execution_options(sqlite_begin="IMMEDIATE")
        with immediate as conn:
            driver = conn.connection.driver_connection  # pragmas must run outside a transaction
            assert driver is not None
            if not durable:
                driver.execute("PRAGMA synchronous=NORMAL")
                driver.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
            try:
                with conn.begin():
                    yield conn
            finally:
                if not durable:
                    if driver.in_transaction:  # a failed commit: pragmas need no transaction
                        driver.rollback()
                    driver.execute("PRAGMA synchronous=FULL")
                    driver.execute("PRAGMA wal_autocheckpoint=1000")

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the database (after bulk work, off the UI)."""
        with self.engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA wal_checkpoint(PASSIVE)")

    @contextmanager
    def write(self) -> Iterator[ChangeWriter]:
        """One write transaction: every change is logged and merged, or none is."""
        with self.transaction() as conn:
            state = conn.execute(select(_device)).mappings().first()
            if state is None:
                raise NotSetUpError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Set up this device first: enter the hub and librarian."
                    )
                )
            clock = HybridClock(state["hlc_last"], self.physical_clock)
            writer = ChangeWriter(
                conn, state["device_id"], clock, state["seq_last"], self.physical_clock()
            )
            yield writer
            writer.save_counters()

    def device(self) -> DeviceState | None:
        with self.read() as conn:
            row = conn.execute(select(_device)).mappings().first()
        return DeviceState(**row) if row else None

    def set_device(self, **values: Any) -> DeviceState:
        """Create this device's identity on first run, or change its local settings."""
        with self.transaction() as conn:
            if conn.execute(select(_device.c.id)).first() is not None:
                conn.execute(update(_device).values(**values))
            else:
                new_id = str(uuid.uuid4())
                now = self.physical_clock()
                conn.execute(
                    insert(_device).values(id=1, device_id=new_id, created_at_ms=now, **values)
                )
        device = self.device()
        assert device is not None
        return device
