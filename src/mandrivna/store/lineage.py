"""Log origins: the lineage a database writes its change log under.

A (origin, sequence) pair must mean one change for ever, on every machine. A database put back
from a backup would otherwise go on numbering changes its lost copy had already numbered (and
sent) with other content, and would issue again the card numbers and barcodes its lost copy
issued. So every backup copy carries a marker (``mark_backup_copy``), and a database opened with
the marker starts a new origin before anything is written: its sequence starts again at 1 and its
issuing prefix (``core.card_number``) is new. The origins it wrote under before stay in
``own_origin``: their changes the server holds and this database lacks are taken back at the
next sync, and a restore that can still read the replaced database carries them over at once
(``carry_own_changes``). Runs inside the caller's transaction unless said otherwise.
"""

from __future__ import annotations

import uuid
from contextlib import closing
from pathlib import Path

import orjson
from sqlalchemy import Connection, Engine, insert, inspect, select, text, update

from mandrivna.core.card_number import device_prefix
from mandrivna.core.change import Change, Op
from mandrivna.core.errors import MandrivnaError
from mandrivna.store import tables
from mandrivna.store.connection import DatabaseError, RawConnection, open_raw_readonly
from mandrivna.store.local_state import BACKUP_COPY_MARKER
from mandrivna.store.replica import store_and_apply

_device = tables.device_state
_origins = tables.own_origin
_sync = tables.sync_state
MARKER = BACKUP_COPY_MARKER
CREDENTIALS = ("server_url", "token", "device_key", "role", "signing_key")


def mark_backup_copy(conn: RawConnection) -> None:
    """Mark a fresh backup copy: a database opened from it starts a new origin."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {MARKER} (marked INTEGER)")
    conn.commit()


def _prefix_in_use(conn: Connection, prefix: str) -> bool:
    used = conn.exec_driver_sql(
        "SELECT 1 FROM reader WHERE card_number >= ? AND card_number < ? "
        "UNION ALL SELECT 1 FROM book_copy WHERE barcode >= ? AND barcode < ? LIMIT 1",
        (f"{prefix}-", f"{prefix}.", f"{prefix}-", f"{prefix}."),
    ).first()
    return used is not None


def new_origin(conn: Connection, now_ms: int, *, current: bool) -> str:
    """A fresh origin for this laptop, with an issuing prefix that no code here starts with.
    ``current``: this database writes under it from now on (its sequence starts again)."""
    known = {device_prefix(o) for o in conn.execute(select(_origins.c.origin_id)).scalars()}
    while True:
        origin = str(uuid.uuid4())
        prefix = device_prefix(origin)
        if prefix not in known and not _prefix_in_use(conn, prefix):
            break
    conn.execute(insert(_origins).values(origin_id=origin, acked_seq=0, created_at_ms=now_ms))
    if current:
        conn.execute(update(_device).values(origin_id=origin, seq_last=0))
    return origin


def start_if_backup_copy(engine: Engine, now_ms: int) -> bool:
    """If this database is a backup copy put in place (by a restore, or by hand), start a new
    origin now. Returns whether it did."""
    if MARKER not in inspect(engine).get_table_names():
        return False
    with engine.begin() as conn:
        if conn.execute(select(_device.c.id)).first() is not None:
            new_origin(conn, now_ms, current=True)
        conn.execute(text(f"DROP TABLE {MARKER}"))
    return True


def carry_own_changes(restored_db: object, replaced_path: Path) -> int:
    """After a restore: copy this laptop's own changes that the database put back lacks from
    the database it replaced (any origin this laptop wrote under), with the sync credentials.
    Returns how many changes came over. ``restored_db`` is a ``store.database.Database``."""
    from mandrivna.store.database import Database

    assert isinstance(restored_db, Database)
    device = restored_db.device()
    if device is None:
        return 0
    try:
        key = restored_db.key_for_file(replaced_path)
        with closing(open_raw_readonly(replaced_path, key)) as old:
            state = old.execute("SELECT device_id, hlc_last FROM device_state").fetchone()
            if state is None or state[0] != device.device_id:
                return 0  # a backup of another laptop: nothing of ours to carry
            logs = dict(old.execute("SELECT origin_id, acked_seq FROM own_origin").fetchall())
            rows = []
            for origin in logs:
                rows.extend(
                    old.execute(
                        "SELECT device_id, seq, hlc, entity, entity_id, op, fields, seen "
                        "FROM change_log WHERE device_id = ? ORDER BY seq",
                        (origin,),
                    ).fetchall()
                )
            sync_row = old.execute(f"SELECT {', '.join(CREDENTIALS)} FROM sync_state").fetchone()
    except (DatabaseError, MandrivnaError):
        return 0  # the replaced database is unreadable: the server gives our changes back
    changes = [
        Change(r[0], r[1], r[2], r[3], r[4], Op(r[5]), orjson.loads(r[6]), r[7]) for r in rows
    ]
    with restored_db.transaction() as conn:
        known = set(conn.execute(select(_origins.c.origin_id)).scalars())
        for origin, acked in logs.items():
            if origin not in known:  # written after the backup: as far as the server has it
                conn.execute(
                    insert(_origins).values(origin_id=origin, acked_seq=acked, created_at_ms=0)
                )
        carried = store_and_apply(conn, changes, restored_db.physical_clock()).stored
        hlc = conn.execute(select(_device.c.hlc_last)).scalar_one()
        conn.execute(update(_device).values(hlc_last=max(int(hlc), int(state[1]))))
        if sync_row is not None:
            if conn.execute(select(_sync.c.id)).first() is None:
                conn.execute(insert(_sync).values(id=1, pull_cursor=0))
            values = {
                name: value
                for name, value in zip(CREDENTIALS, sync_row, strict=True)
                if value is not None
            }
            if values:
                conn.execute(update(_sync).values(**values))
    return carried
