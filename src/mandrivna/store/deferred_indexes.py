"""Fact tables' lookup indexes left out while a catch-up writes a library's facts, built once at
its end.

A new laptop catching up receives a year of facts: two million visits, a million loan events.
Each row inserted into ``visit`` also goes into its indexes by day and by reader; the readers'
index takes rows in no order, so every page of five thousand visits touches pages all over it,
and every commit writes them again (and encrypts them): at a million visits that index costs
twice the rest of the insert. Building an index once over rows already there sorts them and
writes each page once. So when a catch-up brings many more facts than the laptop holds
(``defer``), the facts' non-unique indexes are dropped in one transaction, which also keeps
each one's statement in ``catch_up_backlog``; the catch-up's end builds them again (``restore``)
before anything else there, since projecting loans reads events by copy.

Nothing is lost when the catch-up is cut short: the statements are in the database, and the next
sync or the app's next start finishes the backlog, indexes first; until then, in the middle of a
first catch-up only, a screen that looks facts up by reader or day reads the whole table (the
same answers, slower). Unique indexes are never dropped (they keep the data right), nor the
primary keys a fact's merge looks up. A migration finds the indexes as it expects them:
``schema.upgrade`` builds any still waiting before it migrates.

The catch-up's end does the same for the ``loan`` table it fills (``catch_up_backlog``): a
library's half a million loans, projected copy by copy, land all over its indexes by reader and
by due date; those are left out while the loans are projected (the one by copy stays: the
projection reads a copy's loans by it) and built after, kept in the backlog the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import json_text
from mandrivna.store import bulk_sql

KIND = "fact_index"  # in ``catch_up_backlog``: an index to build again; id: [table, name, sql]
# A catch-up bringing fewer facts than this keeps the indexes (a few thousand rows' index
# entries cost less than building the indexes over the whole tables).
MIN_FACTS = 20_000
# Rows of a table indexed again in the time a copy's loans are projected (for the progress).
ROWS_PER_ITEM = 40

_PREFIX = "CREATE INDEX "
_INDEXES = (
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
    "AND sql IS NOT NULL ORDER BY name"
)
_WAITING = "SELECT id FROM catch_up_backlog WHERE kind = ? ORDER BY id"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _held(conn: Connection, table: str, limit: int) -> int:
    rows = bulk_sql.fetch(
        conn, f"SELECT count(*) FROM (SELECT 1 FROM {_quoted(table)} LIMIT ?)", (limit,)
    )
    return int(rows[0][0])


def defer(
    conn: Connection, tables: Iterable[str], expected: int, keep: Collection[str] = ()
) -> list[str]:
    """Drop the non-unique indexes of ``tables`` (but those named in ``keep``) when
    ``expected`` rows are coming and the tables hold fewer than that, keeping each one's
    statement in the backlog (in the caller's transaction). Returns the names dropped."""
    tables, expected = sorted(tables), min(expected, 1 << 62)  # a server's count, bounded
    if expected < MIN_FACTS or sum(_held(conn, t, expected) for t in tables) >= expected:
        return []
    dropped: list[str] = []
    for table in tables:
        for name, sql in bulk_sql.fetch(conn, _INDEXES, (table,)):
            if not str(sql).upper().startswith(_PREFIX) or name in keep:  # unique: never
                continue
            bulk_sql.insert_rows_sql(
                conn,
                "INSERT OR IGNORE INTO catch_up_backlog (kind, id) VALUES (?, ?)",
                [(KIND, json_text.dumps([table, name, sql]))],
            )
            conn.exec_driver_sql(f"DROP INDEX {_quoted(name)}")
            dropped.append(name)
    return dropped


def _waiting(conn: Connection) -> list[tuple[str, list[Any]]]:
    return [(row[0], json_text.loads(row[0])) for row in bulk_sql.fetch(conn, _WAITING, (KIND,))]


def _size(conn: Connection, table: str) -> int:
    """A fact table's rows but for those deleted (its largest rowid: one look-up)."""
    return int(bulk_sql.fetch(conn, f"SELECT max(rowid) FROM {_quoted(table)}")[0][0] or 0)


# A table the catch-up's end fills, sized for the progress by the one it is made from (at most
# a loan for each loan event): its indexes weigh from the start what they will, and the bar
# does not move back when the loans are in.
_FILLED_FROM = {"loan": "loan_event"}


def _expected_size(conn: Connection, table: str) -> int:
    source = _FILLED_FROM.get(table)
    size = _size(conn, table)
    return size if source is None else max(size, _size(conn, source))


def weight(conn: Connection) -> int:
    """The indexes waiting, each counted as the copies whose loans take as long to project as
    it takes to build (at least one): so that a progress bar moves while they are built."""
    return sum(
        max(1, _expected_size(conn, table) // ROWS_PER_ITEM)
        for _key, (table, _n, _s) in _waiting(conn)
    )


def restore(conn: Connection, limit: int | None = None, later: Collection[str] = ()) -> list[str]:
    """Build again up to ``limit`` of the indexes waiting (all if None), but those of the
    tables in ``later``, in the caller's transaction, and take them off the backlog. An index
    there already (made by a migration) is left as it is, taken off without counting. Returns
    the names built (none: none waits)."""
    built: list[str] = []
    for key, (table, name, sql) in _waiting(conn):
        if limit is not None and len(built) >= limit:
            break
        if table in later:
            continue
        exists = bulk_sql.fetch(
            conn, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?", (name,)
        )
        if not exists:
            conn.exec_driver_sql(str(sql))
            built.append(str(name))
        bulk_sql.insert_rows_sql(
            conn, "DELETE FROM catch_up_backlog WHERE kind = ? AND id = ?", [(KIND, key)]
        )
    return built


def restore_before_migrating(conn: Connection) -> list[str]:
    """Every index still waiting built, in the caller's transaction, if this file has a
    backlog at all: a migration finds the indexes its author saw."""
    held = bulk_sql.fetch(
        conn, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'catch_up_backlog'"
    )
    return restore(conn) if held else []
