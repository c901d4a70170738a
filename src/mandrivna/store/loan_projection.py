"""Keeps the local ``loan`` table equal to ``core.loans.project`` of each copy's loan events.

``replica`` calls ``refresh`` with the copies whose events it just stored, in the same
transaction, so a return recorded on another laptop closes the loan here as soon as it syncs,
whatever order the events came in. Whether a copy is on loan follows from these loans alone, so
the search index's state filters of those copies' records are refreshed with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict

from sqlalchemy import Connection, delete, insert, select

from mandrivna.core.loans import LoanEvent, project
from mandrivna.store import search_index, tables
from mandrivna.store.tables import from_row

_events = tables.loan_event
_loans = tables.loan
CHUNK = 500


def refresh(conn: Connection, copy_ids: Iterable[str]) -> None:
    ids = sorted(set(copy_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        by_copy: dict[str, list[LoanEvent]] = defaultdict(list)
        for row in conn.execute(select(_events).where(_events.c.copy_id.in_(chunk))).mappings():
            by_copy[row["copy_id"]].append(from_row(LoanEvent, row))
        conn.execute(delete(_loans).where(_loans.c.copy_id.in_(chunk)))
        rows = [asdict(loan) for events in by_copy.values() for loan in project(events)]
        if rows:
            conn.execute(insert(_loans), rows)
        search_index.refresh(conn, "book_copy", chunk)


def rebuild(conn: Connection) -> None:
    conn.execute(delete(_loans))
    refresh(conn, [r[0] for r in conn.execute(select(_events.c.copy_id).distinct())])
