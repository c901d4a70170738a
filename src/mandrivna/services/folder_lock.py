"""Before the database is opened: whether a data folder is encrypted, the passphrase a command
or a scheduled task was given, and whether a passphrase opens the folder. Kept apart from
``encryption_service`` (which turns encryption on and changes the passphrase, with the backups)
so that a start asks these without importing the services a first page does not need.
"""

from __future__ import annotations

import os
from pathlib import Path

from mandrivna.store import folder_encryption


def is_locked(data_dir: Path) -> bool:
    """Whether the data folder is encrypted, so that opening it needs the passphrase."""
    return folder_encryption.is_encrypted(data_dir)


def passphrase_from_environment() -> str | None:
    """The passphrase a command or a scheduled task was given (``MANDRIVNA_PASSPHRASE``)."""
    return os.environ.get(folder_encryption.PASSPHRASE_ENV) or None


def check_passphrase(data_dir: Path, passphrase: str) -> None:
    """Raises ``WrongPassphraseError`` unless ``passphrase`` opens the data folder."""
    folder_encryption.unlock(data_dir, passphrase)
