"""What the server does when a record is erased, beyond scrubbing its change log: the snapshot
table (``server_record``) takes the erased state in the same transaction, so it never holds the
personal data until the next fold. (Once the push has committed, ``SqlDialect.after_erasure``
leaves no older copy in the database's files where it can: SQLite's write-ahead log is folded back
and emptied; on PostgreSQL dead row versions stay until vacuum, see ``docs/sync-protocol.md``.)
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select, update

from mandrivna.core.change import Change
from mandrivna.core.merge import merge_record
from sync_server.sql.record_texts import state_of, texts_of
from sync_server.sql.tables import records


def erase_in_snapshot(conn: Connection, tombstones: Sequence[Change]) -> None:
    """Merge each delete into its record's row of the snapshot table, if it has one yet (the
    fold merges it otherwise); merging a delete twice changes nothing."""
    for delete in tombstones:
        key = (records.c.entity == delete.entity) & (records.c.entity_id == delete.entity_id)
        row = conn.execute(select(records.c.fields, records.c.stamps).where(key)).first()
        if row is None:
            continue
        state = state_of(row.fields, row.stamps)
        merge_record(state, delete)
        fields, stamps = texts_of(state)
        conn.execute(update(records).where(key).values(fields=fields, stamps=stamps))
