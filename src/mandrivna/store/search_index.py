"""Keeps the full-text search tables (``reader_fts``, ``record_fts``) in step with the data.

The search tables are local and derived: ``replica`` calls ``refresh`` for every record it
writes, local or synced, in the same transaction, so a reader registered on another laptop is
found as soon as it arrives. A record's entry also holds the filter terms of its type and of its
live copies' hubs and states (``search_text.filter_term``), so filters are index look-ups too. A
copy's state depends on its loans, so ``loan_projection`` refreshes the records of the copies
whose loans it recomputes, in the same transaction.
Each row's FTS rowid is its record's rowid (records are only ever
upserted, which keeps rowids). ``rebuild`` makes both tables anew from the data (after a
migration, or if a VACUUM ever renumbered rows). Deleted records leave the index; both tables
have FTS5's ``secure-delete`` option (migration 0010), so a deleted entry's terms are removed
from the index itself, and SQLite's ``secure_delete`` zeroes the freed space.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import search_text
from mandrivna.core.catalogue import copy_states, isbn10
from mandrivna.store import bulk_sql, name_words

CHUNK = 500
# Rows read with the driver (``bulk_sql.fetch``: every scan refreshes a record), by name.
_ReaderRow = namedtuple(
    "_ReaderRow", "rowid deleted card_number surname given_name patronymic phone email"
)
_RecordRow = namedtuple(
    "_RecordRow", "rowid id deleted title authors publisher isbn subjects material_type"
)
_CopyRow = namedtuple("_CopyRow", "id record_id barcode hub status")
_TABLES = {"reader": "reader_fts", "bib_record": "record_fts"}
READER_COLUMNS = ", ".join(_ReaderRow._fields)
RECORD_COLUMNS = ", ".join(_RecordRow._fields)


def reader_terms(row: Any) -> str:
    terms = search_text.text_terms([row.surname, row.given_name, row.patronymic, row.email])
    if row.card_number:
        terms.append(search_text.code_term(row.card_number))
    if row.phone:
        terms.extend(search_text.phone_terms(row.phone))
    return " ".join(terms)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):  # JSON read through the driver
        import orjson

        value = orjson.loads(value)
    return [str(v) for v in value or []]


def record_terms(row: Any, copies: Sequence[tuple[str | None, str | None, tuple[str, ...]]]) -> str:
    """A record's terms: its text, ISBN, its live copies' barcodes (``copies`` are
    (barcode, hub, states)), and the filter terms of its type and its copies' hubs and states."""
    terms = search_text.text_terms(
        [row.title, row.publisher, *_as_list(row.authors), *_as_list(row.subjects)]
    )
    if row.isbn:
        terms.append(row.isbn)
        short = isbn10(row.isbn)
        if short:  # a book's ISBN-10, as printed on older books, finds it too
            terms.append(search_text.code_term(short))
    if not copies:  # a record new here, most of a catch-up: its type is its one filter term
        if row.material_type:
            terms.append(search_text.filter_term("t", row.material_type))
        return " ".join(terms)
    terms.extend(search_text.code_term(code) for code in sorted(c[0] or "" for c in copies) if code)
    filters = set()
    if row.material_type:
        filters.add(search_text.filter_term("t", row.material_type))
    for _barcode, hub, states in copies:
        if hub:
            filters.add(search_text.filter_term("h", hub))
        for state in states:
            filters.add(search_text.filter_term("s", state))
            if hub:
                filters.add(search_text.filter_term("b", hub, state))
    terms.extend(sorted(filters))
    return " ".join(terms)


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _marks(ids: Sequence[Any]) -> str:
    return ", ".join("?" for _ in ids)


