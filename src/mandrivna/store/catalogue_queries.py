"""Reads of the catalogue: search records as you type (title, author, ISBN, a copy's barcode),
filtered by type, hub and copy state; a record's copies with their state; a copy by its barcode.

A copy's state is computed, never stored whole: it is on loan when the loan projection holds an
open loan of it, and its stored status adds what is not a loan (lost, in transit, written off).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnClause,
    Connection,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)

from mandrivna.core import search_text
from mandrivna.core.catalogue import (
    SEARCH_LIMIT,
    BibRecord,
    BookCopy,
    CatalogueFilter,
    CopyLine,
    RecordHit,
    copy_states,
)
from mandrivna.core.loans import LENT_AGAIN, Loan
from mandrivna.store import issued_codes, tables
from mandrivna.store.tables import from_row

_record = tables.bib_record
_copy = tables.book_copy
_loan = tables.loan
_ROWID: ColumnClause[Any] = literal_column("bib_record.rowid")
_fts = table("record_fts", column("rowid"), column("terms"))
CHUNK = 500


def open_loans(conn: Connection, copy_ids: list[str]) -> dict[str, list[Loan]]:
    """The open loans of these copies, the current one first (as ``loan_queries``)."""
    found: dict[str, list[Loan]] = {}
    for start in range(0, len(copy_ids), CHUNK):
        query = (
            select(_loan)
            .where(
                _loan.c.copy_id.in_(copy_ids[start : start + CHUNK]),
                _loan.c.returned_on.is_(None),
                _loan.c.lent_on.is_not(None),
            )
            .order_by(_loan.c.flag.is_(None).desc(), _loan.c.lent_on.desc(), _loan.c.id)
        )
        for row in conn.execute(query).mappings():
            found.setdefault(row["copy_id"], []).append(from_row(Loan, row))
    return found


def lent_copies(conn: Connection, copy_ids: list[str]) -> set[str]:
    """Which of these copies are on loan (have an open loan)."""
    lent: set[str] = set()
    for start in range(0, len(copy_ids), CHUNK):
        lent.update(
            r[0]
            for r in conn.execute(
                select(_loan.c.copy_id).where(
                    _loan.c.copy_id.in_(copy_ids[start : start + CHUNK]),
                    _loan.c.returned_on.is_(None),
                    _loan.c.lent_on.is_not(None),
                )
            )
        )
    return lent


def copy_lines(conn: Connection, copies: list[BookCopy]) -> list[CopyLine]:
    loans = open_loans(conn, [c.id for c in copies])
    lines = []
    for copy in copies:
        held = loans.get(copy.id, [])
        lent_again = any(loan.flag == LENT_AGAIN for loan in held)
        lines.append(CopyLine(copy, held[0] if held else None, lent_again))
    return lines


def _hits(conn: Connection, records: list[BibRecord]) -> list[RecordHit]:
    hits = {r.id: RecordHit(r) for r in records}
    if not hits:
        return []
    rows = conn.execute(
        select(_copy.c.id, _copy.c.record_id, _copy.c.status, _copy.c.hub).where(
            _copy.c.record_id.in_(list(hits)), _copy.c.deleted.is_(False)
        )
    ).all()
    lent = lent_copies(conn, [row.id for row in rows])
    for copy_id, record_id, status, hub in rows:
        hit = hits[record_id]
        hit.copies += 1
        hit.available += copy_states(status, copy_id in lent) == ("available",)
        if hub and hub not in hit.hubs:
            hit.hubs.append(hub)
    return [hits[r.id] for r in records]


def _filter_terms(filters: CatalogueFilter) -> list[str]:
    """The index's filter terms a matching record holds (hub and state: of one copy)."""
    terms = []
    if filters.material_type:
        terms.append(search_text.filter_term("t", filters.material_type))
    if filters.hub and filters.status:
        terms.append(search_text.filter_term("b", filters.hub, filters.status))
    elif filters.hub:
        terms.append(search_text.filter_term("h", filters.hub))
    elif filters.status:
        terms.append(search_text.filter_term("s", filters.status))
    return terms


