"""Backup files of the local database: made with SQLite's online backup (a consistent copy of a
live database), checked with ``integrity_check``, and read to tell what a backup holds.

Names say when and why a copy was made: ``mandrivna-20261125-214500-daily.sqlite3``. A backup of
an encrypted database is encrypted with the same key (the backup runs between two keyed
connections); ``secure_backups`` puts a folder's backups under a new key.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from mandrivna.core.backups import BackupInfo
from mandrivna.core.database_key import DatabaseKey
from mandrivna.store import cipher_files, lineage
from mandrivna.store.connection import (
    DatabaseError,
    RawConnection,
    cipher_salt,
    connect,
    is_plain_sqlite,
    open_raw_readonly,
)

PREFIX = "mandrivna-"
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^mandrivna-(\d{8}-\d{6})-([a-z-]+)\.sqlite3$")


def backup_name(kind: str, when: dt.datetime) -> str:
    return f"{PREFIX}{when:%Y%m%d-%H%M%S}-{kind}{SUFFIX}"


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), match.group(2)


@dataclass
class Secured:
    """Backups put under a new key, and those that could not be (damaged, or another key)."""

    count: int = 0
    left: list[Path] = field(default_factory=list)


def make_backup(source: Path, target: Path, key: DatabaseKey | None = None) -> None:
    """Copy the live database ``source`` to ``target`` (written beside it, then renamed, so a
    half-written backup never looks like a good one), then check the copy. ``key`` opens the
    source and encrypts the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(connect(source, key)) as src, closing(connect(partial, key)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        lineage.mark_backup_copy(dst)  # put back, it starts a new log origin
    if not is_intact(partial, key):
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"the copy {target.name} failed its integrity check")
    if os.name == "posix":
        os.chmod(partial, 0o600)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)


def is_intact(path: Path, key: DatabaseKey | None = None) -> bool:
    try:
        with closing(open_raw_readonly(path, key)) as conn:
            return bool(conn.execute("PRAGMA integrity_check").fetchone() == ("ok",))
    except DatabaseError:
        return False


def opens(path: Path, key: DatabaseKey | None) -> bool:
    """Whether ``key`` opens the file at all (its first page reads)."""
    try:
        with closing(open_raw_readonly(path, key)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False


def _count(conn: RawConnection, sql: str) -> int:
    try:
        row = conn.execute(sql).fetchone()
    except DatabaseError:
        return 0
    return int(row[0] or 0) if row else 0


def inspect(path: Path, key: DatabaseKey | None = None) -> BackupInfo:
    """What a backup holds; raises ``connection.DatabaseError`` if it is not a readable
    database."""
    parsed = parse_name(path)
    taken_at, kind = parsed or (dt.datetime.fromtimestamp(path.stat().st_mtime), "manual")
    with closing(open_raw_readonly(path, key)) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        readers = _count(conn, "SELECT count(*) FROM reader WHERE deleted = 0")
        loans = _count(
            conn, "SELECT count(*) FROM loan WHERE returned_on IS NULL AND lent_on IS NOT NULL"
        )
        changes = _count(conn, "SELECT count(*) FROM change_log")
        try:
            hub_row = conn.execute("SELECT hub_name FROM device_state").fetchone()
            revision_row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except DatabaseError:
            hub_row = revision_row = None
    return BackupInfo(
        path,
        taken_at,
        kind,
        path.stat().st_size,
        readers,
        loans,
        changes,
        hub_row[0] if hub_row else None,
        revision_row[0] if revision_row else None,
    )


def list_backups(folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    """Backups in a folder, newest first, from their names."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        parsed = parse_name(path)
        if parsed:
            found.append((path, parsed[0], parsed[1]))
    return sorted(found, key=lambda item: item[1], reverse=True)


def secure_backups(folder: Path, key: DatabaseKey, old_key: DatabaseKey | None = None) -> Secured:
    """Put the folder's plain backups, and those under ``old_key``, under ``key``, so no copy
    of the data stays readable without the passphrase."""
    result = Secured()
    cipher_files.shred_leftovers(folder)
    for path, _when, _kind in list_backups(folder):
        if is_plain_sqlite(path):
            source_key = None
        elif old_key is not None and cipher_salt(path) == old_key.salt:
            source_key = old_key
        else:
            continue  # already under the key, or another one (it keeps its own passphrase)
        try:
            cipher_files.reencrypt(path, source_key, key)
            result.count += 1
        except (OSError, DatabaseError):
            result.left.append(path)
    return result
