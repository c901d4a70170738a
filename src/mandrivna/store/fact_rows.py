"""The rows of facts (a loan, a return, a visit) as their tables hold them, and the copies
whose loans a page of loan events changes: what an ordinary pull (``replica``) and a catch-up
(``caught_up_facts``) write facts with.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.store import bulk_sql
from mandrivna.store.entities import ENTITIES, EntitySpec


@cache
def fact_columns(name: str) -> tuple[str, ...]:
    """A fact table's columns as its rows are written: id, stamp, then its fields by name."""
    return ("id", "device_id", "hlc", *sorted(ENTITIES[name].fields))


def fact_rows(spec: EntitySpec, changes: Sequence[Change]) -> list[tuple[Any, ...]]:
    """The rows of ``changes``' facts (in ``fact_columns`` order; other operations left out)."""
    make = bulk_sql.row_maker(spec.table, fact_columns(spec.name)[3:])
    return [
        (change.entity_id, change.device_id, change.hlc, *make(change.fields))
        for change in changes
        if change.op is Op.FACT
    ]


def loan_events_copies(
    conn: Connection, changes: Sequence[Change], rows: Sequence[tuple[Any, ...]]
) -> set[str]:
    """The copies whose loans these loan events change: those they name, and those the events
    already held under the same ids name (the one with the lower stamp is kept)."""
    copies = {str(c.fields["copy_id"]) for c in changes if c.fields.get("copy_id")}
    return copies | events_copies(conn, rows)


def events_copies(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> set[str]:
    """The copies the loan events held under the ids of these rows name."""
    copies: set[str] = set()
    ids = [row[0] for row in rows]
    if len(ids) == 1:  # a desk's scan
        held = bulk_sql.fetch(conn, _EVENT_COPY, ids)
    elif ids:  # a page: the ids as one JSON text (no statement built with thousands of marks)
        held = bulk_sql.fetch(conn, _EVENTS_COPIES, (json_text.dumps(ids),))
    else:
        held = []
    copies.update(row[0] for row in held if row[0] is not None)
    return copies


# The copies loan events already held under these ids name.
_EVENT_COPY = "SELECT copy_id FROM loan_event WHERE id = ?"
_EVENTS_COPIES = "SELECT copy_id FROM loan_event WHERE id IN (SELECT value FROM json_each(?))"
