"""A snapshot record's stamps as sent: in full (a field → stamp map), or, for a laptop that asks
for them short, one stamp when every field carries the same one — most records were written
once. A short stamp stands for that stamp on each of the record's fields, so the laptop rebuilds
the very same map; it cuts a page's text to about a third (the device id and clock of every
field, repeated) and the gzip work with it.

The snapshot table keeps a record's stamps in either form (``sql.record_texts``): a kept short
stamp is sent as it is to a laptop that asks for short stamps, and as the map it stands for to
one that does not (an older laptop).
"""

from __future__ import annotations

from typing import Any

from mandrivna.core import json_text


def _loads(text: str) -> Any:
    try:
        return json_text.loads(text)
    except ValueError:  # a value orjson refuses (NaN, a huge integer): sent as stored
        return None


def _kept_short(stamps_json: str) -> bool:
    return stamps_json[:1] == "[" or stamps_json.lstrip()[:1] == "["


def as_stored(fields_json: str, stamps_json: str) -> str:
    """The field → stamp map: as kept, or the one kept stamp on each field."""
    if not _kept_short(stamps_json):
        return stamps_json
    fields = json_text.loads_stored(fields_json)
    stamp = json_text.loads_stored(stamps_json)
    return json_text.dumps_sorted(dict.fromkeys(fields, stamp))


def shortest(fields_json: str, stamps_json: str) -> str:
    """One stamp when every field of the record carries it (and every stamped field has a
    value, which the merge guarantees); else the map."""
    if _kept_short(stamps_json):
        if len(fields_json) > 8 or _loads(fields_json):
            return stamps_json
        return as_stored(fields_json, stamps_json)  # no field: "{}", as an older server sent
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
