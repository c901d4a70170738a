"""Backups and restore of the local database.

A verified backup every day the app is used, kept by rotation (7 daily, 4 weekly, 12 monthly),
optionally also to a second folder (a USB stick); backups on request; restore with a copy of the
replaced database taken first.

Restoring must not break sync: this laptop's own changes made after the backup are already on the
server and maybe on other laptops. So a restore carries this laptop's newer changes over from
the database it replaces (when that one can still be read), and the sync server gives back the
rest (``sync_engine.recover_own_changes``), so no sequence number is ever reused.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mandrivna.core.backup_rotation import to_keep
from mandrivna.core.errors import DatabaseFileError, MandrivnaError, NewerDatabaseError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import backup_store, schema
from mandrivna.store.backup_store import BackupInfo
from mandrivna.store.database import BACKUP_FOLDER, DB_FILENAME, Database
from mandrivna.store.restore_lineage import carry_own_changes

Clock = Callable[[], dt.datetime]


class BackupError(MandrivnaError):
    """A backup could not be made or restored; the database in use is unchanged."""


@dataclass
class DailyResult:
    made: BackupInfo | None
    removed: int
    second_copy_error: str | None = None


class BackupService:
    def __init__(self, db: Database, clock: Clock = dt.datetime.now) -> None:
        self.db = db
        self.clock = clock

    @property
    def folder(self) -> Path:
        return self.db.data_dir / BACKUP_FOLDER

    def second_folder(self) -> Path | None:
        device = self.db.device()
        folder = device.backup_folder if device else None
        return Path(folder) if folder else None

    def set_second_folder(self, folder: Path | None) -> None:
        if folder is not None and not folder.is_dir():
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
                folder=str(folder),
            )
        self.db.set_device(backup_folder=str(folder) if folder else None)

    # making backups --------------------------------------------------------------------
    def backup_now(self, kind: str = "manual", to: Path | None = None) -> BackupInfo:
        """A verified copy of the database, in ``to`` or the backups folder."""
        target = (to or self.folder) / backup_store.backup_name(kind, self.clock())
        self.db.checkpoint()
        try:
            backup_store.make_backup(self.db.path, target)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "The backup to {path} failed: {reason}"),
                path=str(target.parent),
                reason=getattr(exc, "strerror", None) or str(exc),
            ) from exc
        return backup_store.inspect(target)

    def daily_if_due(self) -> DailyResult:
        """Today's backup if there is none yet, then the rotation of daily backups."""
        today = self.clock().date()
        made = None
        if not any(
            when.date() == today and kind == "daily"
            for _p, when, kind in backup_store.list_backups(self.folder)
        ):
            made = self.backup_now("daily")
        second_error = None
        second = self.second_folder()
        if made is not None and second is not None:
            try:
                shutil.copy2(made.path, second / made.path.name)
                self._rotate(second)
            except OSError as exc:  # the stick is not plugged in: the main backup still stands
                second_error = exc.strerror or str(exc)
        return DailyResult(made, self._rotate(self.folder), second_error)

    def _rotate(self, folder: Path) -> int:
        daily = [
            (str(p), when) for p, when, kind in backup_store.list_backups(folder) if kind == "daily"
        ]
        keep = to_keep(daily)
        removed = 0
        for name, _when in daily:
            if name not in keep:
                Path(name).unlink(missing_ok=True)
                removed += 1
        return removed

    def list(self) -> list[BackupInfo]:
        infos = []
        for path, _when, _kind in backup_store.list_backups(self.folder):
            try:
                infos.append(backup_store.inspect(path))
            except sqlite3.DatabaseError:
                continue
        return infos

    # restoring -------------------------------------------------------------------------
    def check(self, path: Path) -> BackupInfo:
        return self.check_file(path)

    @staticmethod
    def check_file(path: Path) -> BackupInfo:
        """What a backup holds, if it can be restored; raises BackupError if not."""
        unusable = QT_TRANSLATE_NOOP(
            "errors", "{path} is not a usable Mandrivna backup (damaged or not a backup)."
        )
        if not path.is_file() or not backup_store.is_intact(path):
            raise BackupError(unusable, path=str(path))
        try:
            info = backup_store.inspect(path)
        except sqlite3.DatabaseError as exc:
            raise BackupError(unusable, path=str(path)) from exc
        if info.revision is None:
            raise BackupError(unusable, path=str(path))
        if info.revision not in schema.known_revisions():
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} was made by a newer version of Mandrivna. Update the app."
                ),
                path=str(path),
            )
        return info

    def restore(self, path: Path) -> BackupInfo:
        """Replace the database with the backup ``path`` (see ``restore_data_folder``). The
        ``Database`` this service holds is closed: open the data folder again afterwards."""
        self.check(path)
        self.db.close()
        return restore_data_folder(self.db.data_dir, path, self.clock)


def restore_data_folder(data_dir: Path, path: Path, clock: Clock = dt.datetime.now) -> BackupInfo:
    """Put the backup ``path`` in place of the data folder's database.

    The database replaced is kept first: backed up if it opens, or moved aside as it is if it is
    damaged. This laptop's own changes newer than the backup are carried over from it when it
    can be read; otherwise the sync server gives them back at the next sync."""
    try:
        current = Database.open(data_dir)
    except (DatabaseFileError, NewerDatabaseError):
        current = None
    if current is not None:
        service = BackupService(current, clock)
        info = service.check(path)
        replaced = service.backup_now("before-restore").path
        current.close()
    else:
        info = BackupService.check_file(path)
        replaced = data_dir / BACKUP_FOLDER / backup_store.backup_name("damaged", clock())
        replaced.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(data_dir / DB_FILENAME, replaced)
    live = data_dir / DB_FILENAME
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    staged = live.with_name(live.name + ".restoring")
    shutil.copyfile(path, staged)
    with open(staged, "rb") as handle:
        os.fsync(handle.fileno())
    staged.replace(live)
    restored = Database.open(data_dir)
    try:
        carry_own_changes(restored, replaced)
    finally:
        restored.close()
    return info


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup in the data folder that is intact and usable by this app."""
    for path, _when, _kind in backup_store.list_backups(data_dir / BACKUP_FOLDER):
        try:
            return BackupService.check_file(path)
        except BackupError:
            continue
    return None
