"""The one place where database connections are made, encrypted or not.

Every connection to a local database goes through SQLCipher (``sqlcipher3``): with a key it reads
and writes an encrypted file, without one it is plain SQLite. The key is the first statement on
each connection (a raw key: no key derivation per connection, see ``core.database_key``).

SQLite is set up as the server sets up its own SQLite file (``mandrivna.sqlshared.sqlite_engine``):
WAL, foreign keys, full sync, secure delete, and writers that ask for ``BEGIN IMMEDIATE``.

The app's own connections (``make_engine``) leave the write-ahead log to grow to ``LOG_BOUND_PAGES``
before a commit folds it back into the database; the app folds it sooner, when it is idle
(``Database.fold_log``), so a librarian's scan does not wait for a checkpoint; the bound holds
when the app is never idle. After a checkpoint the log's file is cut back to that size.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlcipher3

from mandrivna.core import json_text
from mandrivna.core.database_key import SALT_BYTES, DatabaseKey
from mandrivna.sqlshared.sqlite_engine import BUSY_TIMEOUT_S

if TYPE_CHECKING:  # SQLAlchemy is imported when the first engine is made, not at start
    from collections.abc import Callable

    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher's page size: an encrypted file is always a whole number of pages.
CIPHER_PAGE_SIZE = 4096
# The driver's error for a file it cannot read (damaged, not a database, or the wrong key).
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
# sqlcipher3's connections have the standard library's API; typed as such for the checker (the
# standard library's sqlite3 is not imported to run: a start does not need it, issue #17).
if TYPE_CHECKING:
    import sqlite3

    RawConnection = sqlite3.Connection
else:
    RawConnection = sqlcipher3.Connection
# The write-ahead log's bound, in pages: a commit that takes it past folds the log back in place
# (SQLite's automatic checkpoint, at SQLite's own default: ~30 desk scans with no idle moment
# between them; a larger bound made that one commit's wait longer, 90-345 ms at 4,000 pages).
LOG_BOUND_PAGES = 1_000
# Each connection's page cache, in KiB (SQLite's default is 2 MiB; it grows only as pages are
# used). A new laptop's catch-up writes rows and index entries all over a file of hundreds of
# MB: with 2 MiB its B-tree pages left the cache and were read (and decrypted) again page after
# page, so the cost per item grew with the library. 32 MiB: a scale-0.3 library (622 MB) caught
# up in 46.6 s instead of 51.1–55.0 s (64 MiB gave no more there), +25 MB of peak memory
# (docs/benchmarks.md).
PAGE_CACHE_KIB = 32 * 1024

# sqlcipher3 binds an int, a float or a str at once, but for any other value it first looks for
# an adapter: in its registry, then by two attributes asked for by name (the protocol's
# ``__adapt__``, the value's ``__conform__``), each missing with an error raised and cleared:
# ~1 µs a None, a bool or a bytes, ten times an int's bind. A reader's row holds a dozen of
# them (issue #17). Adapters registered for those types are found in the registry at once and
# bind the same values as before (NULL, 0/1, a BLOB); each is a C function (a Python one costs
# 0.2 µs more a value). Never register one for int, float, str or bytearray: that sends every
# value of every statement through the search (the driver's own switch for "a base type is
# adapted").
sqlcipher3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))  # None always
sqlcipher3.register_adapter(bool, int)
sqlcipher3.register_adapter(bytes, bytes)  # the same object back


def connect(
    path: Path, key: DatabaseKey | None, *, readonly: bool = False, threads: bool = False
) -> RawConnection:
    """A connection to ``path``, keyed first when the file is encrypted."""
    target = f"file:{path}?mode=ro" if readonly else str(path)
    conn = cast(
        RawConnection,
        sqlcipher3.connect(
            target, uri=readonly, timeout=BUSY_TIMEOUT_S, check_same_thread=not threads
        ),
    )
    conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported, not logged to stderr
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.sqlcipher_literal()}"')
    return conn


def bound_log(conn: RawConnection) -> None:
    """The log folded back in a commit only past ``LOG_BOUND_PAGES``, its file cut back to that."""
    conn.execute(f"PRAGMA wal_autocheckpoint={LOG_BOUND_PAGES}")
    conn.execute(f"PRAGMA journal_size_limit={LOG_BOUND_PAGES * CIPHER_PAGE_SIZE}")


def app_connection(path: Path, key: DatabaseKey | None) -> RawConnection:
    """A connection of the app's engine (``bound_log``, a page cache of ``PAGE_CACHE_KIB``)."""
    conn = connect(path, key, threads=True)
    bound_log(conn)
    conn.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    return conn


def make_engine(path: Path, key: DatabaseKey | None = None) -> Engine:
    from mandrivna.sqlshared.sqlite_engine import sqlite_engine

    return sqlite_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        creator=lambda: app_connection(path, key),
        json_serializer=partial(json.dumps, ensure_ascii=False, separators=(",", ":")),
        json_deserializer=json_text.loads_stored,
        hide_parameters=key is not None,  # readers' data never reaches a log in clear
    )


def open_raw_readonly(path: Path, key: DatabaseKey | None = None) -> RawConnection:
    """A read-only connection that cannot change the file (for checks before anything else)."""
    return connect(path, key, readonly=True)


def is_plain_sqlite(path: Path) -> bool:
    """Whether the file starts like an unencrypted SQLite database."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def cipher_salt(path: Path) -> bytes | None:
    """The salt an encrypted file starts with, or None when it cannot be an encrypted database
    (missing, plain SQLite, or not a whole number of pages)."""
    try:
        size = path.stat().st_size
        if size < CIPHER_PAGE_SIZE or size % CIPHER_PAGE_SIZE or is_plain_sqlite(path):
            return None
        with open(path, "rb") as handle:
            return handle.read(SALT_BYTES)
    except OSError:
        return None
