"""Reads for imports and exports: many records, copies or readers looked up at once by the keys
an import matches on (id, source id, ISBN, barcode, card number), and every live record or reader
read a chunk at a time, for an export, in an order that depends on the data alone (card number,
barcode), so two laptops with the same data write the same file."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, func, select

from mandrivna.core import json_text
from mandrivna.core.reader import registration_years
from mandrivna.store import reader_queries, tables

_record = tables.bib_record
_copy = tables.book_copy
_reader = tables.reader
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


def _in_chunks(conn: Connection, query: Select[Any]) -> Iterator[list[Row]]:
    """The rows of one query (one consistent read), a chunk at a time."""
    result = conn.execution_options(yield_per=CHUNK).execute(query)
    for chunk in result.mappings().partitions():
        yield [dict(row) for row in chunk]


def live_records(conn: Connection) -> Iterator[tuple[Row, list[str]]]:
    """Every live record with its live copies' barcodes, in an order every laptop with the same
    data shares: by the record's first barcode, then (records without copies) by title; the
    record's id settles ties."""
    first_barcode = (
        select(func.min(_copy.c.barcode))
        .where(
            _copy.c.record_id == _record.c.id,
            _copy.c.deleted.is_(False),
            _copy.c.barcode.is_not(None),
        )
        .scalar_subquery()
    )
    query = (
        select(_record)
        .where(_record.c.deleted.is_(False))
        .order_by(first_barcode.is_(None), first_barcode, _record.c.title, _record.c.id)
    )
    for rows in _in_chunks(conn, query):
        barcodes: dict[str, list[str]] = defaultdict(list)
        ids = [r["id"] for r in rows]
        copies = (
            select(_copy.c.record_id, _copy.c.barcode)
            .where(_copy.c.record_id.in_(ids), _copy.c.deleted.is_(False))
            .order_by(_copy.c.barcode)
        )
        for record_id, barcode in conn.execute(copies):
            if barcode:
                barcodes[record_id].append(barcode)
        for row in rows:
            yield row, barcodes.get(row["id"], [])


def live_readers(conn: Connection) -> Iterator[Row]:
    """Every registered (not deleted) reader by card number (the same order on every laptop
    with the same readers); readers without a card last, by id."""
    query = (
        select(_reader)
        .where(_reader.c.deleted.is_(False))
        .order_by(_reader.c.card_number.is_(None), _reader.c.card_number, _reader.c.id)
    )
    for rows in _in_chunks(conn, query):
        years = reader_queries.reregistration_years(conn, [r["id"] for r in rows])
        for row in rows:
            if row["id"] in years:  # the years re-registered count as registration years
                stored = row["registration_years"]
                if isinstance(stored, str):
                    stored = json_text.loads(stored)
                row["registration_years"] = registration_years(stored, years[row["id"]])
            yield row


def live_count(conn: Connection, entity: str) -> int:
    table = {"bib_record": _record, "reader": _reader}[entity]
    query = select(func.count()).select_from(table).where(table.c.deleted.is_(False))
    return int(conn.execute(query).scalar_one())
