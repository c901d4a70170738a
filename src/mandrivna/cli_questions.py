"""Questions a command asks the person at the terminal, and what happens when nobody is there.

Every yes-or-no question is answered in advance by ``--yes``; a passphrase comes from
``MANDRIVNA_PASSPHRASE``. With no terminal (a scheduled task, a pipe, CI) and no such answer the
command refuses in one sentence with exit code 2, instead of waiting or failing on a closed input.
"""

from __future__ import annotations

import getpass
import os
import sys

from mandrivna.core.database_key import check_new_passphrase
from mandrivna.core.errors import NoAnswerError, Translate
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.folder_encryption import PASSPHRASE_ENV

# What counts as "yes", in either language.
YES = ("y", "yes", "т", "так")


def has_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def confirm(question: str, yes: bool) -> bool:
    """True when ``--yes`` was given or the person answers yes; refuses with no terminal."""
    if yes:
        return True
    if not has_terminal():
        raise NoAnswerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is nobody here to answer the command's question: run it again with --yes.",
            )
        )
    try:
        answer = input(question)
    except EOFError:  # Ctrl+D: no answer is no
        print()
        return False
    return answer.strip().lower() in YES


def new_passphrase(translate: Translate) -> str:
    """A new passphrase: from ``MANDRIVNA_PASSPHRASE``, else typed twice at the terminal."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        check_new_passphrase(given, given)
        return given
    if not has_terminal():
        raise NoAnswerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no terminal to type the passphrase in: put it in the environment "
                "variable MANDRIVNA_PASSPHRASE.",
            )
        )
    first = getpass.getpass(translate("cli", "New passphrase (at least 8 characters): "))
    again = getpass.getpass(translate("cli", "The same passphrase again: "))
    check_new_passphrase(first, again)
    return first
