"""Encryption at rest: turn it on for the local database and its backups, or change the
passphrase. The app goes on working on the encrypted database; the backups follow, so no copy
readable without the passphrase is left in the data folder or the second backup folder.

Before the database is opened, ``folder_lock`` tells whether a data folder needs its passphrase
and whether one opens it.

There is no recovery of a forgotten passphrase: the data on this laptop and in its backups can
then not be read. What was synced is safe on the server; a new laptop enrolled there pulls it.
"""

from __future__ import annotations

from mandrivna.core.database_key import check_new_passphrase, derive_key, new_salt
from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.backup_service import BackupService, SecuredBackups
from mandrivna.services.folder_lock import check_passphrase
from mandrivna.store.database import Database


class EncryptionService:
    def __init__(self, db: Database, backups: BackupService) -> None:
        self.db = db
        self.backups = backups

    def is_on(self) -> bool:
        return self.db.key is not None

    def turn_on(self, passphrase: str, repeated: str) -> SecuredBackups:
        """Encrypt the database and every backup with a new passphrase."""
        if self.is_on():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The data on this laptop is already encrypted.")
            )
        check_new_passphrase(passphrase, repeated)
        with self.db.exclusively():  # no backup is made under the old key meanwhile
            self.db.change_key(derive_key(passphrase, new_salt()), passphrase)
            return self.backups.secure_all(old_key=None)

    def change(self, current: str, passphrase: str, repeated: str) -> SecuredBackups:
        """Put the database and its backups under a new passphrase; the current one must be
        given (it is checked first)."""
        if not self.is_on():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The data on this laptop is not encrypted yet.")
            )
        check_passphrase(self.db.data_dir, current)
        check_new_passphrase(passphrase, repeated)
        with self.db.exclusively():
            old_key = self.db.key
            self.db.change_key(derive_key(passphrase, new_salt()), passphrase)
            return self.backups.secure_all(old_key)
