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
from collections.abc import Sequence
from functools import cache
from operator import itemgetter

from sqlalchemy import Connection

from mandrivna.core.change import Change, Changed, Op
from mandrivna.store import bulk_sql, catch_up_backlog, collection_pause
from mandrivna.store.entities import ENTITIES, Kind
from mandrivna.store.replica import fact_columns, fact_rows, loan_events_copies, store_and_apply

_first = itemgetter(0)


@cache
def _required(name: str) -> tuple[str, ...]:
    """The fields a fact's row cannot be written without."""
    table = ENTITIES[name].table
    return tuple(sorted(f for f in ENTITIES[name].fields if not table.c[f].nullable))


def _split(changes: Sequence[Change]) -> tuple[dict[str, list[Change]], list[Change]]:
    """The facts this version stores whole, by entity (every field known, those a row needs
    present), and the other changes."""
    by_entity: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_entity[change.entity].append(change)
    whole: dict[str, list[Change]] = {}
    rest: list[Change] = []
    fact = Op.FACT
    for name, group in by_entity.items():
        spec = ENTITIES.get(name)
        if spec is None or spec.kind is not Kind.FACT:
            rest.extend(group)
            continue
        known, required = spec.fields, _required(name)
        mine = whole[name] = []
        for change in group:
            fields = change.fields
            if (
                change.op is fact
                and fields.keys() <= known
                and None not in map(fields.get, required)
            ):
                mine.append(change)
            else:
                rest.append(change)
    return whole, rest


def apply(conn: Connection, changes: Sequence[Change], now_ms: int) -> Changed:
    """Write these pulled facts into their tables (the rest as ``store_and_apply`` does), in
    the caller's transaction. ``stored`` counts the facts new here (or replacing one held under
    the same id with a higher stamp)."""
    result = Changed()
    direct, logged = _split(changes)
    if logged:
        result.merge(store_and_apply(conn, logged, now_ms))
    with collection_pause.paused(len(changes)):
        for name, facts in direct.items():
            if not facts:
                continue
            spec = ENTITIES[name]
            rows = fact_rows(spec, facts)
            rows.sort(key=_first)  # in the order of the table's index of ids
            result.entities[name].update(row[0] for row in rows)
            if name == "loan_event":
                catch_up_backlog.defer_loans(conn, loan_events_copies(conn, facts, rows))
            result.stored += bulk_sql.merge_facts(conn, spec.table, fact_columns(name), rows)
    return result
