"""What a start reads before its window is drawn, through the SQLite driver alone: this laptop's
identity and settings, its sync state, the status bar's figures, and the Readers page's first
list (the newest registrations) with the count of readers. SQLAlchemy and the tables' module
cost about a third of a start's CPU to import (issue #17); they are imported once the window is
drawn, when a page or a write first needs them.

Each query says in a comment which query of the SQLAlchemy modules it answers as; the tests
check that both give the same answer (``tests/unit/store/test_first_view_queries.py``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from mandrivna.core.reader import Reader, registration_years
from mandrivna.store.connection import RawConnection
from mandrivna.store.local_state import DeviceState, SyncState
from mandrivna.store.row_kinds import reader_of

# How many readers a search lists (``reader_queries``), the first list too.
SEARCH_LIMIT = 50
# ``deleted IS 0``: as SQLAlchemy writes ``deleted.is_(False)``, so the partial index of the
# live readers (``ix_reader_live``, migration 0015) answers it.
_NEWEST = "SELECT * FROM reader WHERE deleted IS 0 ORDER BY registered_on DESC, rowid DESC LIMIT ?"
_COUNT = "SELECT count(*) FROM reader WHERE deleted IS 0"


def _rows(conn: RawConnection, entity: type[Any], sql: str, params: tuple[Any, ...] = ()) -> Any:
    cursor = conn.execute(sql, params)
    read = reader_of(entity, [column[0] for column in cursor.description])
    return [read(row) for row in cursor]


def device_state(conn: RawConnection) -> DeviceState | None:
    """As ``Database.device``: this laptop's row, or None before the first-run setup."""
    found: list[DeviceState] = _rows(conn, DeviceState, "SELECT * FROM device_state LIMIT 1")
    return found[0] if found else None


def sync_state(conn: RawConnection) -> SyncState:
    """As ``SyncStore.state``: where and how far this laptop syncs (the defaults before its
    first enrollment)."""
    found: list[SyncState] = _rows(conn, SyncState, "SELECT * FROM sync_state LIMIT 1")
    return found[0] if found else SyncState()


def waiting_changes(conn: RawConnection) -> int:
    """Changes this laptop wrote, under any of its origins, that the server has not taken."""
    waiting = 0
    for origin, acked in conn.execute("SELECT origin_id, acked_seq FROM own_origin").fetchall():
        (count,) = conn.execute(
            "SELECT count(*) FROM change_log WHERE device_id = ? AND seq > ?", (origin, acked)
        ).fetchone()
        waiting += int(count)
    return waiting


def live_reader_count(conn: RawConnection) -> int:
    """As ``reader_queries.count``: the readers not deleted."""
    return int(conn.execute(_COUNT).fetchone()[0])


def newest_readers(conn: RawConnection, limit: int) -> list[Reader] | None:
    """As ``reader_queries.search(conn, "", limit)``: the most recently registered readers
    with their registration years; None when one of them was merged into another reader (the
    search then shows the reader kept: ask it)."""
    readers: list[Reader] = _rows(conn, Reader, _NEWEST, (limit,))
    if any(reader.merged_into for reader in readers):
        return None
    years: dict[str, set[int]] = defaultdict(set)
    ids = [reader.id for reader in readers]
    if ids:
        marks = ", ".join("?" for _ in ids)
        sql = f"SELECT reader_id, year FROM reregistration WHERE reader_id IN ({marks})"
        for reader_id, year in conn.execute(sql, ids):
            years[reader_id].add(int(year))
    return [
        replace(r, registration_years=registration_years(r.registration_years, years[r.id]))
        if r.id in years
        else r
        for r in readers
    ]


def catch_up_waiting(conn: RawConnection) -> bool:
    """Whether a catch-up stopped half-way left copies waiting for their loans
    (``catch_up_backlog``)."""
    return conn.execute("SELECT 1 FROM catch_up_backlog LIMIT 1").fetchone() is not None
