"""Keys that encrypt the local database and its backups, made from the coordinator's passphrase.

The passphrase is stretched once per process (PBKDF2-HMAC-SHA256, 600,000 rounds) into a raw
256-bit key, so SQLCipher never runs its own slow key derivation on every connection. The salt
(16 random bytes, not secret) goes with the key: SQLCipher writes it in clear as the first 16
bytes of every file it encrypts, so any encrypted backup tells which salt its key needs, and the
passphrase alone opens it on another laptop. A check value (an HMAC made with the key) tells a
wrong passphrase from a damaged file without touching the database.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

KDF_ITERATIONS = 600_000
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8
_CHECK_LABEL = b"mandrivna: passphrase check"


@dataclass(frozen=True)
class DatabaseKey:
    """A raw SQLCipher key and the salt stored at the start of the files it encrypts."""

    raw: bytes = field(repr=False)
    salt: bytes

    def sqlcipher_literal(self) -> str:
        """The value for ``PRAGMA key``: raw key and salt in hex (SQLCipher derives nothing)."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"

    def check_value(self) -> str:
        """A value that shows this is the right key; it reveals nothing about the key."""
        import hashlib  # with hmac, only where a folder is encrypted (issue #17: OpenSSL's start)
        import hmac

        return hmac.new(self.raw, _CHECK_LABEL, hashlib.sha256).hexdigest()


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


@lru_cache(maxsize=16)
def derive_key(passphrase: str, salt: bytes, iterations: int = KDF_ITERATIONS) -> DatabaseKey:
    """The key for ``passphrase`` and ``salt`` (slow on purpose; remembered for the process)."""
    import hashlib

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    raw = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations, dklen=KEY_BYTES)
    return DatabaseKey(raw, salt)


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    """Refuse a passphrase that is too short or was not typed the same twice."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The passphrase must be at least {count} characters long."),
            count=MIN_PASSPHRASE_LENGTH,
        )
    if passphrase != repeated:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same. Type them again.")
        )
