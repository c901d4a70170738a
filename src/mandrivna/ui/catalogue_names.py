"""What the catalogue's stored codes are called on screen: record types, copy states, ways of
acquisition and record languages, in the user's language. The data keeps the codes. A copy's
state (on loan, and what its status marks) is shown as one text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

CONTEXT = "catalogue"

_TYPES = {
    "book": QT_TRANSLATE_NOOP("catalogue", "Book"),
    "ebook": QT_TRANSLATE_NOOP("catalogue", "E-book"),
    "audiobook": QT_TRANSLATE_NOOP("catalogue", "Audiobook"),
    "periodical": QT_TRANSLATE_NOOP("catalogue", "Periodical"),
    "online": QT_TRANSLATE_NOOP("catalogue", "Online resource"),
}
_STATUSES = {
    "available": QT_TRANSLATE_NOOP("catalogue", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("catalogue", "On loan"),
    "in_transit": QT_TRANSLATE_NOOP("catalogue", "In transit"),
    "lost": QT_TRANSLATE_NOOP("catalogue", "Lost"),
    "written_off": QT_TRANSLATE_NOOP("catalogue", "Written off"),
}
_LENT_TWICE = QT_TRANSLATE_NOOP("catalogue", "(lent twice before a sync: see the desk's list)")
_ACQUISITIONS = {
    "donation": QT_TRANSLATE_NOOP("catalogue", "Donation"),
    "purchase": QT_TRANSLATE_NOOP("catalogue", "Purchase"),
    "other": QT_TRANSLATE_NOOP("catalogue", "Other"),
}
# Record languages as MARC 21 codes (what imported records carry), most used first.
_LANGUAGES = {
    "ukr": QT_TRANSLATE_NOOP("catalogue", "Ukrainian"),
    "eng": QT_TRANSLATE_NOOP("catalogue", "English"),
    "crh": QT_TRANSLATE_NOOP("catalogue", "Crimean Tatar"),
    "pol": QT_TRANSLATE_NOOP("catalogue", "Polish"),
    "deu": QT_TRANSLATE_NOOP("catalogue", "German"),
    "fre": QT_TRANSLATE_NOOP("catalogue", "French"),
    "rus": QT_TRANSLATE_NOOP("catalogue", "Russian"),
}
LANGUAGE_CODES = tuple(_LANGUAGES)


def _name(names: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = names.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def type_name(code: str | None) -> str:
    return _name(_TYPES, code)


def status_name(code: str | None) -> str:
    return _name(_STATUSES, code)


def copy_state_text(states: Sequence[str], lent_again: bool = False) -> str:
    """A copy's state as shown: «On loan · Lost»; a copy lent twice before a sync says so."""
    text = " · ".join(status_name(state) for state in states)
    if lent_again:
        text += " " + QCoreApplication.translate(CONTEXT, _LENT_TWICE)
    return text


def acquisition_name(code: str | None) -> str:
    return _name(_ACQUISITIONS, code)


def language_name(code: str | None) -> str:
    """A known language's name; any other code as it is stored."""
    return _name(_LANGUAGES, code)
