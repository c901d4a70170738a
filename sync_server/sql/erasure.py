"""What the server does when a record is erased, beyond scrubbing its change log: the snapshot
table (``server_record``) takes the erased state in the same transaction, so it never holds the
personal data until the next fold; and on SQLite the write-ahead log, whose older frames still
hold the data, is folded back into the database and emptied once the push has committed.

On PostgreSQL the old row versions stay in the table's pages as dead tuples until (auto)vacuum
reclaims them, and in the server's WAL segments until they are recycled; see
``docs/sync-protocol.md``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, Engine, select, update

from mandrivna.core.change import Change
from mandrivna.core.merge import RecordState, merge_record
from sync_server.sql.tables import records

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def erase_in_snapshot(conn: Connection, tombstones: Sequence[Change]) -> None:
    """Merge each delete into its record's row of the snapshot table, if it has one yet (the
    fold merges it otherwise); merging a delete twice changes nothing."""
    for delete in tombstones:
        key = (records.c.entity == delete.entity) & (records.c.entity_id == delete.entity_id)
        row = conn.execute(select(records.c.fields, records.c.stamps).where(key)).first()
        if row is None:
            continue
        state = RecordState(json.loads(row.fields), json.loads(row.stamps))
        merge_record(state, delete)
        conn.execute(
            update(records)
            .where(key)
            .values(fields=_dumps(state.values), stamps=_dumps(dict(sorted(state.stamps.items()))))
        )


def fold_log(engine: Engine) -> None:
    """On SQLite, checkpoint the write-ahead log into the database and truncate it (waits for
    readers still on older frames, within the busy timeout). Nothing to do on PostgreSQL."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
