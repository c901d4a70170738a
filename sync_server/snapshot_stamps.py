"""A snapshot record's stamps as sent: in full (a field → stamp map, as stored), or, for a laptop
that asks for them short, one stamp when every field carries the same one — most records were
written once. A short stamp stands for that stamp on each of the record's fields, so the laptop
rebuilds the very same map; it cuts a page's text to about a third (the device id and clock of
every field, repeated) and the gzip work with it."""

from __future__ import annotations

from typing import Any

from mandrivna.core import json_text


def as_stored(fields_json: str, stamps_json: str) -> str:
    return stamps_json


def _loads(text: str) -> Any:
    try:
        return json_text.loads(text)
    except ValueError:  # a value orjson refuses (NaN, a huge integer): sent as stored
        return None


def shortest(fields_json: str, stamps_json: str) -> str:
    """One stamp when every field of the record carries it (and every stamped field has a
    value, which the merge guarantees); else the stored map."""
    stamps = _loads(stamps_json)
    if not isinstance(stamps, dict) or not stamps:
        return stamps_json
    values = iter(stamps.values())
    first = next(values)
    if not isinstance(first, list) or any(stamp != first for stamp in values):
        return stamps_json
    fields = _loads(fields_json)
    if not isinstance(fields, dict) or fields.keys() != stamps.keys():
        return stamps_json
    return json_text.dumps(first)
