"""Opens the local database safely, migrates it, and hands out read and write transactions.

Opening checks, before anything may change the file: that the data folder can be written, that
the passphrase is right when the folder is encrypted, that the file is a healthy database, and
that it is not from a newer version of the app. A file that fails is left exactly as it was and a
``MandrivnaError`` says why in plain words. A copy is taken before any migration. Any thread may
call ``read`` and ``write``; each uses its own connection.

An encrypted folder (``store.folder_encryption``) keeps its database and backups encrypted with
one key. ``change_key`` puts the database under a new key; ``encryption.json`` is the commit
point, and opening finishes a change that was interrupted after it.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mandrivna.core.database_key import DatabaseKey
from mandrivna.core.errors import NotSetUpError
from mandrivna.core.hlc import HybridClock, wall_clock_ms
from mandrivna.core.opening_steps import CHECK_WORTH_SAYING_BYTES, OpeningStep, StepSink
from mandrivna.sqlshared.sqlite_engine import BUSY_TIMEOUT_S
from mandrivna.store import (
    cipher_files,
    database_file,
    first_view_queries,
    folder_encryption,
    open_marks,
    schema,
)
from mandrivna.store.access_gate import AccessGate
from mandrivna.store.connection import (
    DatabaseError,
    RawConnection,
    bound_log,
    connect,
    make_engine,
)
from mandrivna.store.database_file import STAGED_SUFFIX as STAGED_SUFFIX
from mandrivna.store.database_file import copy_database as copy_database
from mandrivna.store.file_check import WholeFileCheck, check_whole_file, inspect_file
from mandrivna.store.local_state import BACKUP_COPY_MARKER, DeviceState

if TYPE_CHECKING:  # SQLAlchemy is imported on the first use of ``engine``, not at start
    from sqlalchemy import Connection, Engine, Select

    from mandrivna.store.change_writer import ChangeWriter

DB_FILENAME = "mandrivna.sqlite3"
BACKUP_FOLDER = "backups"
# During bulk work the write-ahead log may grow to this many pages before it is folded back.
BULK_CHECKPOINT_PAGES = 50_000


@cache
def _device_query() -> Select[Any]:
    """This laptop's row, built once: every write reads it."""
    from sqlalchemy import select

    from mandrivna.store import tables

    return select(tables.device_state)


