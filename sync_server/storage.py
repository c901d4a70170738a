"""The server's storage behind one interface, on SQLite or PostgreSQL (SQLAlchemy URL).

Pushes are serialised (``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on
PostgreSQL) and take their server sequence numbers inside that lock, so the server sequence follows
commit order: a pull cursor can never step past a change that commits later. Each device's log is
kept gap-free: a push that would leave a gap stores nothing, and one that repeats stored changes
stores only what is new. Safe to call from many threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from mandrivna.core import json_text
from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS, wall_ms_of
from mandrivna.wire import PushedChange
from sync_server import erasure, snapshots
from sync_server.device_storage import (
    ROLES,
    DeviceInfo,
    DeviceRecord,
    DeviceStorage,
    EnrollmentError,
)
from sync_server.tables import CHANGE_COLUMNS, changes, devices, meta

__all__ = [
    "ROLES",
    "DeviceInfo",
    "DeviceRecord",
    "EnrollmentError",
    "LogMismatchError",
    "PulledRow",
    "SyncStorage",
]


class LogMismatchError(Exception):
    """A device sent a change under a sequence number the server holds with other content."""

    def __init__(self, seq: int) -> None:
        super().__init__(f"change {seq} differs from the one the server holds")
        self.seq = seq


@dataclass(frozen=True)
class PulledRow:
    server_seq: int
    device_id: str
    device_seq: int
    hlc: int
    entity: str
    entity_id: str
    op: str
    fields_json: str
    seen: int


class SyncStorage(DeviceStorage):
    """Everything the server stores: devices (``DeviceStorage``) and the change log."""

    def held(self, device_id: str) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(devices.c.held_seq).where(devices.c.device_id == device_id)
            ).scalar()
        return int(value or 0)

    def push(
        self, device_id: str, first_seq: int, rows: Sequence[PushedChange], now_ms: int
    ) -> tuple[int, int, int]:
        """Store ``rows`` (sequences ``first_seq``…) idempotently.

        Returns (held, stored, clock_ahead_ms): the device's highest gap-free sequence held
        after this push, how many changes were new, and how far its newest stamp runs ahead of
        the server's clock (0 within the allowed bound).
        """
        with self._write() as conn:
            self._lock(conn)
            held = int(
                conn.execute(
                    select(devices.c.held_seq).where(devices.c.device_id == device_id)
                ).scalar_one()
            )
            if first_seq > held + 1 or not rows:
                return held, 0, 0  # a gap: store nothing, the device resends from held + 1
            skip = held + 1 - first_seq
            if skip > 0:
                self._check_same(conn, device_id, first_seq, rows[:skip])
            fresh = rows[skip:]
            ahead = 0
            if fresh:
                newest = max(wall_ms_of(r[0]) for r in fresh)
                ahead = newest - now_ms if newest - now_ms > DEFAULT_MAX_AHEAD_MS else 0
                conn.execute(
                    insert(changes),
                    [
                        {
                            "device_id": device_id,
                            "device_seq": held + 1 + i,
                            "hlc": r[0],
                            "entity": r[1],
                            "entity_id": r[2],
                            "op": r[3],
                            "fields": json_text.dumps(r[4]),
                            "seen": r[5],
                            "received_ms": now_ms,
                        }
                        for i, r in enumerate(fresh)
                    ],
                )
                held += len(fresh)
                self._scrub_erased(conn, fresh)
            values: dict[str, Any] = {"held_seq": held, "last_sync_ms": now_ms}
            if ahead:
                values["clock_ahead_ms"] = ahead
            conn.execute(update(devices).where(devices.c.device_id == device_id).values(**values))
        if any(r[3] == "d" for r in fresh):
            erasure.fold_log(self.engine)
        return held, len(fresh), ahead

    def _check_same(
        self, conn: Connection, device_id: str, first_seq: int, rows: Sequence[PushedChange]
    ) -> None:
        """Changes the server already holds must be the same changes (same stamps): otherwise
        the laptop reuses sequence numbers, e.g. after a restore from an old backup."""
        stored = dict(
            conn.execute(
                select(changes.c.device_seq, changes.c.hlc).where(
                    changes.c.device_id == device_id,
                    changes.c.device_seq.between(first_seq, first_seq + len(rows) - 1),
                )
            ).all()
        )
        for offset, row in enumerate(rows):
            if stored.get(first_seq + offset, row[0]) != row[0]:
                raise LogMismatchError(first_seq + offset)

    def _scrub_erased(self, conn: Connection, rows: Sequence[PushedChange]) -> None:
        """After storing ``rows``: for every record they touch that has a delete in the log
        (in this push or earlier), remove the erased fields from the record's edits."""
        touched: dict[str, set[str]] = {}
        for row in rows:
            if row[3] in ("u", "d"):
                touched.setdefault(row[1], set()).add(row[2])
        for entity, ids in touched.items():
            tombstones = conn.execute(
                select(
                    changes.c.device_id,
                    changes.c.device_seq,
                    changes.c.hlc,
                    changes.c.entity_id,
                    changes.c.fields,
                    changes.c.seen,
                ).where(
                    changes.c.entity == entity,
                    changes.c.op == "d",
                    changes.c.entity_id.in_(sorted(ids)),
                )
            ).all()
            for tombstone in tombstones:
                self._scrub(
                    conn, entity, tombstone.entity_id, sorted(json_text.loads(tombstone.fields))
                )
            erasure.erase_in_snapshot(conn, entity, tombstones)

    def _scrub(self, conn: Connection, entity: str, entity_id: str, fields: list[str]) -> None:
        """Drop an erased record's personal fields from its earlier edits in the log."""
        if not fields:
            return
        where = (
            (changes.c.entity == entity)
            & (changes.c.entity_id == entity_id)
            & (changes.c.op == "u")
        )
        if conn.dialect.name == "postgresql":
            erase = text("(fields::jsonb - CAST(:erased AS text[]))::text").bindparams(
                erased=fields
            )
            conn.execute(update(changes).where(where).values(fields=erase))
        else:
            paths = [f'$."{name}"' for name in fields]
            conn.execute(
                update(changes)
                .where(where)
                .values(fields=func.json_remove(changes.c.fields, *paths))
            )

    def snapshot_records(
        self, after: tuple[str, str] | None, limit: int
    ) -> tuple[int, list[tuple[str, str, str, str]]]:
        """A page of merged records (bringing them up to date first when the page is the first).
        Returns (the server sequence the snapshot covers at least, rows)."""
        if after is None:
            with self._write() as conn:
                self._lock(conn)
                upto = snapshots.materialize(conn)
        else:
            upto = 0
        with self.engine.connect() as conn:
            rows = snapshots.record_page(conn, after, limit)
        return upto, rows

    def materialize_step(self) -> bool:
        """Fold at most one chunk of new record changes into the snapshot state, holding the
        push lock only that long. Returns True while more is left to fold."""
        with self._write() as conn:
            self._lock(conn)
            upto = snapshots.materialize(conn, max_chunks=1)
        return upto < self.latest()

    def data_schema(self) -> int:
        """The newest data schema any device has written to this server (1 at first)."""
        with self.engine.connect() as conn:
            value = conn.execute(select(meta.c.value).where(meta.c.key == "data_schema"))
            return int(value.scalar() or 1)

    def raise_data_schema(self, version: int) -> None:
        with self._write() as conn:
            current = conn.execute(select(meta.c.value).where(meta.c.key == "data_schema")).scalar()
            if current is None:
                conn.execute(insert(meta).values(key="data_schema", value=version))
            elif version > current:
                conn.execute(update(meta).where(meta.c.key == "data_schema").values(value=version))

    def latest(self) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(select(func.coalesce(func.max(changes.c.server_seq), 0)))
            return int(value.scalar_one())

    def own_changes(
        self, device_id: str, after: int, limit: int
    ) -> list[tuple[int, int, str, str, str, str, int]]:
        """A device's own changes with sequence above ``after``, in order (fields as JSON
        text): what a laptop restored from an old backup needs back."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    changes.c.device_seq,
                    changes.c.hlc,
                    changes.c.entity,
                    changes.c.entity_id,
                    changes.c.op,
                    changes.c.fields,
                    changes.c.seen,
                )
                .where(changes.c.device_id == device_id, changes.c.device_seq > after)
                .order_by(changes.c.device_seq)
                .limit(limit)
            ).all()
            conn.commit()
        return [tuple(r) for r in rows]

    def pull(
        self,
        device_id: str | None,
        after: int,
        limit: int,
        now_ms: int,
        facts_upto: int | None = None,
    ) -> tuple[list[PulledRow], int, bool]:
        """Changes after server sequence ``after``, other devices' only (all when device_id is
        None). Returns (rows, cursor, more); ``after`` is recorded as the device's applied cursor.
        With ``facts_upto`` (after a snapshot's records): only facts, up to that sequence.
        """
        where = changes.c.server_seq > after
        if facts_upto is not None:
            where = where & (changes.c.server_seq <= facts_upto) & (changes.c.op == "f")
        with self.engine.connect() as conn:
            scanned = conn.execute(
                select(*CHANGE_COLUMNS).where(where).order_by(changes.c.server_seq).limit(limit)
            ).all()
            conn.commit()
        if device_id is not None:
            with self._write(durable=False) as conn:
                conn.execute(
                    update(devices)
                    .where(devices.c.device_id == device_id)
                    .values(pull_cursor=after, last_sync_ms=now_ms)
                )
        rows = [PulledRow(*r) for r in scanned if r[1] != device_id]
        more = len(scanned) == limit
        cursor = scanned[-1][0] if scanned else after
        if facts_upto is not None and not more:
            cursor = facts_upto  # the snapshot's records cover every record change up to here
        return rows, cursor, more
