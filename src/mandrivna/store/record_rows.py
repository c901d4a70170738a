"""Records' rows as the merge reads and writes them: a row read back as the record's merged
state (values typed as SQLAlchemy's column types would give them, each field's stamp), and a
merged state made into the row's values (JSON columns encoded, the stamps' text the same on every
replica, the newest live stamp). ``replica`` merges between the two; ``record_bases`` and
``fresh_records`` read and write the same shapes.

A row's ``stamps`` hold each field's stamp. When every field carries the same one (a record
written once, as most are) they are kept short: the stamp, then the names of the fields,
``[hlc,"device",seen,"a","b"]`` — a third of a reader's row instead of a map repeating the stamp
for each field (``stamps_text``; ``row_stamps`` reads either form back as the map).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Connection

from mandrivna.core import json_text
from mandrivna.core.merge import DELETED_FIELD, TOMBSTONE_HLC, FieldStamp, RecordState
from mandrivna.store import bulk_sql
from mandrivna.store.entities import ENTITIES, EntitySpec

CHUNK = 500


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def stamps_text(stamps: Mapping[str, FieldStamp]) -> str:
    """A record's stamps as its row keeps them, the same text on every replica: one stamp and
    the names of the fields that all carry it, or the map with its keys in order."""
    if not stamps:
        return "{}"
    first: Sequence[Any] | None = None
    for stamp in stamps.values():
        if len(stamp) != 3 or type(stamp[0]) is not int or type(stamp[2]) is not int:
            return json_text.dumps_sorted(stamps)  # not as this version writes them: kept whole
        if first is None:
            first = stamp
        elif stamp[0] != first[0] or stamp[1] != first[1] or stamp[2] != first[2]:
            return json_text.dumps_sorted(stamps)
    assert first is not None
    return json_text.dumps([*first, *sorted(stamps)])


def row_stamps(stored: Any) -> dict[str, FieldStamp]:
    """A row's stamps (as ``stamps_text`` writes them, read as JSON) as the field → stamp map,
    a new one."""
    if not stored:
        return {}
    if isinstance(stored, list):
        hlc, device, seen = stored[:3]
        return {name: [hlc, device, seen] for name in stored[3:]}
    return dict(stored)


@cache
def columns(name: str) -> tuple[str, ...]:
    """A record table's columns in the order ``row_maker`` makes its rows."""
    return ("id", *sorted(ENTITIES[name].fields), "deleted", "stamps", "updated_hlc")


def _json_value(value: Any) -> Any:
    """A JSON column's value: its text read as stored; a number SQLite's affinity already made
    one (the column is NUMERIC: the text ``0`` is kept as the integer) as it is."""
    return json_text.loads_stored(value) if isinstance(value, str) else value


@cache
def _states_reader(name: str) -> tuple[str, list[tuple[str, Callable[[Any], Any] | None]]]:
    """The plain SQL reading records' states by id (its ``?`` marks added per chunk), and each
    field's conversion from what the driver gives: what SQLAlchemy's column types do (JSON text
    read as stored, 0/1 as booleans), without their per-row set-up."""
    spec = ENTITIES[name]
    convert: list[tuple[str, Callable[[Any], Any] | None]] = []
    for field in sorted(spec.fields):
        kind = spec.table.c[field].type
        if isinstance(kind, JSON):
            convert.append((field, _json_value))
        elif isinstance(kind, Boolean):
            convert.append((field, bool))
        else:
            convert.append((field, None))
    columns = ", ".join(["id", "deleted", "stamps", *(field for field, _ in convert)])
    return f"SELECT {columns} FROM {spec.table.name} WHERE id IN ", convert


def load_states(conn: Connection, spec: EntitySpec, ids: Sequence[str]) -> dict[str, RecordState]:
    """The records' states as a merge reads them (those held of ``ids``)."""
    states: dict[str, RecordState] = {}
    sql, convert = _states_reader(spec.name)
    loads = json_text.loads_stored
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for row in bulk_sql.fetch(conn, f"{sql}({marks})", chunk):
            values = {
                field: value if to is None or value is None else to(value)
                for (field, to), value in zip(convert, row[3:], strict=True)
            }
            values[DELETED_FIELD] = bool(row[1])
            states[row[0]] = RecordState(
                values=values, stamps=row_stamps(loads(row[2]) if row[2] else None)
            )
    return states


@cache
def row_maker(name: str) -> Callable[[str, RecordState], tuple[Any, ...]]:
    """A function making a record's row, in ``columns`` order, from its merged state:
    JSON columns encoded, the stamps with their fields in order (the same bytes on every
    replica), the newest live stamp."""
    spec = ENTITIES[name]
    encode = bulk_sql.json_columns(spec.table)
    fields = [(field, field in encode) for field in sorted(spec.fields)]
    dumps = json_text.dumps

    def make(entity_id: str, state: RecordState) -> tuple[Any, ...]:
        values = state.values
        row: list[Any] = [entity_id]
        for field, is_json in fields:
            value = values.get(field)
            row.append(dumps(value) if is_json and value is not None else value)
        live = [int(s[0]) for s in state.stamps.values() if int(s[0]) < TOMBSTONE_HLC]
        row += (state.deleted, stamps_text(state.stamps), max(live, default=0))
        return tuple(row)

    return make