def _read_only(conn: RawConnection) -> Iterator[RawConnection]:
    """``conn`` in a read transaction, ended whatever happens."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.rollback()


class Database:
    """The local database of one data folder."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine | None,
        physical_clock: Callable[[], int] = wall_clock_ms,
        key: DatabaseKey | None = None,
        passphrase: str | None = None,
        whole_file: WholeFileCheck | None = None,
        mark: open_marks.OpenMark | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_FILENAME
        self._engine = engine  # made on first use (``engine``)
        self.physical_clock = physical_clock
        self.key = key
        self.passphrase = passphrase
        self._gate = AccessGate()
        self._engine_lock = threading.Lock()
        # Before the engine is made: each thread's own connection for ``read_driver``.
        self._before_engine = threading.local()
        self._loose: list[RawConnection] = []
        self._whole_file = whole_file or WholeFileCheck(done=True)
        self._mark = mark
        self._unfolded = 0  # commits since the write-ahead log was last folded back
        self._counting = threading.Lock()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        physical_clock: Callable[[], int] = wall_clock_ms,
        *,
        passphrase: str | None = None,
        defer_check: bool = False,
        on_step: StepSink | None = None,
    ) -> Database:
        """Open the folder's database, checked as the module says. ``defer_check``: when the
        last opening closed cleanly, SQLite's check of every page waits for ``check_whole_file``
        (the GUI runs it once its window is drawn) or for the first write, whichever comes
        first; nothing is written before it has passed. ``on_step`` is told as each long step
        starts (``core.opening_steps``): a check of a big file, the backup and the update."""
        data_dir = Path(data_dir)

        def say(step: OpeningStep) -> None:
            if on_step is not None:
                on_step(step)

        def say_check() -> None:
            if path.exists() and path.stat().st_size >= CHECK_WORTH_SAYING_BYTES:
                say(OpeningStep.CHECK)

        database_file.check_folder(data_dir)
        key = folder_encryption.unlock(data_dir, passphrase)
        path = data_dir / DB_FILENAME
        cipher_files.shred_leftovers(data_dir)
        database_file.secure_file(path, key)
        unclean = open_marks.leftovers(data_dir)
        whole = not defer_check or bool(unclean)
        if whole:
            say_check()
        state = inspect_file(path, key, whole=whole)
        head = schema.head_revision()
        backup_copy = BACKUP_COPY_MARKER in state.tables
        writes_now = state.tables and (state.revision != head or backup_copy)
        if not whole and writes_now:
            say_check()
            check_whole_file(path, key)  # a migration or a new origin is written at once
            whole = True
        mark = open_marks.OpenMark.set(data_dir)
        if whole:
            open_marks.remove(unclean)
        if key is not None:
            from mandrivna.store import backup_store

            backup_store.secure_backups(data_dir / BACKUP_FOLDER, key)
        if state.revision is not None and state.revision != head:
            from mandrivna.store import backup_store

            say(OpeningStep.BACKUP)
            name = backup_store.backup_name("before-migration", dt.datetime.now())
            backup_store.make_backup(path, data_dir / BACKUP_FOLDER / name, key)
        engine = None  # SQLAlchemy's engine is made when first needed, after the first page
        if state.revision != head:
            engine = make_engine(path, key)
            if state.revision is not None:  # a new file is made, not updated: nothing to say
                say(OpeningStep.UPGRADE)
            schema.upgrade(engine)
        if backup_copy or state.revision != head:  # a migration may add the marker's table
            from mandrivna.store import lineage

            engine = engine or make_engine(path, key)
            lineage.start_if_backup_copy(engine, physical_clock())
        if os.name == "posix":
            os.chmod(path, 0o600)  # readers' personal data: only this user may read it
        checked = WholeFileCheck(done=whole or not state.tables)
        return cls(data_dir, engine, physical_clock, key, passphrase, checked, mark)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on the file, made (and SQLAlchemy imported) on first use: a
        start reads its first page through the driver alone (``read_driver``)."""
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                engine = self._engine
                if engine is None:
                    engine = self._engine = make_engine(self.path, self.key)
        return engine

    def check_whole_file(self) -> None:
        """SQLite's check of every page, if it has not run since the database was opened;
        raises ``DatabaseFileError`` (then and at every later write) when the file is damaged.
        A damaged file keeps its open mark, so the next start checks it again at once."""
        with self._gate.shared():
            self._whole_file.ensure(self.path, self.key)

    @property
    def whole_file_checked(self) -> bool:
        return self._whole_file.done

    def key_for_file(self, path: Path) -> DatabaseKey | None:
        """The key that opens a backup or another database file (see ``folder_encryption``)."""
        return folder_encryption.key_for_file(path, self.passphrase, self.key)

    @contextmanager
    def holding_file(self) -> Iterator[None]:
        """The database file stays under its current key while this lasts (for a copy)."""
        with self._gate.shared():
            yield

    @contextmanager
    def exclusively(self) -> Iterator[None]:
        """No other thread uses the database, nor copies its file, while this lasts."""
        with self._gate.alone():
            yield

    def change_key(self, key: DatabaseKey, passphrase: str) -> None:
        """Put the database under ``key`` (encrypting it if it was plain). Waits until no other
        thread is using it; the app goes on with the new key. Backups are not touched here."""
        self.check_whole_file()  # a damaged file is not copied under a new key
        with self._gate.alone():
            self._close_loose()  # none may outlive the file it was opened on
            old = self.key
            with closing(connect(self.path, old)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if self._engine is not None:
                self._engine.dispose()
            staged = self.path.with_name(self.path.name + STAGED_SUFFIX)
            cipher_files.export_copy(self.path, old, staged, key)
            folder_encryption.write_settings(self.data_dir, key)  # from here on, the new key
            database_file.put_in_place(staged, self.path)
            self.key, self.passphrase = key, passphrase
            self._engine = None  # made again, on the new key, when next used

    def close(self) -> None:
        self._close_loose()
        if self._engine is not None:
            self._engine.dispose()
        if self._mark is not None:
            if self._whole_file.failed:
                self._mark.keep()
            else:
                self._mark.clear()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent read-only view for one use case."""
        with self._gate.shared(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def read_driver(self) -> Iterator[RawConnection]:
        """A consistent read-only view through the SQLite driver alone: what a start reads
        before its window is drawn and SQLAlchemy is imported (``first_view_queries``), on a
        connection of its own then, and on one of the engine's pooled connections once the
        engine is made."""
        with self._gate.shared():
            engine = self._engine
            if engine is None:
                yield from _read_only(self._loose_connection())
            else:
                pooled = engine.raw_connection()
                try:
                    driver = pooled.driver_connection
                    assert driver is not None
                    yield from _read_only(driver)
                finally:
                    pooled.close()

    def _loose_connection(self) -> RawConnection:
        """This thread's connection for the reads before the engine is made (a start's few:
        one connection, whose schema is read once, rather than one each)."""
        conn: RawConnection | None = getattr(self._before_engine, "conn", None)
        if conn is None:
            conn = self._before_engine.conn = connect(self.path, self.key, threads=True)
            with self._engine_lock:
                self._loose.append(conn)
        return conn

    def _close_loose(self) -> None:
        with self._engine_lock:
            loose, self._loose = self._loose, []
            self._before_engine = threading.local()
        for conn in loose:
            conn.close()

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Connection]:
        """A write transaction that takes SQLite's write lock at once (no upgrade deadlock).

        ``durable=False`` skips the fsync at commit, for work that can always be fetched again
        (a pulled sync page, whose cursor moves in the same transaction): a power cut may undo
        it, never corrupt it. Everything a person records is written durably."""
        with self._gate.shared():
            self._whole_file.ensure(self.path, self.key)
            yield from self._transaction(durable)

    def _transaction(self, durable: bool) -> Iterator[Connection]:
        immediate = self.engine.connect().execution_options(sqlite_begin="IMMEDIATE")
        with immediate as conn:
            driver = conn.connection.driver_connection  # pragmas must run outside a transaction
            assert driver is not None
            if not durable:
                driver.execute("PRAGMA synchronous=NORMAL")
                driver.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
            committed = False
            try:
                with conn.begin():
                    yield conn
                committed = True
            finally:
                from mandrivna.store import replica

                erased = replica.erased_in(conn)
                if not durable:
                    if driver.in_transaction:  # a failed commit: pragmas need no transaction
                        driver.rollback()
                    driver.execute("PRAGMA synchronous=FULL")
                    bound_log(driver)
            if committed and erased:
                # the log's older frames still hold what was erased: fold it back and empty it
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if committed:
                with self._counting:
                    self._unfolded += 1

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the database (after bulk work, off the UI)."""
        self._fold(restart=False)

    def _fold(self, restart: bool) -> tuple[int, int, int]:
        with self._counting:
            self._unfolded = 0
        with self._gate.shared(), self.engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            busy, frames, folded = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if restart and not busy and frames and frames == folded:
                # The next frames written go to the log's start, and SQLite syncs the log's new
                # header before the commit's own sync: rewriting this laptop's settings row as
                # it is takes that second wait here, not in the next scan's commit.
                # A writer at work now starts the log itself: then this waits for nobody.
                driver.execute("PRAGMA busy_timeout=0")
                try:
                    driver.execute("BEGIN IMMEDIATE")
                    driver.execute("UPDATE device_state SET id = id")
                    driver.execute("COMMIT")
                except DatabaseError:  # the write lock is taken
                    pass
                finally:
                    if driver.in_transaction:
                        driver.rollback()
                    driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        return busy, frames, folded

    @property
    def log_unfolded(self) -> int:
        """Commits since the write-ahead log was last folded back by ``fold_log`` or
        ``checkpoint`` (a count in memory: no SQL)."""
        return self._unfolded

    def fold_log(self) -> bool:
        """Fold the write-ahead log back into the database when anything was committed since the
        last fold, for the app's idle moments (``services.idle_upkeep``), so that a commit
        seldom does it (``connection.LOG_BOUND_PAGES``), and start the log again from its
        beginning. PASSIVE: it waits for no reader and no writer, and a scan may commit
        meanwhile; what a reader still needs is folded next time. Durable as every commit: the
        log is synced before its pages are copied and the database after. True when it ran."""
        if not self._unfolded:
            return False
        self._fold(restart=True)
        return True

    @contextmanager
    def write(self) -> Iterator[ChangeWriter]:
        """One write transaction: every change is logged and merged, or none is."""
        from mandrivna.store.change_writer import ChangeWriter

        with self.transaction() as conn:
            state = conn.execute(_device_query()).mappings().first()
            if state is None:
                raise NotSetUpError()
            clock = HybridClock(state["hlc_last"], self.physical_clock)
            writer = ChangeWriter(
                conn, state["origin_id"], clock, state["seq_last"], self.physical_clock()
            )
            yield writer
            writer.save_counters()

    def device(self) -> DeviceState | None:
        """This laptop's identity and settings, or None before the first-run setup."""
        with self.read_driver() as conn:
            return first_view_queries.device_state(conn)

    def this_device(self) -> DeviceState:
        """This laptop's identity and settings; raises ``NotSetUpError`` before the setup."""
        device = self.device()
        if device is None:
            raise NotSetUpError()
        return device

    def set_device(self, device_id: str | None = None, **values: Any) -> DeviceState:
        """Create this device's identity on first run, or change its local settings.

        ``device_id``: on first run, the identity to take (one a sync server has just enrolled)
        instead of a new one; an existing identity never changes."""
        from sqlalchemy import insert, select, update

        from mandrivna.store import lineage
        from mandrivna.store.tables import device_state as _device

        with self.transaction() as conn:
            if conn.execute(select(_device.c.id)).first() is not None:
                if device_id is not None:
                    raise ValueError("this device already has its identity")
                conn.execute(update(_device).values(**values))
            else:
                new_id = device_id or str(uuid.uuid4())
                now = self.physical_clock()
                conn.execute(
                    insert(_device).values(id=1, device_id=new_id, created_at_ms=now, **values)
                )
                lineage.new_origin(conn, now, current=True)
        device = self.device()
        assert device is not None
        return device
