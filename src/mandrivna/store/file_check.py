"""Checks that the database file is healthy before anything is written to it.

The cheap checks run at every open: the file's first bytes (plain SQLite, or the folder's salt),
its schema read with the key, and its migration revision. SQLite's ``quick_check`` reads every
page of the file, so it grows with the data (0.5 s of CPU at 100,000 readers; ``quick_check(1)``
is no cheaper: it still reads every page). It runs at open when the last opening did not close
cleanly (``store.open_marks``), before a migration, and whenever the caller asks; otherwise it
may be deferred (the GUI runs it once the window is drawn) and ``WholeFileCheck`` makes every
write wait for it, so nothing is ever written onto a file found damaged.
"""

from __future__ import annotations

import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from mandrivna.core.database_key import DatabaseKey
from mandrivna.core.errors import DatabaseFileError, NewerDatabaseError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import schema
from mandrivna.store.connection import (
    DatabaseError,
    RawConnection,
    cipher_salt,
    is_plain_sqlite,
    open_raw_readonly,
)

DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} is damaged or is not a Mandrivna database. It was left untouched; "
    "restore it from a backup or move it away.",
)


@dataclass(frozen=True)
class FileState:
    """What the cheap checks read: the migration revision (None for a new or empty file) and
    the names in its schema."""

    revision: str | None
    tables: frozenset[str]


def _damaged(path: Path) -> DatabaseFileError:
    return DatabaseFileError(DAMAGED, path=str(path))


def _quick_check(conn: RawConnection, path: Path) -> None:
    if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
        raise _damaged(path)


def inspect_file(path: Path, key: DatabaseKey | None, *, whole: bool = True) -> FileState:
    """The file's revision and tables; raises if it cannot be used. ``whole``: also SQLite's
    check of every page."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(None, frozenset())
    if key is None and not is_plain_sqlite(path):
        raise _damaged(path)
    if key is not None and cipher_salt(path) != key.salt:
        raise _damaged(path)
    try:
        with closing(open_raw_readonly(path, key)) as conn:
            if whole:
                _quick_check(conn, path)
            tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master"))
            if not tables:
                return FileState(None, tables)
            if "alembic_version" not in tables:
                raise _damaged(path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except DatabaseError as exc:
        raise _damaged(path) from exc
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
    return FileState(revision, tables)


def check_whole_file(path: Path, key: DatabaseKey | None) -> None:
    """SQLite's check of every page; raises ``DatabaseFileError`` when the file is damaged."""
    try:
        with closing(open_raw_readonly(path, key)) as conn:
            _quick_check(conn, path)
    except DatabaseError as exc:
        raise _damaged(path) from exc


class WholeFileCheck:
    """Whether the whole file was checked since it was opened. ``ensure`` runs the check once
    (on whichever thread asks first; the others wait for it) and raises, then and every time
    after, if the file was found damaged."""

    def __init__(self, done: bool) -> None:
        self._lock = threading.Lock()
        self._done = done
        self._failure: DatabaseFileError | None = None

    @property
    def failed(self) -> bool:
        return self._failure is not None

    @property
    def done(self) -> bool:
        return self._done

    def ensure(self, path: Path, key: DatabaseKey | None) -> None:
        if self._done and self._failure is None:
            return
        with self._lock:
            if not self._done:
                try:
                    check_whole_file(path, key)
                except DatabaseFileError as exc:
                    self._failure = exc
                self._done = True
            if self._failure is not None:
                raise _damaged(path)
