"""Read-only queries for the status bar and the sync page: through the SQLite driver alone, as
a start reads them before its window is drawn (``first_view_queries``)."""

from __future__ import annotations

from mandrivna.core.clock_check import clock_problem
from mandrivna.core.status import Status
from mandrivna.store import first_view_queries
from mandrivna.store.database import Database


def read_status(db: Database) -> Status:
    with db.read_driver() as conn:
        device = first_view_queries.device_state(conn)
        if device is None:
            return Status(None, None, None, None, 0, None)
        sync = first_view_queries.sync_state(conn)
        waiting = first_view_queries.waiting_changes(conn)
    return Status(
        device.hub_name,
        device.librarian_name,
        sync.server_url,
        sync.last_sync_at_ms,
        waiting,
        sync.last_error,
        clock_problem(
            db.physical_clock(),
            sync.newest_seen_hlc,
            sync.clock_skew_ms,
            sync.server_time_ms,
        ),
    )
