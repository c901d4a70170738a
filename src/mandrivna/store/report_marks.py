"""The days a big page of facts, or of readers new here, marks stale for the report cache, once
per page instead of once per row.

Migration 0014's triggers mark the day of every fact inserted (``report_stale``). A trigger on a
table costs SQLite a sub-program per inserted row even when its ``WHEN`` is false (about 3.5 µs
of a visit's 11 µs through SQLCipher, the same with a ``WHEN`` that never holds), so a pulled
page of thousands of facts pays for it thousands of times; an upsert also pays for the update
trigger on every row, conflict or not. ``marked_once`` takes the table's insert and update
triggers off for one ``executemany``, marks the days itself (those of rows the page may replace,
before; the page's own, after: the same ``substr(day, 1, 10)`` the triggers write), and puts the
triggers back with their stored SQL, byte for byte, before the caller's transaction commits.

This is safe because all of it happens inside the caller's write transaction: SQLite's schema
changes are transactional, the first of them takes the write lock (no other connection, such as
the desk's, can insert a fact until the commit, by which time the trigger is back), readers
only ever see committed schemas (which always hold the trigger), and a failure or a killed
process rolls the removal back with everything else. Outside a transaction nothing is lifted
and the trigger marks as always. Every other writer (a desk write, a single fact, a replay's
deletes) keeps the triggers.

Readers have no ``day``: their insert trigger marks the registration day and the first day of
each registration year. ``inserted_marked_once`` lifts it for a page of readers new here
(``fresh_records``: plain inserts, no row replaced, so the update trigger never fires) and marks
the same days by set-based SQL over the page's rowids, which follow every rowid held.

Runs on whichever thread holds the connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import json_text

# Pages with fewer facts of one table than this keep the per-row triggers (removing and putting
# them back costs about as much as a few hundred rows' triggers, and bumps the schema version
# other connections then read again).
BULK_ROWS = 500
_MARK = "INSERT INTO report_stale (day) VALUES (substr(?, 1, 10)) ON CONFLICT (day) DO NOTHING"
_TRIGGERS = (
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? "
    "AND name IN (?, ?) ORDER BY name"
)
# The days of the rows a page may replace (an upsert by a lower stamp), as the update trigger
# marks its OLD row's day.
_MARK_HELD = (
    "INSERT INTO report_stale (day) SELECT substr(day, 1, 10) FROM {table} "
    "WHERE id IN (SELECT value FROM json_each(?)) ON CONFLICT (day) DO NOTHING"
)


# What each table's insert trigger marks, for the rows whose rowids are between two bounds: the
# same expressions as migration 0014's triggers, over the page at once.
_MARK_INSERTED = {
    "reader": (
        "INSERT INTO report_stale (day) SELECT substr(registered_on, 1, 10) FROM reader "
        "WHERE rowid BETWEEN ? AND ? AND registered_on IS NOT NULL ON CONFLICT (day) DO NOTHING",
        "INSERT INTO report_stale (day) SELECT DISTINCT value || '-01-01' FROM reader, "
        "json_each(COALESCE(reader.registration_years, '[]')) WHERE reader.rowid BETWEEN ? AND ? "
        "ON CONFLICT (day) DO NOTHING",
    ),
}


def trigger_names(table: str) -> tuple[str, str]:
    """The names migration 0014 gave ``table``'s insert and update triggers."""
    return f"report_stale_{table}_insert", f"report_stale_{table}_update"


@contextmanager
def marked_once(
    conn: Connection, table: str, ids: Sequence[str], days: Iterable[Any]
) -> Iterator[None]:
    """Inside: inserts and upserts of the facts ``ids`` into ``table`` fire no report trigger;
    the days of the rows they may replace are marked before, the new ``days`` after (also
    after an error), and the triggers are back at the end."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        found = cursor.execute(_TRIGGERS, (table, *trigger_names(table))).fetchall()
        if not found or not driver.in_transaction:  # nothing to lift, or not safely
            yield
            return
        cursor.execute(_MARK_HELD.format(table=table), (json_text.dumps(list(ids)),))
        for name, _ in found:
            cursor.execute(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            cursor.executemany(_MARK, [(day,) for day in set(days)])
            for _, sql in found:
                cursor.execute(sql)
    finally:
        cursor.close()


@contextmanager
def inserted_marked_once(conn: Connection, table: str, first: int, last: int) -> Iterator[None]:
    """Inside: plain inserts into ``table`` of rows with rowids ``first`` to ``last`` (none
    held before) fire no insert trigger; the days the trigger would mark for those rows are
    marked after (also after an error), and the trigger is back at the end. A table whose
    marks are not known here, or a page under ``BULK_ROWS``, keeps its trigger."""
    marks = _MARK_INSERTED.get(table)
    if marks is None or last - first + 1 < BULK_ROWS:
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        name = trigger_names(table)[0]
        found = cursor.execute(_TRIGGERS, (table, name, name)).fetchall()
        if not found or not driver.in_transaction:
            yield
            return
        cursor.execute(f'DROP TRIGGER "{name}"')
        try:
            yield
        finally:
            for sql in marks:
                cursor.execute(sql, (first, last))
            cursor.execute(found[0][1])
    finally:
        cursor.close()
