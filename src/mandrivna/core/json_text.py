"""Compact JSON text for the change log and the wire (orjson: several times faster than the
standard library on the sync hot path, and the same text: UTF-8, no spaces, keys in order)."""

from __future__ import annotations

import json
from typing import Any

import orjson


def dumps(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")


def dumps_sorted(value: Any) -> str:
    """The same text as ``dumps`` of the mapping with its keys sorted (at every level)."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def dumps_bytes(value: Any) -> bytes:
    return orjson.dumps(value)


def loads(text: str | bytes | bytearray) -> Any:
    return orjson.loads(text)


def loads_stored(text: str | bytes | bytearray) -> Any:
    """JSON the laptop's database holds (written by the standard library, compact and not
    ASCII-escaped): read by orjson, the same values faster, when orjson writes what it read
    back as the very same text. Otherwise (``NaN``, ``Infinity``, integers past 64 bits, which
    orjson refuses or makes floats of, and the app writes none of now; a float the two write
    differently) the standard library reads it."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
    same = orjson.dumps(value) == (text.encode() if isinstance(text, str) else text)
    return value if same else json.loads(text)


def stored_as_sent(text: str | bytes) -> bytes:
    """The compact JSON that ``dumps_bytes`` writes of what ``loads_stored`` reads from
    ``text``: the stored text itself, as UTF-8, whenever orjson writes it back the same (nearly
    always); otherwise the values the standard library reads, written by orjson. So the app
    sends a change's stored fields without building and encoding them again, byte for byte what
    it would send if it did."""
    raw = text.encode() if isinstance(text, str) else text
    try:
        out = orjson.dumps(orjson.loads(raw))
    except orjson.JSONDecodeError:
        return orjson.dumps(json.loads(raw))
    return out if out == raw else orjson.dumps(json.loads(raw))


def raw(text: bytes) -> Any:
    """Compact JSON ``text`` that ``dumps_bytes`` writes as it is, inside what it encodes."""
    return orjson.Fragment(text)
