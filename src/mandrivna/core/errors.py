"""Errors a user may see. Each carries an English source text (translated for display) and values.

Messages are written for a librarian, not a programmer: what happened and what to do. The text is
the translation source; ``user_message`` renders it in the user's language.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import Any

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
# What a write, an import or an enrollment says on a laptop not set up yet.
SET_UP_FIRST = QT_TRANSLATE_NOOP("errors", "Set up this device first: enter the hub and librarian.")


class MandrivnaError(Exception):
    """Base of every error shown to a user."""

    context = "errors"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def user_message(self, translate: Translate) -> str:
        return translate(self.context, self.message).format(**self.params)


class DataFolderError(MandrivnaError):
    """The data folder cannot be created or written."""


class DatabaseFileError(MandrivnaError):
    """The database file is damaged, not a database, or cannot be read."""


class NewerDatabaseError(MandrivnaError):
    """The database was written by a newer version of the app."""


class ValidationError(MandrivnaError):
    """Input that breaks a rule; nothing was saved."""


class NotSetUpError(MandrivnaError):
    """The app has not been set up on this device yet (no hub and librarian)."""

    def __init__(self, message: str = SET_UP_FIRST, **params: Any) -> None:
        super().__init__(message, **params)


class NoDisplayError(MandrivnaError):
    """The app's window was asked for on a machine with no display (a server, an SSH session)."""


class NoAnswerError(MandrivnaError):
    """A command needs an answer and nobody can give it (no terminal, no ``--yes``)."""


class SyncError(MandrivnaError):
    """Sync could not complete; nothing already recorded is lost."""


class NotEnrolledError(SyncError):
    """This device has no server to sync with yet."""


class PassphraseNeededError(MandrivnaError):
    """The data is encrypted and no passphrase was given."""


class WrongPassphraseError(MandrivnaError):
    """The passphrase given does not open the encrypted data."""


def disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full", or a write refused for want of space, anywhere in
    the chain of causes (SQLAlchemy's error keeps the driver's as ``orig``)."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "database or disk is full" in str(seen):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False
