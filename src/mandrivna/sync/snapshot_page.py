"""A snapshot page read from its parsed JSON without pydantic's slot-by-slot work, for a page
shaped exactly as a Mandrivna server sends it: every value already of the type
``wire.SnapshotPage`` wants, so the page is the one pydantic would make of it (records as
tuples, a short stamp as a tuple). Anything else (another shape, a value pydantic would coerce
or refuse) gets None, and the transport validates it with pydantic as before: a hostile or
broken server's page is refused the same way, in the same words.
"""

from __future__ import annotations

from typing import Any

from mandrivna.wire import SnapshotPage

_KEYS = frozenset({"upto", "total", "records", "more"})
_NEEDED = frozenset({"upto", "records", "more"})


def _stamps(value: Any) -> Any:
    """The stamps as pydantic makes them (a map, or one stamp as a tuple), or None."""
    if type(value) is dict:
        for stamp in value.values():
            if type(stamp) is not list:
                return None
        return value
    if (
        type(value) is list
        and len(value) == 3
        and type(value[0]) is int
        and type(value[1]) is str
        and type(value[2]) is int
    ):
        return (value[0], value[1], value[2])
    return None


def plain_snapshot_page(data: Any) -> SnapshotPage | None:
    """The page of ``data`` (parsed JSON) when every value has exactly its type, else None."""
    if type(data) is not dict or not _NEEDED <= data.keys() <= _KEYS:
        return None
    upto, total, rows, more = data["upto"], data.get("total", 0), data["records"], data["more"]
    if type(upto) is not int or type(total) is not int or type(more) is not bool:
        return None
    if type(rows) is not list:
        return None
    records = []
    for row in rows:
        if type(row) is not list or len(row) != 4:
            return None
        entity, entity_id, fields, stamps = row
        if type(entity) is not str or type(entity_id) is not str or type(fields) is not dict:
            return None
        kept = _stamps(stamps)
        if kept is None:
            return None
        records.append((entity, entity_id, fields, kept))
    return SnapshotPage.model_construct(upto=upto, total=total, records=records, more=more)
