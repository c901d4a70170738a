"""The database file on disk, apart from the connections to it: the data folder checked for
writing, a staged copy (a change of key, a plain file encrypted) put in place of the live one,
and a consistent copy of a plain database the standard library's driver has open.
"""

from __future__ import annotations

import tempfile
from contextlib import closing
from pathlib import Path

from mandrivna.core.database_key import DatabaseKey
from mandrivna.core.errors import DataFolderError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import cipher_files
from mandrivna.store.connection import cipher_salt, is_plain_sqlite
from mandrivna.store.file_check import inspect_file

# The database under a new key, complete, waiting to be put in place.
STAGED_SUFFIX = ".next"


def check_folder(folder: Path) -> None:
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


def remove_journal(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def put_in_place(staged: Path, path: Path) -> None:
    """The staged database replaces the live one (whose log is already folded in)."""
    remove_journal(path)
    cipher_files.replace_securely(staged, path)


def secure_file(path: Path, key: DatabaseKey | None) -> None:
    """Make the file on disk match the folder's key: finish a change of key that was
    interrupted after it took effect, or encrypt a plain database found in an encrypted folder
    (put back from a plain backup)."""
    staged = path.with_name(path.name + STAGED_SUFFIX)
    if staged.exists():
        if key is not None and cipher_salt(staged) == key.salt:
            put_in_place(staged, path)
        else:  # written for a change that never took effect
            cipher_files.shred(staged)
    if key is not None and is_plain_sqlite(path):
        inspect_file(path, None)  # a damaged plain file is refused as it is
        cipher_files.export_copy(path, None, staged, key)
        put_in_place(staged, path)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live plain database that the standard library's driver has open
    (the sync server's file). Two SQLite libraries must never open the same file in one process:
    each would think the other's connections absent and remove the write-ahead log under them."""
    import sqlite3

    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
