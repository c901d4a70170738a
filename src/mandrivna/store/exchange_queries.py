"""Reads for imports and exports: many records, copies or readers looked up at once by the keys
an import matches on (id, source id, ISBN, barcode, card number), and every live record or reader
read in order, a chunk at a time, for an export."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import Column, ColumnClause, Connection, Table, func, literal_column, select

from mandrivna.store.tables import BibRecord, BookCopy, Reader

_record: Table = BibRecord.__table__  # type: ignore[attr-defined]
_copy: Table = BookCopy.__table__  # type: ignore[attr-defined]
_reader: Table = Reader.__table__  # type: ignore[attr-defined]
CHUNK = 500

Row = dict[str, Any]


def _rows_where_in(
    conn: Connection, table: Table, column: Column[Any], keys: Collection[Any], live: bool = True
) -> Iterator[Row]:
    """The rows (without their merge stamps) whose ``column`` is one of ``keys``."""
    wanted = list(dict.fromkeys(k for k in keys if k))
    columns = [c for c in table.columns if c.name != "stamps"]
    for start in range(0, len(wanted), CHUNK):
        query = select(*columns).where(column.in_(wanted[start : start + CHUNK]))
        if live:
            query = query.where(table.c.deleted.is_(False))
        for row in conn.execute(query).mappings():
            yield dict(row)


def records_by_id(conn: Connection, ids: Collection[str]) -> dict[str, Row]:
    """Records with these ids, deleted ones too (their ``deleted`` says so)."""
    return {r["id"]: r for r in _rows_where_in(conn, _record, _record.c.id, ids, live=False)}


def records_by_source_id(conn: Connection, source_ids: Collection[str]) -> dict[str, Row]:
    rows = _rows_where_in(conn, _record, _record.c.source_id, source_ids)
    return {r["source_id"]: r for r in rows}


def records_by_isbn(conn: Connection, isbns: Collection[str]) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = defaultdict(list)
    for row in _rows_where_in(conn, _record, _record.c.isbn, isbns):
        found[row["isbn"]].append(row)
    return found


def copies_by_barcode(conn: Connection, barcodes: Collection[str]) -> dict[str, Row]:
    return {r["barcode"]: r for r in _rows_where_in(conn, _copy, _copy.c.barcode, barcodes)}


def copy_counts(conn: Connection, record_ids: Collection[str]) -> dict[str, int]:
    """How many live copies each of these records has."""
    counts: dict[str, int] = {}
    wanted = list(dict.fromkeys(record_ids))
    for start in range(0, len(wanted), CHUNK):
        query = (
            select(_copy.c.record_id, func.count())
            .where(_copy.c.record_id.in_(wanted[start : start + CHUNK]))
            .where(_copy.c.deleted.is_(False))
            .group_by(_copy.c.record_id)
        )
        counts.update((record_id, int(n)) for record_id, n in conn.execute(query))
    return counts


def readers_by_card(conn: Connection, cards: Collection[str]) -> dict[str, Row]:
    rows = _rows_where_in(conn, _reader, _reader.c.card_number, cards)
    return {r["card_number"]: r for r in rows}


def _live_in_order(conn: Connection, table: Table) -> Iterator[list[Row]]:
    rowid: ColumnClause[Any] = literal_column(f"{table.name}.rowid")
    last = 0
    while True:
        query = (
            select(table, rowid.label("_rowid"))
            .where(table.c.deleted.is_(False), rowid > last)
            .order_by(rowid)
            .limit(CHUNK)
        )
        rows = [dict(r) for r in conn.execute(query).mappings()]
        if not rows:
            return
        last = rows[-1]["_rowid"]
        yield rows


def live_records(conn: Connection) -> Iterator[tuple[Row, list[str]]]:
    """Every live record in the order added, with its live copies' barcodes."""
    for rows in _live_in_order(conn, _record):
        barcodes: dict[str, list[str]] = defaultdict(list)
        ids = [r["id"] for r in rows]
        query = (
            select(_copy.c.record_id, _copy.c.barcode)
            .where(_copy.c.record_id.in_(ids), _copy.c.deleted.is_(False))
            .order_by(_copy.c.barcode)
        )
        for record_id, barcode in conn.execute(query):
            if barcode:
                barcodes[record_id].append(barcode)
        for row in rows:
            yield row, barcodes.get(row["id"], [])


def live_readers(conn: Connection) -> Iterator[Row]:
    """Every registered (not deleted) reader in the order registered."""
    for rows in _live_in_order(conn, _reader):
        yield from rows


def live_count(conn: Connection, entity: str) -> int:
    table = {"bib_record": _record, "reader": _reader}[entity]
    query = select(func.count()).select_from(table).where(table.c.deleted.is_(False))
    return int(conn.execute(query).scalar_one())
