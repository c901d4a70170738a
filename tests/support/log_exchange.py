"""Moves change-log entries between local databases without a server: what a laptop holds, and
applying it on another laptop through the same merge path as a pulled sync page."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import text

from mandrivna.core.change import Change, Changed, Op
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply


def log_of(db: Database, device_id: str | None = None) -> list[Change]:
    """Every change the database holds (of one device when given), in (device, seq) order."""
    query = "SELECT device_id, seq, hlc, entity, entity_id, op, fields, seen FROM change_log"
    params = {}
    if device_id is not None:
        query += " WHERE device_id = :device"
        params["device"] = device_id
    with db.read() as conn:
        rows = conn.execute(text(query + " ORDER BY device_id, seq"), params).all()
    return [Change(r[0], r[1], r[2], r[3], r[4], Op(r[5]), json.loads(r[6]), r[7]) for r in rows]


def own_log(db: Database) -> list[Change]:
    """The changes this database wrote itself: those under the id its log is written under."""
    with db.read() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(device_state)")}
        writer = "origin_id" if "origin_id" in columns else "device_id"  # logs with origins
        log_id = conn.exec_driver_sql(f"SELECT {writer} FROM device_state").scalar()
    assert log_id is not None
    return log_of(db, log_id)


def deliver(changes: Sequence[Change], target: Database) -> Changed:
    """Apply ``changes`` on ``target`` in one transaction, as a pulled page is applied."""
    with target.transaction(durable=False) as conn:
        return store_and_apply(conn, changes, target.physical_clock())


def ship(source: Database, target: Database) -> Changed:
    """Everything ``source`` holds, delivered to ``target``."""
    return deliver(log_of(source), target)
