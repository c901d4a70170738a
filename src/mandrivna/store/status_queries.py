"""Read-only queries for the status bar and the sync page."""

from __future__ import annotations

from sqlalchemy import func, select

from mandrivna.core.clock_check import clock_problem
from mandrivna.core.status import Status
from mandrivna.store import tables
from mandrivna.store.database import Database

_log = tables.change_log
_device = tables.device_state
_sync = tables.sync_state
_origins = tables.own_origin


def read_status(db: Database) -> Status:
    with db.read() as conn:
        device = conn.execute(select(_device)).mappings().first()
        sync = conn.execute(select(_sync)).mappings().first()
        if device is None:
            return Status(None, None, None, None, 0, None)
        waiting = 0
        for origin, acked in conn.execute(select(_origins.c.origin_id, _origins.c.acked_seq)):
            waiting += conn.execute(
                select(func.count())
                .select_from(_log)
                .where(_log.c.device_id == origin, _log.c.seq > acked)
            ).scalar_one()
    return Status(
        device["hub_name"],
        device["librarian_name"],
        sync["server_url"] if sync else None,
        sync["last_sync_at_ms"] if sync else None,
        int(waiting),
        sync["last_error"] if sync else None,
        clock_problem(
            db.physical_clock(),
            sync["newest_seen_hlc"] if sync else None,
            sync["clock_skew_ms"] if sync else None,
            sync["server_time_ms"] if sync else None,
        ),
    )
