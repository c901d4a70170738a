"""The data folder the demo fills: refused when it already holds a laptop's data (unless the
person said yes), and given the finished demo database in one step at the end, so that a demo
that fails half-way leaves the folder as it was.

The database a person had there is kept first as a backup (kind ``before-demo``). In an
encrypted folder the demo database is encrypted with the folder's key when it is first opened,
as any plain database found there is.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mandrivna.core.errors import MandrivnaError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.backup_service import BackupService
from mandrivna.store import cipher_files, folder_encryption
from mandrivna.store.database import DB_FILENAME, Database


class FolderHoldsDataError(MandrivnaError):
    """The data folder is a laptop's already; the demo does not replace it unasked."""


def _passphrase() -> str | None:
    return os.environ.get(folder_encryption.PASSPHRASE_ENV) or None


def holds_data(folder: Path) -> bool:
    """Whether the folder's database is set up for a hub (every laptop's data starts so)."""
    path = folder / DB_FILENAME
    if not path.is_file() or path.stat().st_size == 0:
        return False
    db = Database.open(folder, passphrase=_passphrase())
    try:
        return db.device() is not None
    finally:
        db.close()


def check(folder: Path, replace: bool) -> None:
    """Refuse a folder holding data, unless ``replace``; and an encrypted folder whose
    passphrase is not given, before any work is done."""
    folder_encryption.unlock(folder, _passphrase())
    if not replace and holds_data(folder):
        raise FolderHoldsDataError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data folder {folder} already holds data: choose an empty folder with "
                "--data-dir, or add --yes to replace it (a backup of it is kept).",
            ),
            folder=str(folder),
        )


def put_in_place(built: Path, folder: Path) -> Path | None:
    """Make the closed database ``built`` the folder's database. Returns the backup kept of the
    one it replaced, if there was one."""
    kept = None
    if holds_data(folder):
        db = Database.open(folder, passphrase=_passphrase())
        try:
            kept = BackupService(db).backup_now("before-demo").path
        finally:
            db.close()
    folder.mkdir(parents=True, exist_ok=True)
    live = folder / DB_FILENAME
    staged = live.with_name(live.name + ".demo")
    shutil.copyfile(built, staged)
    cipher_files.fsync_file(staged)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    os.replace(staged, live)
    cipher_files.fsync_folder(folder)
    Database.open(folder, passphrase=_passphrase()).close()  # encrypted here if the folder is
    return kept