def _replace(conn: Connection, table: str, drop: list[int], rows: list[tuple[int, str]]) -> None:
    """Delete the entries of ``drop`` and put ``rows`` in. An entry whose terms are already
    the ones held is left alone: with ``secure-delete`` a delete rewrites the entry's terms'
    lists (long ones for common name prefixes), and most edits (notes, a re-registration, a
    renewal) change no term."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        held: dict[int, str] = {}
        for chunk in range(0, len(rows), CHUNK):
            part = [rowid for rowid, _ in rows[chunk : chunk + CHUNK]]
            cursor.execute(
                f"SELECT rowid, terms FROM {table} WHERE rowid IN ({_marks(part)})", part
            )
            held.update(cursor.fetchall())
        rows = [(rowid, terms) for rowid, terms in rows if held.get(rowid) != terms]
        everything = drop + [rowid for rowid, _ in rows if rowid in held]
        for chunk in range(0, len(everything), CHUNK):
            part = everything[chunk : chunk + CHUNK]
            cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({_marks(part)})", part)
        rows.sort()  # FTS5 flushes its pending terms whenever a rowid goes down
        cursor.executemany(f"INSERT INTO {table} (rowid, terms) VALUES (?, ?)", rows)
    finally:
        cursor.close()


def _refresh_readers(conn: Connection, ids: Sequence[str]) -> None:
    drop: list[int] = []
    rows: list[tuple[int, str]] = []
    for chunk in _chunks(ids):
        result = bulk_sql.fetch(
            conn, f"SELECT {READER_COLUMNS} FROM reader WHERE id IN ({_marks(chunk)})", chunk
        )
        for row in map(_ReaderRow._make, result):
            if row.deleted:
                drop.append(row.rowid)
            else:
                rows.append((row.rowid, reader_terms(row)))
    _replace(conn, "reader_fts", drop, rows)
    name_words.note(conn, (word for _, terms in rows for word in terms.split()))


def _refresh_records(conn: Connection, ids: Sequence[str]) -> None:
    drop: list[int] = []
    rows: list[tuple[int, str]] = []
    for chunk in _chunks(ids):
        copies = _live_copies(conn, chunk)
        result = bulk_sql.fetch(
            conn, f"SELECT {RECORD_COLUMNS} FROM bib_record WHERE id IN ({_marks(chunk)})", chunk
        )
        for record in map(_RecordRow._make, result):
            if record.deleted:
                drop.append(record.rowid)
            else:
                rows.append((record.rowid, record_terms(record, copies.get(record.id, []))))
    _replace(conn, "record_fts", drop, rows)


def _lent(conn: Connection, copy_ids: Sequence[str]) -> set[str]:
    """Which of these copies have an open loan (none asked, none read: the first migrations
    build the index before the loan table exists). By the copies' index: the ``+`` keeps
    SQLite from choosing the index of open loans instead (it has no statistics here), which
    read every open loan of the library at every scan."""
    lent: set[str] = set()
    for chunk in _chunks(copy_ids):
        lent.update(
            r[0]
            for r in bulk_sql.fetch(
                conn,
                f"SELECT copy_id FROM loan WHERE copy_id IN ({_marks(chunk)}) "
                "AND +returned_on IS NULL AND lent_on IS NOT NULL",
                chunk,
            )
        )
    return lent


def _copies_records(conn: Connection, ids: Sequence[str]) -> list[str]:
    found: list[str] = []
    for chunk in _chunks(ids):
        found.extend(
            r[0]
            for r in bulk_sql.fetch(
                conn,
                f"SELECT DISTINCT record_id FROM book_copy WHERE id IN ({_marks(chunk)}) "
                "AND record_id IS NOT NULL",
                chunk,
            )
        )
    return list(dict.fromkeys(found))  # a record's copies may fall in two chunks


def _live_copies(
    conn: Connection, record_ids: Sequence[str]
) -> dict[str, list[tuple[str | None, str | None, tuple[str, ...]]]]:
    """Each record's live copies as (barcode, hub, states), for its entry."""
    copies: dict[str, list[tuple[str | None, str | None, tuple[str, ...]]]] = {}
    for chunk in _chunks(record_ids):
        found = [
            _CopyRow._make(row)
            for row in bulk_sql.fetch(
                conn,
                f"SELECT id, record_id, barcode, hub, status FROM book_copy "
                f"WHERE record_id IN ({_marks(chunk)}) AND deleted = 0",
                chunk,
            )
        ]
        lent = _lent(conn, [held.id for held in found])
        for held in found:
            states = copy_states(held.status, held.id in lent)
            copies.setdefault(held.record_id, []).append((held.barcode, held.hub, states))
    return copies


def index_new(
    conn: Connection, entity: str, entries: Sequence[tuple[int, str, Mapping[str, Any]]]
) -> None:
    """Entries for records of ``entity`` just inserted, each (rowid, id, field values), with
    rowids above every one indexed: terms made from the values in hand (the same as
    ``refresh`` makes from the rows), nothing to replace, appended in rowid order."""
    rows: list[tuple[int, str]] = []
    if entity == "reader":
        for rowid, _id, v in entries:
            row = _ReaderRow(
                rowid, False, v.get("card_number"), v.get("surname"), v.get("given_name"),
                v.get("patronymic"), v.get("phone"), v.get("email"),
            )  # fmt: skip
            rows.append((rowid, reader_terms(row)))
    elif entity == "bib_record":
        copies = _live_copies(conn, [entity_id for _, entity_id, _ in entries])
        for rowid, entity_id, v in entries:
            record = _RecordRow(
                rowid, entity_id, False, v.get("title"), v.get("authors"), v.get("publisher"),
                v.get("isbn"), v.get("subjects"), v.get("material_type"),
            )  # fmt: skip
            rows.append((rowid, record_terms(record, copies.get(entity_id, []))))
    elif entity == "book_copy":
        refresh(conn, entity, [entity_id for _, entity_id, _ in entries])
        return
    else:
        return
    rows.sort()
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f"INSERT INTO {_TABLES[entity]} (rowid, terms) VALUES (?, ?)", rows)
    finally:
        cursor.close()
    if entity == "reader":
        name_words.note(conn, (word for _, terms in rows for word in terms.split()))


def refresh(conn: Connection, entity: str, ids: Iterable[str]) -> None:
    """Bring the index up to date for these records of ``entity`` (others are not indexed)."""
    id_list = list(ids)
    if not id_list:
        return
    if entity == "reader":
        _refresh_readers(conn, id_list)
    elif entity == "bib_record":
        _refresh_records(conn, id_list)
    elif entity == "book_copy":
        _refresh_records(conn, _copies_records(conn, id_list))


def rebuild(conn: Connection) -> None:
    """Make both search tables anew from the readers and records."""
    conn.exec_driver_sql("DELETE FROM reader_fts")
    conn.exec_driver_sql("DELETE FROM record_fts")
    name_words.forget(conn)
    refresh(conn, "reader", [r[0] for r in conn.exec_driver_sql("SELECT id FROM reader")])
    refresh(conn, "bib_record", [r[0] for r in conn.exec_driver_sql("SELECT id FROM bib_record")])
