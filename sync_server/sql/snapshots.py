"""Snapshots for laptops far behind: every record merged to its current state, and the facts.

``materialize`` folds the record changes that arrived since it last ran into ``server_record``
with the same merge code every laptop runs (``mandrivna.core.merge``); it runs when a snapshot is
asked for, under the push lock, so pushes never pay for it. A laptop merges the snapshot's records
field by field with their stamps, which gives the same state as replaying the changes.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, literal, or_, select, true, tuple_

from mandrivna.core import json_text
from mandrivna.core.change import Op
from mandrivna.core.merge import RecordState, merge_record
from mandrivna.wire import MAX_PAGE_BYTES
from sync_server.sql import page_bytes
from sync_server.sql.dialect import SqlDialect
from sync_server.sql.tables import CHANGE_COLUMNS, changes, decode_change, meta, records
from sync_server.storage_api import StoredRecord

MATERIALIZED = "materialized_upto"
CHUNK = 5000
_stdlib_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dumps(value: object, sort: bool = False) -> str:
    """Compact JSON text by orjson (several times faster); by the standard library for what
    orjson refuses (an integer past 64 bits), which is the text that was always stored."""
    try:
        return json_text.dumps_sorted(value) if sort else json_text.dumps(value)
    except TypeError:  # orjson.JSONEncodeError is one
        return _stdlib_dumps(dict(sorted(value.items())) if sort else value)  # type: ignore[attr-defined]


def _loads(text: str) -> Any:
    """The values of stored JSON text: by orjson when it reads them exactly (it would make a
    float of an integer past 64 bits), else by the standard library (``loads_stored``)."""
    return json_text.loads_stored(text)


def _upto(conn: Connection) -> int:
    value = conn.execute(select(meta.c.value).where(meta.c.key == MATERIALIZED)).scalar()
    return int(value or 0)


def materialize(conn: Connection, dialect: SqlDialect, max_chunks: int | None = None) -> int:
    """Fold new record changes into ``server_record``; returns the sequence it now covers.
    ``max_chunks`` bounds the work (and so the time the push lock is held) of one call."""
    upto = _upto(conn)
    top = int(conn.execute(select(func.coalesce(func.max(changes.c.server_seq), 0))).scalar_one())
    chunks = 0
    while upto < top and (max_chunks is None or chunks < max_chunks):
        chunks += 1
        batch = conn.execute(
            select(*CHANGE_COLUMNS)
            .where(
                changes.c.server_seq > upto,
                changes.c.server_seq <= top,
                changes.c.op.in_([Op.UPSERT.value, Op.DELETE.value]),
            )
            .order_by(changes.c.server_seq)
            .limit(CHUNK)
        ).all()
        if not batch:
            upto = top
            break
        keys = list({(r.entity, r.entity_id) for r in batch})
        states: dict[tuple[str, str], RecordState] = {}
        for start in range(0, len(keys), 500):
            for row in conn.execute(
                select(records).where(
                    tuple_(records.c.entity, records.c.entity_id).in_(keys[start : start + 500])
                )
            ):
                states[(row.entity, row.entity_id)] = RecordState(
                    _loads(row.fields), _loads(row.stamps)
                )
        for r in batch:
            change = decode_change(r)
            merge_record(states.setdefault((r.entity, r.entity_id), RecordState()), change)
        dialect.upsert(
            conn,
            records,
            [
                {
                    "entity": e,
                    "entity_id": i,
                    "fields": _dumps(s.values),
                    "stamps": _dumps(s.stamps, sort=True),
                }
                for (e, i), s in states.items()
            ],
            ["entity", "entity_id"],
        )
        upto = batch[-1].server_seq if len(batch) == CHUNK else top
    dialect.upsert(conn, meta, [{"key": MATERIALIZED, "value": upto}], ["key"])
    return upto


def record_count(conn: Connection) -> int:
    """How many records a whole snapshot sends (for the laptop's progress: "of how many")."""
    return int(conn.execute(select(func.count()).select_from(records)).scalar_one())


def record_page(
    conn: Connection, dialect: SqlDialect, after: tuple[str, str] | None, limit: int
) -> tuple[list[StoredRecord], bool]:
    """Merged records in key order after ``after``: (entity, id, fields JSON, stamps JSON), at
    most ``limit`` of them and ``MAX_PAGE_BYTES`` (at least one); and whether more follow."""
    where: ColumnElement[bool] = true()
    if after is not None:
        where = or_(
            records.c.entity > after[0],
            and_(records.c.entity == after[0], records.c.entity_id > after[1]),
        )
    order = (records.c.entity, records.c.entity_id)
    size = (
        dialect.byte_length(records.c.fields)
        + dialect.byte_length(records.c.stamps)
        + literal(page_bytes.ROW_OVERHEAD)
    )
    sizes = list(conn.execute(select(size).where(where).order_by(*order).limit(limit)).scalars())
    count = page_bytes.fitting(sizes, MAX_PAGE_BYTES)
    query = select(records.c.entity, records.c.entity_id, records.c.fields, records.c.stamps)
    rows = conn.execute(query.where(where).order_by(*order).limit(count))
    return [StoredRecord(*r) for r in rows], count == limit or count < len(sizes)
