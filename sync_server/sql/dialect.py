"""Everything the server's SQL storage does differently on SQLite and on PostgreSQL, in one place.

The rest of ``sync_server.sql`` is written once, in SQLAlchemy, and asks its ``SqlDialect`` for:

- the engine: on SQLite the set-up the laptops share (``mandrivna.sqlshared.sqlite_engine``), with
  the file made private first (``server_files``); on PostgreSQL a connection pool;
- several server processes on one PostgreSQL database (``serve --workers N``, or several
  machines): the tables are made at start-up under an advisory lock (``schema_lock``), and one
  process at a time keeps the snapshots warm (``try_upkeep_lock``); SQLite serves one process;
- write transactions: on SQLite they take the write lock at ``BEGIN IMMEDIATE``, which also
  serialises pushes; PostgreSQL serialises pushes with a transaction-scoped advisory lock
  (``lock_pushes``). Bookkeeping that may be lost in a power cut commits without waiting for the
  disk: ``synchronous=NORMAL`` on SQLite, ``synchronous_commit = off`` on PostgreSQL;
- a bulk insert of rows given as tuples (``insert_rows``: the push's changes), handed to the
  driver as they are: SQLite's ``executemany``, PostgreSQL's ``COPY``;
- a list of texts as one bound JSON parameter (``texts``: a push's record ids), so a statement
  does not grow, nor its parameters have to be rendered, with the length of the list;
- an upsert (``INSERT … ON CONFLICT DO UPDATE``), the size of a text in bytes, and a column
  added to a table made by an older version;
- what follows an erasure: on SQLite the write-ahead log, whose older frames still hold the erased
  values, is folded back and emptied; PostgreSQL keeps dead row versions until vacuum
  (``docs/sync-protocol.md``).

The removal of erased keys from a change's JSON, shared with the laptops, is compiled for each
database in ``mandrivna.sqlshared.log_scrub``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    LargeBinary,
    Select,
    Table,
    bindparam,
    cast,
    create_engine,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url

from mandrivna.core import json_text
from mandrivna.sqlshared.sqlite_engine import BUSY_TIMEOUT_S, sqlite_engine, write_connection
from sync_server.sql import server_files

# A row to insert: the values of the columns named beside it, in their order.
Row = tuple[Any, ...]

# The advisory lock that serialises pushes on PostgreSQL.
PUSH_LOCK_ID = 727_001
# The advisory lock held while a server process makes or upgrades the tables at its start.
SCHEMA_LOCK_ID = 727_002
# The advisory lock held, for as long as it runs, by the one process that keeps snapshots warm.
UPKEEP_LOCK_ID = 727_003


class SqlDialect(ABC):
    # SQLAlchemy's name of the database (``make_url(url).get_backend_name()``).
    name: ClassVar[str]

    @abstractmethod
    def make_engine(self, url: str) -> Engine: ...

    @abstractmethod
    def write(self, engine: Engine, durable: bool) -> AbstractContextManager[Connection]:
        """A write transaction; with ``durable`` False its commit need not reach the disk."""

    @abstractmethod
    def lock_pushes(self, conn: Connection) -> None:
        """Inside a write transaction: wait until no other push (or fold) runs."""

    @abstractmethod
    def schema_lock(self, engine: Engine) -> AbstractContextManager[None]:
        """Held while the tables are made or brought up to date, so that server processes
        starting at once on one database do it one after the other."""

    @abstractmethod
    def try_upkeep_lock(self, conn: Connection) -> bool:
        """Take, for as long as ``conn`` stays open, the turn to keep snapshots warm, if no other
        process holds it; True when taken (``conn`` should not be in a transaction)."""

    @abstractmethod
    def _insert(self, table: Table) -> Any:
        """The dialect's INSERT construct, which knows ON CONFLICT."""

    def insert_missing(
        self, conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], keys: list[str]
    ) -> None:
        """Insert ``rows``; a row whose ``keys`` are there already (another process may have
        inserted it a moment ago) is left as it is."""
        conn.execute(self._insert(table).on_conflict_do_nothing(index_elements=keys), rows)

    def upsert(
        self, conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], keys: list[str]
    ) -> None:
        """Insert ``rows``; a row whose ``keys`` are there already replaces its other columns."""
        stmt = self._insert(table)
        updates = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
        conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=updates), rows)

    def insert_rows(
        self, conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]
    ) -> None:
        """Insert ``rows``, each a tuple of the values of ``columns`` in that order, in the
        transaction of ``conn``. This one, through SQLAlchemy's parameter handling, is what each
        dialect's faster one must store the same as (``tests/server/sql/test_insert_rows.py``)."""
        if rows:
            conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])

    @abstractmethod
    def texts(self, values: Sequence[str]) -> Select[tuple[str]]:
        """The rows of ``values``, for ``column.in_(dialect.texts(values))``."""

    @abstractmethod
    def byte_length(self, column: Any) -> ColumnElement[int]:
        """The size of a text column's value in bytes (UTF-8), measured by the database."""

    @abstractmethod
    def add_column(self, conn: Connection, table: str, column: str, sql_type: str) -> None:
        """Add a column (known to be missing) to a table made by an older version."""

    @abstractmethod
    def after_erasure(self, engine: Engine) -> None:
        """Once a transaction that erased personal data has committed: leave no copy behind."""


