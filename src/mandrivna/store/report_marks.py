"""The days a big page of facts marks stale for the report cache, once per page instead of once
per row.

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
