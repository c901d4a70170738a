"""Whether a data folder is encrypted, and which key opens it or any database file.

``encryption.json`` in the data folder marks it as encrypted and holds what turns the passphrase
into the key: the salt and the number of rounds (neither is secret), and a check value that tells
a wrong passphrase at once, before the database is touched. The passphrase is never stored.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from mandrivna.core.database_key import KDF_ITERATIONS, DatabaseKey, derive_key
from mandrivna.core.errors import DatabaseFileError, PassphraseNeededError, WrongPassphraseError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.cipher_files import fsync_folder
from mandrivna.store.connection import cipher_salt

ENCRYPTION_FILENAME = "encryption.json"
# Where commands and scheduled tasks take the passphrase from.
PASSPHRASE_ENV = "MANDRIVNA_PASSPHRASE"


@dataclass(frozen=True)
class FolderEncryption:
    """What ``encryption.json`` holds."""

    salt: bytes
    iterations: int
    check: str


def is_encrypted(data_dir: Path) -> bool:
    return (Path(data_dir) / ENCRYPTION_FILENAME).exists()


def read_settings(data_dir: Path) -> FolderEncryption | None:
    path = Path(data_dir) / ENCRYPTION_FILENAME
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return FolderEncryption(
            bytes.fromhex(data["salt"]), int(data["iterations"]), str(data["check"])
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatabaseFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {path}, which says how this folder is encrypted, is damaged. Restore it "
                "from a copy, or restore the database from a backup into a new folder.",
            ),
            path=str(path),
        ) from exc


def write_settings(data_dir: Path, key: DatabaseKey, iterations: int = KDF_ITERATIONS) -> None:
    """Record ``key``'s salt and check value (written beside, synced, then renamed in place)."""
    path = Path(data_dir) / ENCRYPTION_FILENAME
    staged = path.with_name(path.name + ".partial")
    data = {"salt": key.salt.hex(), "iterations": iterations, "check": key.check_value()}
    with open(staged, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
        handle.flush()
        os.fsync(handle.fileno())
    staged.replace(path)
    fsync_folder(path.parent)


def unlock(data_dir: Path, passphrase: str | None) -> DatabaseKey | None:
    """The folder's key (None when it is not encrypted); raises when the passphrase is missing
    or wrong."""
    settings = read_settings(data_dir)
    if settings is None:
        return None
    if passphrase is None:
        raise PassphraseNeededError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data in {folder} is encrypted and needs its passphrase. For commands and "
                "scheduled tasks, put it in the environment variable MANDRIVNA_PASSPHRASE.",
            ),
            folder=str(data_dir),
        )
    import hmac  # only where a folder is encrypted: no start of a plain folder needs OpenSSL

    key = derive_key(passphrase, settings.salt, settings.iterations)
    if not hmac.compare_digest(key.check_value(), settings.check):
        raise WrongPassphraseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.",
            )
        )
    return key


def key_for_file(
    path: Path, passphrase: str | None, folder_key: DatabaseKey | None
) -> DatabaseKey | None:
    """The key that opens a database file: none for plain SQLite, the folder's key for a file
    made in this folder, else the key from the passphrase and the salt the file starts with
    (a backup from another laptop, or from before the passphrase was changed)."""
    salt = cipher_salt(path)
    if salt is None:
        return None
    if folder_key is not None and salt == folder_key.salt:
        return folder_key
    if passphrase is None:
        raise PassphraseNeededError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is encrypted: it opens only with the passphrase it was made with."
            ),
            path=str(path),
        )
    return derive_key(passphrase, salt)
