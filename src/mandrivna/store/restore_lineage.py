"""After a restore: carry this laptop's own changes that are newer than the backup over from the
database that was replaced, so its change log continues without a gap and no sequence number is
issued twice (the server would refuse a reused one, and other laptops may hold the originals).

Changes of other laptops are not carried: the restored database pulls them again from its older
cursor (applying is idempotent). Sync credentials come from the replaced database when it has
them (it may have enrolled after the backup was made). The replaced database is opened with the
key for its file (it may be encrypted, or plain when the folder has just taken on encryption).
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import orjson
from sqlalchemy import select, update

from mandrivna.core.change import Change, Op
from mandrivna.core.errors import MandrivnaError
from mandrivna.store.connection import DatabaseError, open_raw_readonly
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply
from mandrivna.store.sync_store import ensure_sync_row
from mandrivna.store.tables import DeviceState, SyncState

_device = DeviceState.__table__  # type: ignore[attr-defined]
_sync = SyncState.__table__  # type: ignore[attr-defined]
CREDENTIALS = ("server_url", "token", "device_key", "role", "signing_key")


def carry_own_changes(restored: Database, replaced_path: Path) -> int:
    """Copy the replaced database's own newer changes into ``restored``; returns how many."""
    device = restored.device()
    if device is None:
        return 0
    try:
        key = restored.key_for_file(replaced_path)
        with closing(open_raw_readonly(replaced_path, key)) as old:
            state = old.execute("SELECT device_id, hlc_last FROM device_state").fetchone()
            if state is None or state[0] != device.device_id:
                return 0  # a backup of another laptop: nothing of ours to carry
            rows = old.execute(
                "SELECT seq, hlc, entity, entity_id, op, fields, seen FROM change_log "
                "WHERE device_id = ? AND seq > ? ORDER BY seq",
                (device.device_id, device.seq_last),
            ).fetchall()
            sync_row = old.execute(
                f"SELECT acked_seq, {', '.join(CREDENTIALS)} FROM sync_state"
            ).fetchone()
    except (DatabaseError, MandrivnaError):
        return 0  # the replaced database is unreadable: the server gives our changes back
    changes = [
        Change(device.device_id, r[0], r[1], r[2], r[3], Op(r[4]), orjson.loads(r[5]), r[6])
        for r in rows
    ]
    with restored.transaction() as conn:
        if changes:
            store_and_apply(conn, changes, restored.physical_clock())
            conn.execute(
                update(_device).values(
                    seq_last=max(device.seq_last, changes[-1].seq),
                    hlc_last=max(device.hlc_last, int(state[1])),
                )
            )
        if sync_row is not None:
            ensure_sync_row(conn)
            current = conn.execute(select(_sync)).mappings().first()
            values = {
                name: value
                for name, value in zip(CREDENTIALS, sync_row[1:], strict=True)
                if value is not None
            }
            if current is not None:
                values["acked_seq"] = max(int(current["acked_seq"]), int(sync_row[0]))
            conn.execute(update(_sync).values(**values))
    return len(changes)
