"""Reads of the overdue list: open loans past their due date with the reader (the reader kept
after a merge), their card and phone, the hub, the copy and its title. Runs in the caller's
transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from mandrivna.core.hubs import HubDirectory
from mandrivna.core.overdue import OverdueLine, by_lateness, days_late
from mandrivna.store import directory_queries, tables

_loan, _copy, _record, _reader = tables.loan, tables.book_copy, tables.bib_record, tables.reader


def overdue(
    conn: Connection, today: dt.date, hubs: HubDirectory, hub: str | None = None
) -> list[OverdueLine]:
    """Loans not returned by ``today`` past their due date, most days late first; ``hub`` (a
    hub's name as the directory shows it) keeps that hub's only."""
    query = (
        select(_loan, _copy.c.barcode, _record.c.title)
        .select_from(
            _loan.outerjoin(_copy, _copy.c.id == _loan.c.copy_id).outerjoin(
                _record, _record.c.id == _copy.c.record_id
            )
        )
        .where(
            _loan.c.returned_on.is_(None),
            _loan.c.lent_on.is_not(None),
            _loan.c.due_on < today.isoformat(),
        )
    )
    rows = list(conn.execute(query).mappings())
    kept_ids = directory_queries.reader_kept_ids(conn)
    wanted = {kept_ids.get(r["reader_id"], r["reader_id"]) for r in rows if r["reader_id"]}
    readers = {
        r["id"]: r for r in conn.execute(select(_reader).where(_reader.c.id.in_(wanted))).mappings()
    }
    lines = []
    for row in rows:
        hub_name = hubs.display(row["hub"])
        if hub and hub_name != hub:
            continue
        reader_id = kept_ids.get(row["reader_id"], row["reader_id"])
        reader = readers.get(reader_id)
        name = ""
        if reader is not None:
            parts = (reader["surname"], reader["given_name"], reader["patronymic"])
            name = " ".join(p for p in parts if p)
        lines.append(
            OverdueLine(
                loan_id=row["id"],
                reader_id=reader_id,
                reader=name,
                card=(reader["card_number"] if reader is not None else None) or "",
                phone=(reader["phone"] if reader is not None else None) or "",
                hub=hub_name,
                barcode=row["barcode"] or "",
                title=row["title"] or "",
                due_on=row["due_on"],
                days_late=days_late(row["due_on"], today),
            )
        )
    return by_lateness(lines)
