"""Reads of the catalogue: search records as you type (title, author, ISBN, a copy's barcode),
filtered by type, hub and copy status; a record's copies; a copy by its barcode."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnClause,
    Connection,
    and_,
    column,
    exists,
    func,
    literal_column,
    select,
    text,
)

from mandrivna.core import search_text
from mandrivna.core.card_number import copy_counter
from mandrivna.store.tables import BibRecord, BookCopy

_record = BibRecord.__table__  # type: ignore[attr-defined]
_copy = BookCopy.__table__  # type: ignore[attr-defined]
_ROWID: ColumnClause[Any] = literal_column("bib_record.rowid")
SEARCH_LIMIT = 50


@dataclass
class CatalogueFilter:
    material_type: str | None = None
    hub: str | None = None
    status: str | None = None

    def conditions(self) -> list[Any]:
        where: list[Any] = [_record.c.deleted.is_(False)]
        if self.material_type:
            where.append(_record.c.material_type == self.material_type)
        if self.hub or self.status:
            copy_where = [_copy.c.record_id == _record.c.id, _copy.c.deleted.is_(False)]
            if self.hub:
                copy_where.append(_copy.c.hub == self.hub)
            if self.status:
                copy_where.append(_copy.c.status == self.status)
            where.append(exists().where(and_(*copy_where)))
        return where


@dataclass
class RecordHit:
    """A record found, with the counts of its copies shown in the result list."""

    record: BibRecord
    copies: int = 0
    available: int = 0
    hubs: list[str] = field(default_factory=list)


def _hits(conn: Connection, records: list[BibRecord]) -> list[RecordHit]:
    hits = {r.id: RecordHit(r) for r in records}
    if not hits:
        return []
    rows = conn.execute(
        select(_copy.c.record_id, _copy.c.status, _copy.c.hub).where(
            _copy.c.record_id.in_(list(hits)), _copy.c.deleted.is_(False)
        )
    )
    for record_id, status, hub in rows:
        hit = hits[record_id]
        hit.copies += 1
        hit.available += status == "available"
        if hub and hub not in hit.hubs:
            hit.hubs.append(hub)
    return [hits[r.id] for r in records]


def search(
    conn: Connection,
    typed: str,
    filters: CatalogueFilter | None = None,
    limit: int = SEARCH_LIMIT,
) -> list[RecordHit]:
    """Records matching every typed word as a prefix (title, authors, publisher, subjects, ISBN,
    a copy's barcode) and the filters. Empty text lists the most recently added."""
    where = (filters or CatalogueFilter()).conditions()
    terms = search_text.query_terms(typed)
    query = select(_record).where(*where)
    if terms:
        matches = text("SELECT rowid FROM record_fts WHERE record_fts MATCH :q").bindparams(
            q=search_text.fts_query(terms)
        )
        query = query.where(_ROWID.in_(matches.columns(column("rowid")))).limit(limit)
    else:
        query = query.order_by(_ROWID.desc()).limit(limit)
    records = [BibRecord(**row) for row in conn.execute(query).mappings()]
    if terms:
        records.sort(key=lambda r: (r.title or "").lower())
    return _hits(conn, records)


def get(conn: Connection, record_id: str) -> BibRecord | None:
    row = conn.execute(select(_record).where(_record.c.id == record_id)).mappings().first()
    return BibRecord(**row) if row else None


def copies_of(conn: Connection, record_id: str) -> list[BookCopy]:
    rows = conn.execute(
        select(_copy)
        .where(_copy.c.record_id == record_id, _copy.c.deleted.is_(False))
        .order_by(_copy.c.barcode)
    ).mappings()
    return [BookCopy(**row) for row in rows]


def copy_by_barcode(conn: Connection, barcode: str) -> list[BookCopy]:
    rows = conn.execute(
        select(_copy).where(_copy.c.barcode == barcode, _copy.c.deleted.is_(False))
    ).mappings()
    return [BookCopy(**row) for row in rows]


def copies_by_id(conn: Connection, ids: list[str]) -> list[BookCopy]:
    rows = conn.execute(select(_copy).where(_copy.c.id.in_(ids))).mappings()
    return [BookCopy(**row) for row in rows]


def record_by_isbn_title(conn: Connection, isbn: str | None, title: str) -> BibRecord | None:
    """The live record with this ISBN and title (titles compare by their search terms)."""
    if not isbn:
        return None
    wanted = search_text.text_terms([title])
    for row in conn.execute(
        select(_record).where(_record.c.isbn == isbn, _record.c.deleted.is_(False))
    ).mappings():
        if search_text.text_terms([row["title"]]) == wanted:
            return BibRecord(**row)
    return None


def record_by_source_id(conn: Connection, source_id: str) -> BibRecord | None:
    row = (
        conn.execute(
            select(_record).where(_record.c.source_id == source_id, _record.c.deleted.is_(False))
        )
        .mappings()
        .first()
    )
    return BibRecord(**row) if row else None


def next_copy_counter(conn: Connection, prefix: str) -> int:
    rows = conn.execute(
        select(_copy.c.barcode).where(
            _copy.c.barcode >= f"{prefix}-B", _copy.c.barcode < f"{prefix}-C"
        )
    )
    highest = 0
    for (barcode,) in rows:
        parsed = copy_counter(barcode or "")
        if parsed and parsed[0] == prefix:
            highest = max(highest, parsed[1])
    return highest + 1


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