class SqliteDialect(SqlDialect):
    name = "sqlite"

    def make_engine(self, url: str) -> Engine:
        server_files.secure_sqlite_files(url)
        connect_args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_S}
        return sqlite_engine(url, connect_args=connect_args)

    @contextmanager
    def write(self, engine: Engine, durable: bool) -> Iterator[Connection]:
        """``BEGIN IMMEDIATE``: the write lock at once (no upgrade deadlock), which also
        serialises pushes. ``synchronous`` is a connection's setting, changed outside the
        transaction and set back after it."""
        with write_connection(engine) as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            if not durable:
                driver.execute("PRAGMA synchronous=NORMAL")
            try:
                with conn.begin():
                    yield conn
            finally:
                if not durable:
                    driver.execute("PRAGMA synchronous=FULL")

    def lock_pushes(self, conn: Connection) -> None:
        """Nothing more: the transaction holds the database's one write lock already."""

    @contextmanager
    def schema_lock(self, engine: Engine) -> Iterator[None]:
        """Nothing: a SQLite server runs as one process (``serve`` refuses ``--workers``)."""
        yield

    def try_upkeep_lock(self, conn: Connection) -> bool:
        """Always: a SQLite server runs as one process."""
        return True

    def _insert(self, table: Table) -> Any:
        return sqlite.insert(table)

    def insert_rows(
        self, conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]
    ) -> None:
        """One ``executemany`` of the driver: no per-row work in SQLAlchemy (5,000 changes: 17
        instead of 45 ms of CPU)."""
        if rows:
            marks = ", ".join("?" * len(columns))
            conn.exec_driver_sql(
                f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", list(rows)
            )

    def texts(self, values: Sequence[str]) -> Select[tuple[str]]:
        each = func.json_each(bindparam("texts", json_text.dumps(list(values)))).table_valued(
            "value"
        )
        return select(each.c.value)

    def byte_length(self, column: Any) -> ColumnElement[int]:
        return func.length(cast(column, LargeBinary))

    def add_column(self, conn: Connection, table: str, column: str, sql_type: str) -> None:
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))

    def after_erasure(self, engine: Engine) -> None:
        """Checkpoint the write-ahead log into the database and truncate it (waits for readers
        still on older frames, within the busy timeout)."""
        with engine.connect() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class PostgresDialect(SqlDialect):
    name = "postgresql"

    def make_engine(self, url: str) -> Engine:
        return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)

    @contextmanager
    def write(self, engine: Engine, durable: bool) -> Iterator[Connection]:
        with engine.connect() as conn, conn.begin():
            if not durable:
                conn.execute(text("SET LOCAL synchronous_commit = off"))
            yield conn

    def lock_pushes(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": PUSH_LOCK_ID})

    @contextmanager
    def schema_lock(self, engine: Engine) -> Iterator[None]:
        """A session advisory lock on a connection of its own, released when the work is done
        (or when the process dies and PostgreSQL closes its connection)."""
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": SCHEMA_LOCK_ID})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": SCHEMA_LOCK_ID})
                conn.commit()

    def try_upkeep_lock(self, conn: Connection) -> bool:
        """A session advisory lock: it stays with ``conn`` until that connection closes, which
        PostgreSQL also does when the process holding it dies; another process then takes it."""
        taken = conn.execute(text("SELECT pg_try_advisory_lock(:id)"), {"id": UPKEEP_LOCK_ID})
        value = bool(taken.scalar())
        conn.commit()
        return value

    def _insert(self, table: Table) -> Any:
        return postgresql.insert(table)

    def insert_rows(
        self, conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]
    ) -> None:
        """``COPY … FROM STDIN`` on the transaction's own connection: the rows stream in one
        exchange, without a statement per row. psycopg writes each value in COPY's text form
        (escaping tabs, line breaks and backslashes); a NUL, which COPY cannot carry, never
        gets here (``sync_server.validation`` refuses it, as PostgreSQL's text refuses it)."""
        if not rows:
            return
        driver = conn.connection.driver_connection
        assert driver is not None
        command = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
        with driver.cursor() as cursor, cursor.copy(command) as copy:
            for row in rows:
                copy.write_row(row)

    def texts(self, values: Sequence[str]) -> Select[tuple[str]]:
        array = cast(bindparam("texts", json_text.dumps(list(values))), postgresql.JSONB)
        return select(func.jsonb_array_elements_text(array))

    def byte_length(self, column: Any) -> ColumnElement[int]:
        return func.octet_length(column)

    def add_column(self, conn: Connection, table: str, column: str, sql_type: str) -> None:
        """``IF NOT EXISTS``: another server process on the same database may have added it."""
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {sql_type}"))

    def after_erasure(self, engine: Engine) -> None:
        """Nothing the server can do at once: the old row versions stay as dead tuples until
        (auto)vacuum, and in the WAL segments until they are recycled (the coordinator's part is
        in ``docs/sync-protocol.md``)."""


DIALECTS: dict[str, type[SqlDialect]] = {d.name: d for d in (SqliteDialect, PostgresDialect)}


def dialect_for(url: str) -> SqlDialect:
    """The dialect of an SQLAlchemy URL; ValueError for a database the server does not run on."""
    name = make_url(url).get_backend_name()
    if name not in DIALECTS:
        raise ValueError(f"the server's storage runs on SQLite or PostgreSQL, not {name!r}")
    return DIALECTS[name]()