def search(
    conn: Connection,
    typed: str,
    filters: CatalogueFilter | None = None,
    limit: int = SEARCH_LIMIT,
) -> list[RecordHit]:
    """Records matching every typed word as a prefix (title, authors, publisher, subjects, ISBN,
    a copy's barcode) and the filters. Without text, the most recently added come first.

    The search index answers both the words and the filters, and is read in its own order, so
    a search stops at ``limit`` records however many match."""
    terms = search_text.query_terms(typed)
    exact = _filter_terms(filters or CatalogueFilter())
    query = select(_record).where(_record.c.deleted.is_(False)).limit(limit)
    if terms or exact:
        query = query.select_from(_record.join(_fts, _fts.c.rowid == _ROWID)).where(
            text("record_fts MATCH :q").bindparams(q=search_text.fts_query(terms, exact))
        )
        if not terms:
            query = query.order_by(_fts.c.rowid.desc())
    else:
        query = query.order_by(_ROWID.desc())
    records = [from_row(BibRecord, row) for row in conn.execute(query).mappings()]
    if terms:
        records.sort(key=lambda r: (r.title or "").lower())
    return _hits(conn, records)


# Built once: the desk reads these at every scan (building a statement costs more than
# running it).
_RECORD = select(_record).where(_record.c.id == bindparam("id"))
_LIVE_RECORD = _RECORD.where(_record.c.deleted.is_(False))
_COPY_BY_BARCODE = select(_copy).where(
    _copy.c.barcode == bindparam("barcode"), _copy.c.deleted.is_(False)
)


def get(conn: Connection, record_id: str, live: bool = True) -> BibRecord | None:
    """The record (``live``: unless deleted)."""
    query = _LIVE_RECORD if live else _RECORD
    row = conn.execute(query, {"id": record_id}).mappings().first()
    return from_row(BibRecord, row) if row else None


def copies_of(conn: Connection, record_id: str) -> list[BookCopy]:
    rows = conn.execute(
        select(_copy)
        .where(_copy.c.record_id == record_id, _copy.c.deleted.is_(False))
        .order_by(_copy.c.barcode)
    ).mappings()
    return [from_row(BookCopy, row) for row in rows]


def copy_by_barcode(conn: Connection, barcode: str) -> list[BookCopy]:
    rows = conn.execute(_COPY_BY_BARCODE, {"barcode": barcode}).mappings()
    return [from_row(BookCopy, row) for row in rows]


def copies_by_id(conn: Connection, ids: list[str]) -> list[BookCopy]:
    rows = conn.execute(select(_copy).where(_copy.c.id.in_(ids))).mappings()
    return [from_row(BookCopy, row) for row in rows]


def live_copies_by_id(conn: Connection, ids: list[str]) -> list[BookCopy]:
    """These copies, leaving out the deleted ones."""
    rows = conn.execute(
        select(_copy).where(_copy.c.id.in_(ids), _copy.c.deleted.is_(False))
    ).mappings()
    return [from_row(BookCopy, row) for row in rows]


def record_by_isbn_title(conn: Connection, isbn: str | None, title: str) -> BibRecord | None:
    """The live record with this ISBN and title (titles compare by their search terms)."""
    if not isbn:
        return None
    wanted = search_text.text_terms([title])
    for row in conn.execute(
        select(_record).where(_record.c.isbn == isbn, _record.c.deleted.is_(False))
    ).mappings():
        if search_text.text_terms([row["title"]]) == wanted:
            return from_row(BibRecord, row)
    return None


def record_by_source_id(conn: Connection, source_id: str) -> BibRecord | None:
    row = (
        conn.execute(
            select(_record).where(_record.c.source_id == source_id, _record.c.deleted.is_(False))
        )
        .mappings()
        .first()
    )
    return from_row(BibRecord, row) if row else None


def next_copy_counter(conn: Connection, prefix: str) -> int:
    """One more than the highest counter of copy barcodes issued with this prefix."""
    return issued_codes.next_counter(conn, "book_copy", "barcode", f"{prefix}-B", 5)


def hubs(conn: Connection) -> list[str]:
    """The hubs that hold live copies, in alphabetical order (for the hub filter)."""
    rows = conn.execute(
        select(_copy.c.hub)
        .where(_copy.c.deleted.is_(False), _copy.c.hub.is_not(None), _copy.c.hub != "")
        .distinct()
    )
    return sorted((hub for (hub,) in rows), key=str.casefold)


def counts(conn: Connection) -> tuple[int, int]:
    """(live records, live copies)."""
    records = conn.execute(
        select(func.count()).select_from(_record).where(_record.c.deleted.is_(False))
    ).scalar_one()
    copies = conn.execute(
        select(func.count()).select_from(_copy).where(_copy.c.deleted.is_(False))
    ).scalar_one()
    return int(records), int(copies)
