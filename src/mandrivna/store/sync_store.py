"""The store's side of sync: the outbox, acknowledgements, the pull cursor and applying pages.

A pulled page is applied, the clock advanced and the cursor moved in one transaction, so a broken
pull resumes exactly where it stopped and nothing is applied twice. Any thread may call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS, HybridClock, pack, wall_ms_of
from mandrivna.store.bulk_sql import insert_log
from mandrivna.store.database import Database
from mandrivna.store.replica import Changed, apply_states, store_and_apply
from mandrivna.store.tables import ChangeLogEntry, ClockWarning, DeviceState, SyncState

_log = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_device = DeviceState.__table__  # type: ignore[attr-defined]
_sync = SyncState.__table__  # type: ignore[attr-defined]
_warnings = ClockWarning.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PullApplied:
    changed: Changed
    clock_warnings: int


def ensure_sync_row(conn: Connection) -> None:
    if conn.execute(select(_sync.c.id)).first() is None:
        conn.execute(insert(_sync).values(id=1, acked_seq=0, pull_cursor=0))


def _own_changes(
    conn: Connection, device_id: str, where: Any, limit: int | None = None
) -> list[Change]:
    """This device's own logged changes matching ``where``, in sequence order."""
    query = (
        select(
            _log.c.seq,
            _log.c.hlc,
            _log.c.entity,
            _log.c.entity_id,
            _log.c.op,
            _log.c.fields,
            _log.c.seen,
        )
        .where(_log.c.device_id == device_id, where)
        .order_by(_log.c.seq)
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        Change(device_id, r[0], r[1], r[2], r[3], Op(r[4]), r[5], r[6]) for r in conn.execute(query)
    ]


class SyncStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def state(self) -> SyncState:
        with self.db.read() as conn:
            row = conn.execute(select(_sync)).mappings().first()
        return SyncState(**row) if row else SyncState()

    def update_state(self, **values: object) -> None:
        with self.db.transaction() as conn:
            ensure_sync_row(conn)
            conn.execute(update(_sync).values(**values))

    def device_id(self) -> str:
        device = self.db.device()
        if device is None:
            raise LookupError("device not set up")
        return device.device_id

    def seq_last(self) -> int:
        device = self.db.device()
        return device.seq_last if device else 0

    def count_outbox(self, after_seq: int) -> int:
        with self.db.read() as conn:
            return len(
                conn.execute(
                    select(_log.c.seq).where(
                        _log.c.device_id == self.device_id(), _log.c.seq > after_seq
                    )
                ).all()
            )

    def outbox(self, after_seq: int, limit: int) -> list[Change]:
        """This device's own changes after ``after_seq``, in order."""
        device_id = self.device_id()
        with self.db.read() as conn:
            return _own_changes(conn, device_id, _log.c.seq > after_seq, limit)

    def apply_pulled(self, changes: Sequence[Change], cursor: int) -> PullApplied:
        """Apply one pulled page and move the cursor, in one transaction."""
        with self.db.transaction(durable=False) as conn:
            now = self.db.physical_clock()
            changed = store_and_apply(conn, changes, now)
            warnings = self._advance_clock(conn, changes, now)
            ensure_sync_row(conn)
            conn.execute(update(_sync).values(pull_cursor=cursor))
        return PullApplied(changed, warnings)

    def reconcile_own(self, theirs: Sequence[Change], held: int) -> Changed:
        """Take back this device's own changes that the server holds (``theirs``, up to its
        ``held``) after a restore from an older backup. Local changes under the same numbers
        with other stamps were written after the restore: they keep their stamps and effects
        and get new numbers after ``held``, as do local changes above ``held``."""
        device_id = self.device_id()
        server = {c.seq: c for c in theirs}
        start = min(server) if server else held + 1
        with self.db.transaction() as conn:
            local = _own_changes(conn, device_id, _log.c.seq >= start)
            moved = [
                c for c in local if c.seq > held or (c.seq in server and server[c.seq].hlc != c.hlc)
            ]
            if moved:
                conn.execute(
                    _log.delete().where(
                        _log.c.device_id == device_id, _log.c.seq.in_([c.seq for c in moved])
                    )
                )
            now = self.db.physical_clock()
            changed = store_and_apply(conn, theirs, now)  # the ones this laptop lost
            renumbered = [replace(c, seq=held + n) for n, c in enumerate(moved, 1)]
            if renumbered:
                insert_log(conn, renumbered, now)  # their effects are in the tables already
            newest = max([c.hlc for c in theirs] + [0])
            state = conn.execute(select(_device.c.hlc_last, _device.c.seq_last)).one()
            conn.execute(
                update(_device).values(
                    seq_last=max(held + len(renumbered), int(state[1]) if not moved else 0),
                    hlc_last=max(int(state[0]), newest),
                )
            )
            ensure_sync_row(conn)
            conn.execute(update(_sync).values(acked_seq=held))
        return changed

    def apply_snapshot_records(
        self, records: Sequence[tuple[str, str, dict[str, Any], dict[str, Any]]]
    ) -> Changed:
        """Merge one page of a snapshot's records (the cursor does not move: records first,
        then the facts up to the snapshot's point, then ordinary pulls)."""
        with self.db.transaction(durable=False) as conn:
            return apply_states(conn, records, self.db.physical_clock())

    def _advance_clock(self, conn: Connection, changes: Sequence[Change], now: int) -> int:
        """Take remote stamps into this device's clock, except those far in the future, which
        are flagged per device instead (a laptop whose clock is set days ahead)."""
        state = conn.execute(select(_device.c.hlc_last)).first()
        if state is None or not changes:
            return 0
        clock = HybridClock(state[0], self.db.physical_clock)
        limit = pack(self.db.physical_clock() + DEFAULT_MAX_AHEAD_MS + 1, 0)
        newest_sane = 0
        ahead: dict[str, int] = {}  # per device: its newest stamp beyond the bound
        for change in changes:
            if change.hlc >= limit:
                ahead[change.device_id] = max(ahead.get(change.device_id, 0), change.hlc)
            elif change.hlc > newest_sane:
                newest_sane = change.hlc
        clock.observe(newest_sane)
        conn.execute(update(_device).values(hlc_last=clock.last))
        for device_id, hlc in ahead.items():
            stmt = sqlite_insert(_warnings).values(
                device_id=device_id, max_hlc=hlc, detected_at_ms=now
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["device_id"],
                    set_={"max_hlc": stmt.excluded.max_hlc, "detected_at_ms": now},
                )
            )
        return len(ahead)

    def clock_warnings(self) -> list[tuple[str, int]]:
        """Devices whose stamps ran far ahead: (device id, how far ahead of now in ms)."""
        with self.db.read() as conn:
            rows = conn.execute(select(_warnings.c.device_id, _warnings.c.max_hlc)).all()
        now = self.db.physical_clock()
        return [(r[0], wall_ms_of(r[1]) - now) for r in rows]
