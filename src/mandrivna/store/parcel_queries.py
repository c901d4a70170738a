"""Reads of parcels of donated books: the list with counts, one parcel's lines with what each
book is, the open parcel holding a copy, the hubs known, and books sent per hub in a year."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, union

from mandrivna.core.alphabet import sort_key
from mandrivna.core.parcel import (
    HubShipments,
    Parcel,
    ParcelItem,
    ParcelLine,
    ParcelSummary,
)
from mandrivna.store import catalogue_queries, tables
from mandrivna.store.tables import from_row

_parcel = tables.parcel
_item = tables.parcel_item
_copy = tables.book_copy
_record = tables.bib_record
_reader = tables.reader
_device = tables.device_state
OPEN_STATUSES = ("formed", "sent")


def get(conn: Connection, parcel_id: str) -> Parcel | None:
    """The parcel, unless deleted."""
    row = (
        conn.execute(select(_parcel).where(_parcel.c.id == parcel_id, _parcel.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    return from_row(Parcel, row) if row else None


def items(conn: Connection, parcel_id: str) -> list[ParcelItem]:
    rows = conn.execute(
        select(_item).where(_item.c.parcel_id == parcel_id, _item.c.deleted.is_(False))
    ).mappings()
    return [from_row(ParcelItem, row) for row in rows]


def get_item(conn: Connection, item_id: str) -> ParcelItem | None:
    """The parcel's line, unless removed."""
    row = (
        conn.execute(select(_item).where(_item.c.id == item_id, _item.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    return from_row(ParcelItem, row) if row else None


def lines(conn: Connection, parcel_id: str) -> list[ParcelLine]:
    """The parcel's live lines, sorted by title then barcode (as packed and checked)."""
    record_id = func.coalesce(_item.c.record_id, _copy.c.record_id)
    query = (
        select(
            _item.c.id,
            _item.c.quantity,
            _item.c.copy_id,
            record_id.label("record_id"),
            _copy.c.barcode,
            _copy.c.status,
            _record.c.title,
            _record.c.authors,
            _record.c.isbn,
        )
        .select_from(
            _item.outerjoin(_copy, _copy.c.id == _item.c.copy_id).outerjoin(
                _record, _record.c.id == record_id
            )
        )
        .where(_item.c.parcel_id == parcel_id, _item.c.deleted.is_(False))
    )
    found = [
        ParcelLine(
            item_id=row.id,
            quantity=1 if row.copy_id else int(row.quantity or 0),
            copy_id=row.copy_id,
            record_id=row.record_id,
            barcode=row.barcode,
            title=row.title,
            authors=list(row.authors or []),
            isbn=row.isbn,
            copy_status=row.status,
        )
        for row in conn.execute(query)
    ]
    lent = catalogue_queries.lent_copies(conn, [line.copy_id for line in found if line.copy_id])
    for line in found:
        line.copy_on_loan = line.copy_id in lent
    found.sort(key=lambda line: (sort_key(line.title), line.barcode or ""))
    return found


def summaries(conn: Connection, status: str | None = None) -> list[ParcelSummary]:
    """Live parcels, newest formed first, with their counts of lines and books."""
    books = func.sum(func.iif(_item.c.copy_id.is_(None), func.coalesce(_item.c.quantity, 0), 1))
    counts = (
        select(
            _item.c.parcel_id,
            func.count().label("lines"),
            books.label("books"),
        )
        .where(_item.c.deleted.is_(False))
        .group_by(_item.c.parcel_id)
        .subquery()
    )
    query = (
        select(_parcel, counts.c.lines, counts.c.books)
        .select_from(_parcel.outerjoin(counts, counts.c.parcel_id == _parcel.c.id))
        .where(_parcel.c.deleted.is_(False))
        .order_by(_parcel.c.formed_on.desc(), _parcel.c.id)
    )
    if status:
        query = query.where(_parcel.c.status == status)
    result = []
    for row in conn.execute(query).mappings():
        values = dict(row)
        line_count, book_count = values.pop("lines"), values.pop("books")
        result.append(
            ParcelSummary(from_row(Parcel, values), int(line_count or 0), int(book_count or 0))
        )
    return result


def open_parcel_with_copy(conn: Connection, copy_id: str) -> Parcel | None:
    """The parcel being formed or on its way that holds this copy, if any."""
    row = (
        conn.execute(
            select(_parcel)
            .join(_item, _item.c.parcel_id == _parcel.c.id)
            .where(
                _item.c.copy_id == copy_id,
                _item.c.deleted.is_(False),
                _parcel.c.deleted.is_(False),
                _parcel.c.status.in_(OPEN_STATUSES),
            )
        )
        .mappings()
        .first()
    )
    return from_row(Parcel, row) if row else None


def known_hubs(conn: Connection) -> list[str]:
    """Every hub named anywhere: where copies are, where readers registered, where parcels
    went, and this device's own hub."""
    names = union(
        select(_copy.c.hub.label("hub")).where(_copy.c.deleted.is_(False)),
        select(_reader.c.registration_hub).where(_reader.c.deleted.is_(False)),
        select(_parcel.c.destination_hub).where(_parcel.c.deleted.is_(False)),
        select(_device.c.hub_name),
    )
    found = {row[0] for row in conn.execute(names) if row[0]}
    return sorted(found, key=sort_key)


def sent_per_hub(conn: Connection, year: int) -> list[HubShipments]:
    """Parcels sent in ``year`` (whatever happened to them since) and the books in them, per
    destination hub."""
    sent = (
        select(_parcel.c.id, _parcel.c.destination_hub)
        .where(
            _parcel.c.deleted.is_(False),
            _parcel.c.status.in_(("sent", "received")),
            _parcel.c.sent_on >= f"{year:04d}-01-01",
            _parcel.c.sent_on <= f"{year:04d}-12-31",
        )
        .subquery()
    )
    books = func.sum(func.iif(_item.c.copy_id.is_(None), func.coalesce(_item.c.quantity, 0), 1))
    per_parcel = (
        select(sent.c.id, sent.c.destination_hub, func.coalesce(books, 0).label("books"))
        .select_from(
            sent.outerjoin(_item, (_item.c.parcel_id == sent.c.id) & _item.c.deleted.is_(False))
        )
        .group_by(sent.c.id, sent.c.destination_hub)
        .subquery()
    )
    rows = conn.execute(
        select(per_parcel.c.destination_hub, func.count(), func.sum(per_parcel.c.books)).group_by(
            per_parcel.c.destination_hub
        )
    )
    result = [HubShipments(hub or "", int(n), int(b or 0)) for hub, n, b in rows]
    result.sort(key=lambda h: sort_key(h.hub))
    return result
