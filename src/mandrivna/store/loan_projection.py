"""Keeps the local ``loan`` table equal to ``core.loans.project`` of each copy's loan events.

``replica`` calls ``refresh`` with the copies whose events it just stored, in the same
transaction, so a return recorded on another laptop closes the loan here as soon as it syncs,
whatever order the events came in. Whether a copy is on loan follows from these loans alone, so
the search index's state filters of those copies' records are refreshed with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from mandrivna.core.loans import EVENT_COLUMNS, LOAN_COLUMNS, project_rows
from mandrivna.store import bulk_sql, search_index, tables

_events = tables.loan_event
_loans = tables.loan
CHUNK = 500
_EVENT_COLUMNS = ", ".join(EVENT_COLUMNS)
_LOAN_COLUMNS = ", ".join(LOAN_COLUMNS)
_EVENT_COPY = EVENT_COLUMNS.index("copy_id")
_COPY, _LENT_ON = LOAN_COLUMNS.index("copy_id"), LOAN_COLUMNS.index("lent_on")
_RETURNED_ON = LOAN_COLUMNS.index("returned_on")
# Built once: every scan at the desk runs it (building costs more than running).
_DELETE = delete(_loans).where(_loans.c.id.in_(bindparam("ids", expanding=True)))


def refresh(
    conn: Connection, copy_ids: Iterable[str], index_all: bool = False, index: bool = True
) -> list[str]:
    """Project these copies' loans again, writing only the loans that differ (a lend adds one
    row, not every past loan of the copy again), and refresh the search index of the copies
    whose being on loan changed (of all of them with ``index_all``). Returns those copies
    (``index=False``: their index is left to the caller)."""
    ids = sorted(set(copy_ids))
    indexed: list[str] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        by_copy: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        marks = ", ".join("?" * len(chunk))  # plain SQL: the desk runs this at every scan
        for row in bulk_sql.fetch(
            conn, f"SELECT {_EVENT_COLUMNS} FROM loan_event WHERE copy_id IN ({marks})", chunk
        ):
            by_copy[row[_EVENT_COPY]].append(row)
        old = {
            row[0]: row
            for row in bulk_sql.fetch(
                conn, f"SELECT {_LOAN_COLUMNS} FROM loan WHERE copy_id IN ({marks})", chunk
            )
        }
        new = {row[0]: row for events in by_copy.values() for row in project_rows(events)}
        stale = [key for key, row in old.items() if new.get(key) != row]
        fresh = [row for key, row in new.items() if old.get(key) != row]
        for part in range(0, len(stale), CHUNK):
            conn.execute(_DELETE, {"ids": stale[part : part + CHUNK]})
        if fresh:
            bulk_sql.insert_rows(conn, "loan", LOAN_COLUMNS, fresh)
        moved = chunk if index_all else sorted(_on_loan(old.values()) ^ _on_loan(new.values()))
        if index:
            search_index.refresh(conn, "book_copy", moved)
        indexed.extend(moved)
    return indexed


def _on_loan(loans: Iterable[tuple[Any, ...]]) -> set[str]:
    return {row[_COPY] for row in loans if row[_LENT_ON] is not None and row[_RETURNED_ON] is None}


def rebuild(conn: Connection) -> None:
    conn.execute(delete(_loans))
    copies = [r[0] for r in conn.execute(select(_events.c.copy_id).distinct())]
    refresh(conn, copies, index_all=True)
