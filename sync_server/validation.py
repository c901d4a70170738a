"""What the server accepts in a pushed change, checked before anything is stored.

One bad value must never stop sync for every laptop, and no change may claim a stamp that beats
tombstones (which would bring erased personal data back). Field values are JSON scalars or short
lists of scalars; names are lower-case identifiers; ``_``-fields are the merge's own.
"""

from __future__ import annotations

import re
from typing import Any

from mandrivna.core.merge import TOMBSTONE_HLC
from mandrivna.wire import PushedChange

NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_TEXT = 10_000
MAX_LIST = 100
MAX_INT = 2**62


def _value_problem(value: Any) -> str | None:
    if value is None or isinstance(value, bool | float):
        return None
    if isinstance(value, int):
        return None if -MAX_INT <= value <= MAX_INT else "a number out of range"
    if isinstance(value, str):
        return None if len(value) <= MAX_TEXT else "a text longer than 10,000 characters"
    if isinstance(value, list):
        if len(value) > MAX_LIST:
            return "a list longer than 100 items"
        for item in value:
            if isinstance(item, list | dict) or _value_problem(item):
                return "a list holding something other than short texts or numbers"
        return None
    return "a value that is not a text, number, yes/no or list"


def change_problem(index: int, row: PushedChange) -> str | None:
    """A plain description of what is wrong with change ``index``, or None."""
    hlc, entity, entity_id, op, fields, _seen = row
    if not 0 <= hlc < TOMBSTONE_HLC:
        return f"change {index}: its clock stamp is out of range"
    if not NAME.match(entity):
        return f"change {index}: invalid entity name"
    if not 1 <= len(entity_id) <= 64:
        return f"change {index}: invalid entity id"
    if op not in ("u", "d", "f"):
        return f"change {index}: unknown op {op!r}"
    for name, value in fields.items():
        if not NAME.match(name):
            return f"change {index}: invalid field name {name!r}"
        if op == "d" and value is not None:
            return f"change {index}: a delete must erase its fields (null values)"
        problem = _value_problem(value)
        if problem:
            return f"change {index}: field {name!r} holds {problem}"
    return None
