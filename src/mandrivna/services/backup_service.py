"""Backups and restore of the local database.

A verified backup every day the app is used, kept by rotation (7 daily, 4 weekly, 12 monthly),
optionally also to a second folder (a USB stick); backups on request; restore with a copy of the
replaced database taken first.

Restoring must not break sync: this laptop's own changes made after the backup are already on the
server and maybe on other laptops. So a restore carries this laptop's newer changes over from
the database it replaces (when that one can still be read), and the sync server gives back the
rest (``sync_engine.recover_own_changes``), so no sequence number is ever reused.

In an encrypted folder every backup is encrypted with the database's key. A backup made with
another passphrase (before it was changed, or on another laptop) opens with that passphrase; the
restored database is put under the folder's key. An encrypted backup restored into a folder that
is not encrypted makes the folder encrypted with the backup's passphrase.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mandrivna.core.backup_rotation import copies_to_remove, to_keep
from mandrivna.core.backups import BackupInfo
from mandrivna.core.database_key import DatabaseKey
from mandrivna.core.errors import (
    DatabaseFileError,
    MandrivnaError,
    NewerDatabaseError,
    WrongPassphraseError,
)
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import backup_store, cipher_files, folder_encryption, schema
from mandrivna.store.connection import DatabaseError
from mandrivna.store.database import BACKUP_FOLDER, DB_FILENAME, Database
from mandrivna.store.lineage import carry_own_changes

Clock = Callable[[], dt.datetime]


class BackupError(MandrivnaError):
    """A backup could not be made or restored; the database in use is unchanged."""


@dataclass
class DailyResult:
    made: BackupInfo | None
    removed: int
    second_copy_error: str | None = None


@dataclass
class SecuredBackups:
    """Backups put under the database's new key; those left as they were (damaged); and why
    the second folder could not be reached, if it could not."""

    count: int = 0
    left: list[Path] = field(default_factory=list)
    second_folder_error: str | None = None


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

    def check_database(self) -> None:
        """SQLite's check of every page of the live database, when opening left it for later
        (the GUI runs it once its window is drawn); raises ``DatabaseFileError`` when the file
        is damaged, and every write is refused from then on."""
        self.db.check_whole_file()

    # making backups --------------------------------------------------------------------
    def backup_now(self, kind: str = "manual", to: Path | None = None) -> BackupInfo:
        """A verified copy of the database, in ``to`` or the backups folder (never of a file
        found damaged: the rotation would drop a good backup for it)."""
        self.db.check_whole_file()
        target = (to or self.folder) / backup_store.backup_name(kind, self.clock())
        self.db.checkpoint()
        try:
            with self.db.holding_file():
                key = self.db.key
                backup_store.make_backup(self.db.path, target, key)
        except (OSError, DatabaseError) as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "The backup to {path} failed: {reason}"),
                path=str(target.parent),
                reason=getattr(exc, "strerror", None) or str(exc),
            ) from exc
        return backup_store.inspect(target, key)

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
                with self.db.holding_file():  # the key does not change during the copy
                    shutil.copy2(made.path, second / made.path.name)
                    self._rotate(second)
                    if self.db.key is not None:  # copies from before encryption was turned on
                        backup_store.secure_backups(second, self.db.key)
            except OSError as exc:  # the stick is not plugged in: the main backup still stands
                second_error = exc.strerror or str(exc)
        return DailyResult(made, self._rotate(self.folder), second_error)

    def _rotate(self, folder: Path) -> int:
        held = [(str(p), when, kind) for p, when, kind in backup_store.list_backups(folder)]
        daily = [(name, when) for name, when, kind in held if kind == "daily"]
        keep = to_keep(daily)
        remove = {name for name, _when in daily if name not in keep} | copies_to_remove(held)
        for name in remove:
            Path(name).unlink(missing_ok=True)
        return len(remove)

    def list(self) -> list[BackupInfo]:
        infos = []
        for path, _when, _kind in backup_store.list_backups(self.folder):
            try:
                infos.append(backup_store.inspect(path, self.db.key_for_file(path)))
            except (DatabaseError, MandrivnaError):
                continue
        return infos

    def secure_all(self, old_key: DatabaseKey | None) -> SecuredBackups:
        """After the database was put under a new key: the backups here and in the second
        folder follow (plain ones, and those under ``old_key``)."""
        key = self.db.key
        assert key is not None
        here = backup_store.secure_backups(self.folder, key, old_key)
        result = SecuredBackups(here.count, here.left)
        second = self.second_folder()
        if second is not None:
            if not second.is_dir():
                result.second_folder_error = str(second)
                return result
            try:
                there = backup_store.secure_backups(second, key, old_key)
            except OSError as exc:
                result.second_folder_error = exc.strerror or str(exc)
                return result
            result.count += there.count
            result.left += there.left
        return result

    # restoring -------------------------------------------------------------------------
    def check(self, path: Path, passphrase: str | None = None) -> BackupInfo:
        """What a backup holds; ``passphrase`` opens one made with another passphrase."""
        return self.check_file(path, passphrase or self.db.passphrase, self.db.key)

    @staticmethod
    def check_file(
        path: Path, passphrase: str | None = None, folder_key: DatabaseKey | None = None
    ) -> BackupInfo:
        """What a backup holds, if it can be restored; raises BackupError if not, or a
        passphrase error if it is encrypted and ``passphrase`` does not open it."""
        unusable = QT_TRANSLATE_NOOP(
            "errors", "{path} is not a usable Mandrivna backup (damaged or not a backup)."
        )
        if not path.is_file():
            raise BackupError(unusable, path=str(path))
        key = folder_encryption.key_for_file(path, passphrase, folder_key)
        if key is not None and key is not folder_key and not backup_store.opens(path, key):
            raise WrongPassphraseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} does not open with this passphrase. A backup needs the passphrase it "
                    "was made with (or the file is damaged).",
                ),
                path=str(path),
            )
        if not backup_store.is_intact(path, key):
            raise BackupError(unusable, path=str(path))
        try:
            info = backup_store.inspect(path, key)
        except DatabaseError as exc:
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

    def restore(self, path: Path, backup_passphrase: str | None = None) -> BackupInfo:
        """Replace the database with the backup ``path`` (see ``restore_data_folder``). The
        ``Database`` this service holds is closed: open the data folder again afterwards."""
        self.check(path, backup_passphrase)
        self.db.close()
        return restore_data_folder(
            self.db.data_dir, path, self.clock, self.db.passphrase, backup_passphrase
        )


def restore_data_folder(
    data_dir: Path,
    path: Path,
    clock: Clock = dt.datetime.now,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> BackupInfo:
    """Put the backup ``path`` in place of the data folder's database.

    The database replaced is kept first: backed up if it opens, or moved aside as it is if it is
    damaged. This laptop's own changes newer than the backup are carried over from it when it
    can be read; otherwise the sync server gives them back at the next sync. ``passphrase``
    opens the folder; ``backup_passphrase`` (by default the same) opens the backup."""
    folder_key = folder_encryption.unlock(data_dir, passphrase)
    backup_passphrase = backup_passphrase or passphrase
    info = BackupService.check_file(path, backup_passphrase, folder_key)
    backup_key = folder_encryption.key_for_file(path, backup_passphrase, folder_key)
    try:
        current = Database.open(data_dir, passphrase=passphrase)
    except (DatabaseFileError, NewerDatabaseError):
        current = None
    live = data_dir / DB_FILENAME
    if current is not None:
        replaced = BackupService(current, clock).backup_now("before-restore").path
        current.close()
    else:
        replaced = data_dir / BACKUP_FOLDER / backup_store.backup_name("damaged", clock())
        replaced.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(live, replaced)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    adopt = folder_key is None and backup_key is not None  # the folder takes the backup's key
    target_key = backup_key if adopt else folder_key
    staged = live.with_name(live.name + ".restoring")
    if backup_key == target_key:
        shutil.copyfile(path, staged)
        cipher_files.fsync_file(staged)
    else:
        cipher_files.export_copy(path, backup_key, staged, target_key)
    if adopt and backup_key is not None:
        folder_encryption.write_settings(data_dir, backup_key)
    cipher_files.replace_securely(staged, live)
    restored = Database.open(data_dir, passphrase=backup_passphrase if adopt else passphrase)
    try:
        carry_own_changes(restored, replaced)
    finally:
        restored.close()
    return info


def newest_good_backup(data_dir: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup in the data folder that is intact and usable by this app."""
    folder_key = folder_encryption.unlock(data_dir, passphrase)
    for path, _when, _kind in backup_store.list_backups(data_dir / BACKUP_FOLDER):
        try:
            return BackupService.check_file(path, passphrase, folder_key)
        except MandrivnaError:
            continue
    return None
