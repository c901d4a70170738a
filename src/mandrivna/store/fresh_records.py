"""Records new on this laptop, written in one pass: most of a new laptop's catch-up.

A record the laptop has never held, arriving once in a batch (one change that creates it, or
its merged state from a snapshot), needs no merge: its row is the incoming values with their
stamps, and its search entry is made from those values in hand. ``replica`` sends such records
here and everything else through its general merge; the result is the same row, byte for byte,
and the same search terms (a property test holds the two paths equal). The rows go in with
rowids after every one held, in order, so their search entries append to the index. A big page
of readers marks the report cache's days once (``report_marks.inserted_marked_once``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.core.merge import DELETED_FIELD, TOMBSTONE_HLC, RecordState
from mandrivna.store import bulk_sql, catch_up_backlog, record_rows, report_marks, search_index
from mandrivna.store.entities import ENTITIES

_UPSERT = Op.UPSERT
# What arrives for a record new here: the change that creates it, or its merged state.
Incoming = Change | RecordState


def is_plain(incoming: Incoming) -> bool:
    """Whether a record new here becomes ``incoming`` as it is: a live record (a delete, or a
    state with a tombstone, goes through the general merge, which erases its traces)."""
    if isinstance(incoming, Change):
        return incoming.op is _UPSERT
    return not incoming.values.get(DELETED_FIELD) and not any(
        int(stamp[0]) >= TOMBSTONE_HLC for stamp in incoming.stamps.values()
    )


@cache
def _columns(name: str) -> tuple[str, ...]:
    return ("rowid", "id", *sorted(ENTITIES[name].fields), "deleted", "stamps", "updated_hlc")


@lru_cache(maxsize=256)  # a few shapes of change per entity
def _names_text(keys: tuple[str, ...]) -> str:
    """The names of a change's fields as they follow its stamp in a row's short stamps:
    ``,"a","b"`` for keys b, a."""
    return "".join("," + json_text.dumps(key) for key in sorted(keys))


@lru_cache(maxsize=256)  # a page's changes come from a few devices
def _text(device_id: str) -> str:
    return json_text.dumps(device_id)


def stamps_text(change: Change) -> str:
    """The stamps of a record made by ``change`` alone: every field has the change's stamp (the
    text ``record_rows.stamps_text`` writes for it, made without the map)."""
    if not change.fields:
        return "{}"
    hlc, seen = change.hlc, change.seen
    if type(hlc) is int and type(seen) is int:  # a bool JSON writes otherwise
        return f"[{hlc},{_text(change.device_id)},{seen}{_names_text(tuple(change.fields))}]"
    stamp = [hlc, change.device_id, seen]
    return record_rows.stamps_text({name: stamp for name in change.fields})


@cache
def _row_maker(name: str) -> Callable[[int, str, Incoming], tuple[Any, ...]]:
    """A function making a new record's row in ``_columns`` order: the same values as the
    general merge writes (``record_rows.row_maker``), the stamps' text included."""
    spec = ENTITIES[name]
    encode = bulk_sql.json_columns(spec.table)
    fields = sorted(spec.fields)
    json_at = [2 + i for i, field in enumerate(fields) if field in encode]  # after rowid, id
    dumps, rows_stamps = json_text.dumps, record_rows.stamps_text

    def make(rowid: int, entity_id: str, incoming: Incoming) -> tuple[Any, ...]:
        if isinstance(incoming, Change):
            values = incoming.fields
            stamps = stamps_text(incoming)
            newest = incoming.hlc if values else 0
        else:
            values = {name: incoming.values.get(name) for name in incoming.stamps}
            stamps = rows_stamps(incoming.stamps)
            newest = max((int(s[0]) for s in incoming.stamps.values()), default=0)
        row: list[Any] = [rowid, entity_id, *map(values.get, fields), False, stamps, newest]
        for at in json_at:
            if row[at] is not None:
                row[at] = dumps(row[at])
        return tuple(row)

    return make


def write(
    conn: Connection, name: str, records: Sequence[tuple[str, Incoming]], catching_up: bool = False
) -> None:
    """Insert these records, none of them held here and each arriving once, with their search
    entries. Runs in the caller's write transaction (which keeps the rowids to itself).
    ``catching_up``: copies' catalogue records are indexed again at the catch-up's end (a
    record's copies come over several pages; ``catch_up_backlog``), not now."""
    if not records:
        return
    spec = ENTITIES[name]
    first = (bulk_sql.fetch(conn, f"SELECT max(rowid) FROM {spec.table.name}")[0][0] or 0) + 1
    make = _row_maker(name)
    rows = [make(first + i, entity_id, incoming) for i, (entity_id, incoming) in enumerate(records)]
    table = spec.table.name
    with report_marks.inserted_marked_once(conn, table, first, first + len(rows) - 1):
        bulk_sql.insert_rows(conn, table, _columns(name), rows)
    if catching_up and name == "book_copy":
        catch_up_backlog.defer_index(
            conn, (values_of(incoming).get("record_id") for _, incoming in records)
        )
        return
    search_index.index_new(
        conn,
        name,
        [
            (
                first + i,
                entity_id,
                values_of(incoming),
            )
            for i, (entity_id, incoming) in enumerate(records)
        ],
    )


def values_of(incoming: Incoming) -> Mapping[str, Any]:
    """The field values a change or a snapshot's state brings."""
    return incoming.fields if isinstance(incoming, Change) else incoming.values
