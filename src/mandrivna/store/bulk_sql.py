"""Bulk statements for the hot path of the change log (sync pulls, imports): plain SQL run with
the driver's ``executemany`` inside the caller's SQLAlchemy transaction, skipping per-row
parameter processing that costs more than SQLite itself at tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import JSON, Connection, Table

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.sqlshared import log_scrub
from mandrivna.store import report_marks, tables

_dumps = json_text.dumps
_change_log: Table = tables.change_log

LOG_INSERT = (
    "INSERT INTO change_log (device_id, seq, hlc, entity, entity_id, op, fields, seen, "
    "recorded_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _executemany(conn: Connection, sql: str, rows: Iterable[Sequence[Any]]) -> int:
    """Run ``sql`` for each of ``rows``; returns the rows it inserted, changed or deleted (not
    counting those of triggers, nor rows an ``OR IGNORE`` or a conflict left as they were)."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, rows)
        return max(0, int(cursor.rowcount))
    finally:
        cursor.close()


_OP_CODES = {op: op.value for op in Op}  # a dict look-up costs less than the enum's property


def fetch(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows of a plain SQL read as the driver gives them (tuples), in the caller's transaction:
    for small reads on every scan, where SQLAlchemy's result set-up costs more than SQLite."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, tuple(params)).fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()


def insert_log(conn: Connection, changes: Sequence[Change], now_ms: int) -> None:
    code = _OP_CODES.__getitem__
    _executemany(
        conn,
        LOG_INSERT,
        [
            (
                c.device_id,
                c.seq,
                c.hlc,
                c.entity,
                c.entity_id,
                code(c.op),
                _dumps(c.fields),
                c.seen,
                now_ms,
            )
            for c in changes
        ],
    )


def _json_or_none(value: Any) -> Any:
    return None if value is None else _dumps(value)


@cache
def json_columns(table: Table) -> frozenset[str]:
    """The columns of ``table`` that hold JSON text."""
    return frozenset(c.name for c in table.columns if isinstance(c.type, JSON))


@cache
def row_maker(
    table: Table, columns: tuple[str, ...]
) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function turning a mapping into a tuple in ``columns`` order, JSON columns encoded."""
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    plain = not json_columns.intersection(columns)
    if plain:
        return lambda row: tuple(map(row.get, columns))
    pairs = [(c, c in json_columns) for c in columns]
    return lambda row: tuple(
        _json_or_none(row.get(c)) if encode else row.get(c) for c, encode in pairs
    )


def insert_rows_sql(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> int:
    """Run one plain statement (its ``?`` marks) for each of ``rows``; returns the rows it
    inserted, changed or deleted."""
    return _executemany(conn, sql, rows)


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert plain rows (values in ``columns`` order, none JSON) into a local table."""
    marks = ", ".join("?" * len(columns))
    _executemany(conn, f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def merge_facts(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> int:
    """Insert facts; where one with the same id is there, the one with the lower
    ``(hlc, device_id)`` stamp is kept, whichever arrived first. Most facts have random ids and
    are written once, but some ids are made from part of the content (a reader's visit: reader,
    day, hub), and two laptops may write the rest differently: every replica keeps the same one.
    A row lacking a column this version requires (written by a newer app) is left out; the
    change itself stays in the log. A big page marks its days for the report cache once
    (``report_marks``) instead of row by row. Returns how many facts were new here or replaced
    one held (the others were held already)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    sql = (
        f"INSERT OR IGNORE INTO {table.name} ({', '.join(columns)}) VALUES "
        f"({', '.join('?' * len(columns))}) ON CONFLICT(id) DO UPDATE SET {updates} "
        f"WHERE (excluded.hlc, excluded.device_id) < ({table.name}.hlc, {table.name}.device_id)"
    )
    if len(rows) < report_marks.BULK_ROWS or "day" not in columns:
        return _executemany(conn, sql, rows)
    at = list(columns).index("day")
    ids = [row[0] for row in rows]
    with report_marks.marked_once(conn, table.name, ids, (row[at] for row in rows)):
        return _executemany(conn, sql, rows)


def upsert(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """INSERT … ON CONFLICT(id) DO UPDATE of ``columns`` (which include ``id``)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
        f"({', '.join('?' * len(columns))}) ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    _executemany(conn, sql, rows)


def scrub_log(conn: Connection, entity: str, entity_id: str, fields: Sequence[str]) -> None:
    """Remove erased fields from every earlier edit of a record in the change log, so that an
    erased reader's personal data is gone from the log too (the server scrubs its log the same
    way, ``mandrivna.sqlshared.log_scrub``)."""
    log_scrub.scrub_log(conn, _change_log, entity, entity_id, fields)


def scrub_conflicts(conn: Connection, entity: str, entity_id: str, fields: Sequence[str]) -> None:
    """Remove an erased record's erased fields from the conflict queue: both values of a
    conflict are the person's data, whichever won."""
    if not fields:
        return
    marks = ", ".join("?" for _ in fields)
    conn.exec_driver_sql(
        f"DELETE FROM conflict WHERE entity = ? AND entity_id = ? AND field IN ({marks})",
        (entity, entity_id, *fields),
    )
