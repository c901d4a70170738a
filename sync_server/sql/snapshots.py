"""Snapshots for laptops far behind: every record merged to its current state, and the facts.

``materialize`` folds the record changes that arrived since it last ran into ``server_record``
with the same merge code every laptop runs (``mandrivna.core.merge``); it runs when a snapshot is
asked for, and in the background, under the push lock. It takes the changes a chunk at a time
(``CHUNK`` record changes, in server order), in two parts that never touch the same record:

- a record the table does not hold yet, changed once in the chunk by an edit with some fields
  (nearly every record of a catch-up), is its change: the fields as stored and the change's one
  stamp (``record_texts``), written by one ``INSERT … SELECT`` without reading it into Python;
- every other record (held already, changed more than once in the chunk, deleted, or an edit
  with no fields) is read, merged change by change in server order and written back.

A laptop merges the snapshot's records field by field with their stamps, which gives the same
state as replaying the changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    insert,
    not_,
    or_,
    select,
    true,
    tuple_,
)

from mandrivna.core.change import Op
from mandrivna.core.merge import RecordState, merge_record
from sync_server.sql import page_bytes
from sync_server.sql.dialect import SqlDialect
from sync_server.sql.record_texts import short_stamp, state_of, texts_of
from sync_server.sql.tables import CHANGE_COLUMNS, changes, decode_change, meta, records
from sync_server.storage_api import StoredRecord

MATERIALIZED = "materialized_upto"
CHUNK = 5000
_RECORD_OPS = (Op.UPSERT.value, Op.DELETE.value)
_EMPTY = "{}"  # the fields of an edit that sets none (or whose every field an erasure removed)


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
        end = _chunk_end(conn, upto, top)
        _fold_merged(conn, dialect, upto, end)
        _fold_new(conn, upto, end)
        upto = end
    dialect.upsert(conn, meta, [{"key": MATERIALIZED, "value": upto}], ["key"])
    return upto


def _chunk_end(conn: Connection, upto: int, top: int) -> int:
    """The server sequence of the ``CHUNK``-th record change after ``upto`` (``top`` when
    fewer follow): the chunk is every change after ``upto`` up to it."""
    end = conn.execute(
        select(changes.c.server_seq)
        .where(
            changes.c.server_seq > upto,
            changes.c.server_seq <= top,
            changes.c.op.in_(_RECORD_OPS),
        )
        .order_by(changes.c.server_seq)
        .offset(CHUNK - 1)
        .limit(1)
    ).scalar()
    return top if end is None else int(end)


def _in_chunk(after: int, end: int) -> ColumnElement[bool]:
    return and_(
        changes.c.server_seq > after,
        changes.c.server_seq <= end,
        changes.c.op.in_(_RECORD_OPS),
    )


def _repeated(after: int, end: int) -> Select[Any]:
    """The records changed more than once in the chunk."""
    key = (changes.c.entity, changes.c.entity_id)
    return select(*key).where(_in_chunk(after, end)).group_by(*key).having(func.count() > 1)


def _held() -> ColumnElement[bool]:
    """The change's record is in the snapshot table already."""
    return exists().where(
        records.c.entity == changes.c.entity, records.c.entity_id == changes.c.entity_id
    )


def _fold_new(conn: Connection, after: int, end: int) -> None:
    """Records new to the table and changed once in the chunk, by an edit with fields: the
    change's stored fields and its stamp, in one statement."""
    key = tuple_(changes.c.entity, changes.c.entity_id)
    new = select(
        changes.c.entity,
        changes.c.entity_id,
        changes.c.fields,
        short_stamp(changes.c.hlc, changes.c.device_id, changes.c.seen),
    ).where(
        _in_chunk(after, end),
        changes.c.op == Op.UPSERT.value,
        changes.c.fields != _EMPTY,
        not_(_held()),
        not_(key.in_(_repeated(after, end))),
    )
    conn.execute(insert(records).from_select(["entity", "entity_id", "fields", "stamps"], new))


def _fold_merged(conn: Connection, dialect: SqlDialect, after: int, end: int) -> None:
    """Every record of the chunk that ``_fold_new`` leaves (its exact complement), merged
    change by change in server order; run first, so that what it writes cannot make a record
    look held to ``_fold_new``."""
    key = tuple_(changes.c.entity, changes.c.entity_id)
    batch = conn.execute(
        select(*CHANGE_COLUMNS)
        .where(
            _in_chunk(after, end),
            or_(
                changes.c.op != Op.UPSERT.value,
                changes.c.fields == _EMPTY,
                _held(),
                key.in_(_repeated(after, end)),
            ),
        )
        .order_by(changes.c.server_seq)
    ).all()
    if not batch:
        return
    keys = list({(r.entity, r.entity_id) for r in batch})
    states: dict[tuple[str, str], RecordState] = {}
    for start in range(0, len(keys), 500):
        for row in conn.execute(
            select(records).where(
                tuple_(records.c.entity, records.c.entity_id).in_(keys[start : start + 500])
            )
        ):
            states[(row.entity, row.entity_id)] = state_of(row.fields, row.stamps)
    for r in batch:
        merge_record(states.setdefault((r.entity, r.entity_id), RecordState()), decode_change(r))
    rows = []
    for (entity, entity_id), state in states.items():
        fields, stamps = texts_of(state)
        rows.append({"entity": entity, "entity_id": entity_id, "fields": fields, "stamps": stamps})
    dialect.upsert(conn, records, rows, ["entity", "entity_id"])


def record_count(conn: Connection) -> int:
    """How many records a whole snapshot sends (for the laptop's progress: "of how many")."""
    return int(conn.execute(select(func.count()).select_from(records)).scalar_one())


def record_page(
    conn: Connection, dialect: SqlDialect, after: tuple[str, str] | None, limit: int
) -> tuple[list[StoredRecord], bool]:
    """Merged records in key order after ``after``: (entity, id, fields JSON, stamps JSON as
    kept, ``record_texts``), at most ``limit`` of them and ``MAX_PAGE_BYTES`` (at least one);
    and whether more follow."""
    where: ColumnElement[bool] = true()
    if after is not None:
        where = or_(
            records.c.entity > after[0],
            and_(records.c.entity == after[0], records.c.entity_id > after[1]),
        )
    size = page_bytes.size_of(dialect, records.c.fields, records.c.stamps)
    query = select(records.c.entity, records.c.entity_id, records.c.fields, records.c.stamps, size)
    rows, more = page_bytes.page_rows(
        conn, query.where(where).order_by(records.c.entity, records.c.entity_id), limit
    )
    make = StoredRecord._make
    return [make(r[:-1]) for r in rows], more
