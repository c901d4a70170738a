"""What one change's fields may hold: the sync server refuses a change over these caps, and the
app checks its own writes with the same rules before they reach the change log (``wire`` hands
them on to the server with the protocol's other limits; ``docs/sync-protocol.md``)."""

from __future__ import annotations

import math
import re
from typing import Any

from mandrivna.core import json_text

# Every integer a request carries: sequence numbers, cursors, stamps, ``seen``, field values.
MAX_NUMBER = 2**62
# Characters of one text value, items of one list value.
MAX_TEXT = 10_000
MAX_LIST = 100
# One change's fields as compact UTF-8 JSON. Measured: the sample catalogue's biggest record is
# 390 B, a rich record (60 long subjects, 10 authors) 10 KB, a reader whose notes hold 10,000
# Cyrillic characters 24 KB.
MAX_CHANGE_BYTES = 64 * 1024
# Entity and field names: lower-case identifiers (``_``-fields are the merge's own).
NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _text_problem(value: str) -> str | None:
    if len(value) > MAX_TEXT:
        return f"a text longer than {MAX_TEXT:,} characters"
    return "a text with a NUL character" if "\x00" in value else None


def _value_problem(value: Any) -> str | None:
    if type(value) is str:  # most values: checked first, without the isinstance chain
        return _text_problem(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return None if -MAX_NUMBER <= value <= MAX_NUMBER else "a number out of range"
    if isinstance(value, float):
        return None if math.isfinite(value) else "a number out of range"
    if isinstance(value, str):
        return _text_problem(value)
    if isinstance(value, list):
        if len(value) > MAX_LIST:
            return f"a list longer than {MAX_LIST} items"
        for item in value:
            if type(item) is str and len(item) <= MAX_TEXT and "\x00" not in item:
                continue  # most items: a short text
            if isinstance(item, list | dict) or _value_problem(item):
                return "a list holding something other than short texts or numbers"
        return None
    return "a value that is not a text, number, yes/no or list"


# Field names already found good (a few dozen in use): not matched again for every change.
_GOOD_NAMES: set[str] = set()
MAX_GOOD_NAMES = 1_000


def fields_bytes(fields: dict[str, Any]) -> int:
    """The size of a change's fields on the wire (compact UTF-8 JSON)."""
    return len(json_text.dumps_bytes(fields))


def fields_problem(fields: dict[str, Any]) -> str | None:
    """What makes a change's fields unacceptable (a plain English phrase), or None. The server
    refuses such a change; the app checks its own writes with the same rules.

    The fields are encoded first (their size is needed anyway): when that JSON is no longer than
    a text may be and holds no escaped NUL, no text in them can be too long or hold a NUL, so
    only the kinds of values and the numbers are looked at one by one."""
    try:
        encoded: bytes | None = json_text.dumps_bytes(fields)
    except (TypeError, ValueError):  # a value JSON cannot hold: found below, by name
        encoded = None
    plain = encoded is not None and len(encoded) <= MAX_TEXT and b"\\u0000" not in encoded
    for name, value in fields.items():
        if name not in _GOOD_NAMES:
            if not isinstance(name, str) or not NAME.fullmatch(name):
                return f"invalid field name {name!r}"
            if len(_GOOD_NAMES) < MAX_GOOD_NAMES:
                _GOOD_NAMES.add(name)
        kind = type(value)
        if kind is str:
            if plain or (len(value) <= MAX_TEXT and "\x00" not in value):
                continue  # most values: a short text
        elif kind is list:
            if plain and len(value) <= MAX_LIST:
                for item in value:
                    if type(item) is not str:
                        break
                else:
                    continue  # a short list of texts
        elif kind is int:
            if -MAX_NUMBER <= value <= MAX_NUMBER:
                continue
        elif value is None:
            continue
        problem = _value_problem(value)
        if problem:
            return f"field {name!r} holds {problem}"
    size = fields_bytes(fields) if encoded is None else len(encoded)
    if size > MAX_CHANGE_BYTES:
        return f"its fields take {size:,} bytes, over the {MAX_CHANGE_BYTES:,} a change may hold"
    return None
