"""SQLite as Mandrivna runs it, on a laptop (through SQLCipher) and on a server that keeps its
data in a SQLite file: one set-up for both.

Every connection runs in WAL mode with foreign keys on, full sync (a power cut loses no committed
write) and secure delete (erased personal data is overwritten, not left in free pages). The driver
is put in autocommit mode and SQLAlchemy's ``begin`` emits the BEGIN itself, so a writer can ask
for ``BEGIN IMMEDIATE`` (``write_connection``): it takes the write lock at once, and two writers
never deadlock upgrading a read lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a laptop's start reads its first page before SQLAlchemy is imported
    from sqlalchemy import Connection, Engine

# How long a connection waits for another's write lock before it gives up.
BUSY_TIMEOUT_S = 30
# The execution option that names the BEGIN mode (DEFERRED unless a writer asks otherwise).
BEGIN_OPTION = "sqlite_begin"
PRAGMAS = ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "secure_delete=ON")


def sqlite_engine(url: str, **options: Any) -> Engine:
    """``create_engine(url, **options)`` with the set-up above on every connection."""
    from sqlalchemy import create_engine, event

    engine = create_engine(url, **options)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def write_connection(engine: Engine) -> Connection:
    """A connection whose transactions begin IMMEDIATE (they hold the write lock from the start)."""
    return engine.connect().execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
