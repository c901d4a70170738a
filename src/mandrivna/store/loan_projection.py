"""Keeps the local ``loan`` table equal to ``core.loans.project`` of each copy's loan events.

``replica`` calls ``refresh`` with the copies whose events it just stored, in the same
transaction, so a return recorded on another laptop closes the loan here as soon as it syncs,
whatever order the events came in. Whether a copy is on loan follows from these loans alone, so
the search index's state filters of those copies' records are refreshed with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from mandrivna.core.loans import Loan, LoanEvent, project
from mandrivna.store import bulk_sql, search_index, tables

_events = tables.loan_event
_loans = tables.loan
CHUNK = 500
_EVENT_NAMES = tuple(f.name for f in fields(LoanEvent))
_EVENT_COLUMNS = ", ".join(_EVENT_NAMES)
_LOAN_NAMES = tuple(f.name for f in fields(Loan))
_LOAN_COLUMNS = ", ".join(_LOAN_NAMES)
# Built once: every scan at the desk runs it (building costs more than running).
_DELETE = delete(_loans).where(_loans.c.id.in_(bindparam("ids", expanding=True)))


def refresh(conn: Connection, copy_ids: Iterable[str], index_all: bool = False) -> None:
    """Project these copies' loans again, writing only the loans that differ (a lend adds one
    row, not every past loan of the copy again), and refresh the search index of the copies
    whose being on loan changed (of all of them with ``index_all``)."""
    ids = sorted(set(copy_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        by_copy: dict[str, list[LoanEvent]] = defaultdict(list)
        marks = ", ".join("?" * len(chunk))  # plain SQL: the desk runs this at every scan
        for row in bulk_sql.fetch(
            conn, f"SELECT {_EVENT_COLUMNS} FROM loan_event WHERE copy_id IN ({marks})", chunk
        ):
            event = LoanEvent(**dict(zip(_EVENT_NAMES, row, strict=True)))
            by_copy[event.copy_id].append(event)
        old = {
            row[0]: dict(zip(_LOAN_NAMES, row, strict=True))
            for row in bulk_sql.fetch(
                conn, f"SELECT {_LOAN_COLUMNS} FROM loan WHERE copy_id IN ({marks})", chunk
            )
        }
        new = {loan.id: _as_row(loan) for events in by_copy.values() for loan in project(events)}
        stale = [key for key, row in old.items() if new.get(key) != row]
        fresh = [row for key, row in new.items() if old.get(key) != row]
        for part in range(0, len(stale), CHUNK):
            conn.execute(_DELETE, {"ids": stale[part : part + CHUNK]})
        if fresh:
            rows = [tuple(row[name] for name in _LOAN_NAMES) for row in fresh]
            bulk_sql.insert_rows(conn, "loan", _LOAN_NAMES, rows)
        moved = chunk if index_all else sorted(_on_loan(old.values()) ^ _on_loan(new.values()))
        search_index.refresh(conn, "book_copy", moved)


def _as_row(loan: Loan) -> dict[str, Any]:
    """A loan as its row (its fields are plain values: no deep copy, as ``asdict`` makes)."""
    return {name: getattr(loan, name) for name in _LOAN_NAMES}


def _on_loan(loans: Iterable[dict[str, Any]]) -> set[str]:
    return {
        row["copy_id"] for row in loans if row["lent_on"] is not None and row["returned_on"] is None
    }


def rebuild(conn: Connection) -> None:
    conn.execute(delete(_loans))
    copies = [r[0] for r in conn.execute(select(_events.c.copy_id).distinct())]
    refresh(conn, copies, index_all=True)
