"""Facts a catch-up receives after a snapshot's records, written straight into their tables.

A laptop catching up from a snapshot then pulls every fact up to the snapshot's point: a year's
visits, loan events, check-ins — most of a library's items. An ordinary pull keeps each change in
this laptop's change log too and projects loans page by page (``replica.store_and_apply``). Here
a fact of another device goes into its table only: facts never change, the server keeps them,
and nothing on this laptop computes anything again from other devices' facts in the log (its
own are never sent back to it; a repeated pull merges them again, keeping the lowest stamp as
always). Loans are projected once at the catch-up's end (``catch_up_backlog``).

A change this version cannot store whole — an entity or a field it does not know, a field a
fact requires missing (a newer app's) — goes through the log as before, so that nothing is lost
when the app is updated.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from mandrivna.core.change import Change, Changed, Op
from mandrivna.core.fact_shape import FactShape
from mandrivna.store import bulk_sql, catch_up_backlog, collection_pause
from mandrivna.store.entities import ENTITIES, Kind
from mandrivna.store.fact_rows import events_copies, fact_columns
from mandrivna.store.replica import store_and_apply

_first = itemgetter(0)
_COPY_AT = fact_columns("loan_event").index("copy_id")


@cache
def shapes() -> dict[str, FactShape]:
    """How each fact entity's row is made, for the facts pulled straight into rows
    (``wire.pulled_fact_rows``)."""
    made: dict[str, FactShape] = {}
    for name, spec in ENTITIES.items():
        if spec.kind is not Kind.FACT:
            continue
        table = spec.table
        required = tuple(sorted(f for f in spec.fields if not table.c[f].nullable))
        make = bulk_sql.row_maker(table, fact_columns(name)[3:])
        made[name] = FactShape(frozenset(spec.fields), required, make)
    return made


def split(changes: Sequence[Change]) -> tuple[dict[str, list[tuple[Any, ...]]], list[Change]]:
    """The rows of the facts this version stores whole, by entity (``shapes``), and the other
    changes."""
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    rest: list[Change] = []
    known, fact = shapes(), Op.FACT
    for change in changes:
        shape = known.get(change.entity)
        if shape is not None and change.op is fact and shape.takes(change.fields):
            rows[change.entity].append(
                (change.entity_id, change.device_id, change.hlc, *shape.make(change.fields))
            )
        else:
            rest.append(change)
    return rows, rest


def apply(conn: Connection, changes: Sequence[Change], now_ms: int) -> Changed:
    """Write these pulled facts into their tables (the rest as ``store_and_apply`` does), in
    the caller's transaction. ``stored`` counts the facts new here (or replacing one held under
    the same id with a higher stamp)."""
    rows, rest = split(changes)
    return apply_rows(conn, rows, rest, now_ms)


def apply_rows(
    conn: Connection,
    rows: Mapping[str, list[tuple[Any, ...]]],
    rest: Sequence[Change],
    now_ms: int,
) -> Changed:
    """``apply`` for facts already made rows (``shapes``: ``(id, device_id, hlc, …)``, by
    entity) and the changes that are not (``rest``, which go through the log first). The
    facts' kinds are told as changed, not their ids (a catch-up's millions of facts; every
    screen refreshes by kind)."""
    result = Changed()
    if rest:
        result.merge(store_and_apply(conn, rest, now_ms, loans_later=True))
    with collection_pause.paused(sum(map(len, rows.values()))):
        for name, made in rows.items():
            if not made:
                continue
            made.sort(key=_first)  # in the order of the table's index of ids
            # the kind without the ids: screens refresh by kind, and a catch-up brings millions
            result.entities.setdefault(name, set())
            if name == "loan_event":
                copies = {str(row[_COPY_AT]) for row in made if row[_COPY_AT]}
                catch_up_backlog.defer_loans(conn, copies | events_copies(conn, made))
            spec = ENTITIES[name]
            result.stored += bulk_sql.merge_facts(conn, spec.table, fact_columns(name), made)
    return result
