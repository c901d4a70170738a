"""Cells of the exchange tables (CSV and XLSX): headers matched loosely, and values read and
written so that what the app exports reads back the same.

Lists (authors, subjects, barcodes, categories) are one cell with ``;`` between items. Yes/no
cells take yes/no, так/ні, true/false, 1/0, + or empty. Dates are ``YYYY-MM-DD`` or
``DD.MM.YYYY`` (a date cell of a spreadsheet too).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

LIST_SEPARATOR = "; "
_YES = frozenset(("yes", "y", "так", "т", "true", "1", "+", "x", "х"))
_NO = frozenset(("no", "n", "ні", "н", "false", "0", "-"))
_APOSTROPHES = str.maketrans({c: "'" for c in "’ʼ`‘´ʹ"})
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def header_key(name: Any) -> str:
    """A header as compared: lower case, one kind of apostrophe, words joined by ``_``."""
    text = str(name or "").translate(_APOSTROPHES).strip().lower().lstrip("\ufeff")
    return "_".join(text.replace("-", " ").split())


def header_map(headers: Iterable[Any], aliases: Mapping[str, str]) -> dict[int, str]:
    """Column position → field name for the headers that are known (by name or alias)."""
    found: dict[int, str] = {}
    for position, name in enumerate(headers):
        key = header_key(name)
        column = aliases.get(key)
        if column is not None and column not in found.values():
            found[position] = column
    return found


def text(value: Any) -> str:
    """A cell as text: a spreadsheet's whole number without ``.0``, its date as ISO."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def items(value: Any) -> list[str]:
    return [part.strip() for part in text(value).split(";") if part.strip()]


def join(values: Iterable[Any] | None) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values or [])


def whole_number(value: Any, what: str) -> int | None:
    raw = text(value)
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{what} must be a whole number, not {value}."),
            what=what,
            value=raw,
        ) from None


def yes_no(value: Any, what: str) -> bool | None:
    raw = text(value).lower()
    if not raw:
        return None
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "{what} must be yes or no, not {value}."),
        what=what,
        value=raw,
    )


def date(value: Any, what: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    if not raw:
        return None
    dotted = _DOTTED_DATE.match(raw)
    try:
        if dotted:
            day, month, year = (int(g) for g in dotted.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{what} must be a date like 2025-03-31 or 31.03.2025, not {value}."
            ),
            what=what,
            value=raw,
        ) from None
