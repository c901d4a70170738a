"""The change log in SQL: pushes, pulls, status, the origins, and the snapshot records.

Pushes run serialised (``SqlDatabase.serialised``) and take their server sequence numbers inside
that lock, so the server sequence follows commit order: a pull cursor can never step past a change
that commits later. Each origin's log is kept gap-free: a push that would leave a gap stores
nothing, and one that repeats stored changes stores only what is new.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, func, insert, select, update

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.restamp import ahead_limit
from mandrivna.sqlshared import log_scrub
from sync_server.sql import erasure, history, page_bytes, snapshots
from sync_server.sql.database import SqlDatabase
from sync_server.sql.tables import (
    CHANGE_COLUMNS,
    ERASED,
    changes,
    decode_change,
    devices,
    meta,
    origins,
    stored_change,
)
from sync_server.storage_api import (
    ClockAheadError,
    DeviceReport,
    DeviceStatus,
    FoldLag,
    LogMismatchError,
    OriginError,
    PullPage,
    RecordPage,
    StoredChange,
)

# The columns of a stored change, in the order ``push`` makes its rows.
STORED_COLUMNS = (
    "server_seq",
    "device_id",
    "device_seq",
    "hlc",
    "entity",
    "entity_id",
    "op",
    "fields",
    "seen",
    "received_ms",
    "chain",
)


# The wire's code of each op (``Op.value``, without the enum's property lookup per change).
OP_CODES = {op: op.value for op in Op}


class ChangeLog:
    """The change log, its origins and the snapshot records: the change log and snapshot parts
    of ``storage_api.SyncStorage``."""

    db: SqlDatabase

    def origins_of(self, conn: Connection, device_key: str) -> dict[str, int]:
        rows = conn.execute(
            select(origins.c.origin_id, origins.c.held_seq).where(
                origins.c.device_key == device_key
            )
        )
        return {r[0]: int(r[1]) for r in rows}

    def held(self, origin: str) -> int:
        with self.db.read() as conn:
            value = conn.execute(
                select(origins.c.held_seq).where(origins.c.origin_id == origin)
            ).scalar()
        return int(value or 0)

    def status(
        self,
        device_key: str,
        cursor: int,
        device_clock_ms: int | None,
        now_ms: int,
        report: DeviceReport | None = None,
    ) -> DeviceStatus:
        """The device's origins, the newest sequence and the history id at ``cursor``; records
        how far the device's clock is from the server's, and what it says of itself."""
        with self.db.read() as conn:
            own = self.origins_of(conn, device_key)
            latest, _ = history.top(conn)
            chain = history.chain_at(conn, cursor) if cursor <= latest else None
            conn.commit()
        said: dict[str, object] = {}
        if device_clock_ms is not None:
            said["clock_skew_ms"] = device_clock_ms - now_ms
        if report is not None and report.app_version is not None:
            said["app_version"] = report.app_version
        if report is not None and report.pending is not None:
            said["reported_pending"] = report.pending
        if said:
            with self.db.write(durable=False) as conn:
                conn.execute(update(devices).where(devices.c.key == device_key).values(**said))
        return DeviceStatus(own, latest, chain)

    def push(
        self,
        device_key: str,
        origin: str,
        first_seq: int,
        rows: Sequence[Change],
        now_ms: int,
    ) -> tuple[int, int]:
        """Store ``rows``, the changes ``first_seq``, ``first_seq + 1``… of ``origin``
        (``validation.decode_pushed`` makes them), idempotently.

        Returns (held, stored): the origin's highest gap-free sequence held after this push and
        how many changes were new. An origin is bound to the first device that pushes it; a
        change stamped beyond the clock bound is refused (``ClockAheadError``), nothing stored.
        """
        if any(c.device_id != origin or c.seq != first_seq + i for i, c in enumerate(rows)):
            raise ValueError("the changes are not numbered on from first_seq in this origin")
        limit = ahead_limit(now_ms)
        newest = max((c.hlc for c in rows), default=0)
        if newest > limit:
            raise ClockAheadError(wall_ms_of(newest) - now_ms, now_ms)
        with self.db.serialised() as conn:
            bound = conn.execute(
                select(origins.c.device_key, origins.c.held_seq).where(
                    origins.c.origin_id == origin
                )
            ).first()
            if bound is None:
                conn.execute(
                    insert(origins).values(
                        origin_id=origin, device_key=device_key, held_seq=0, created_ms=now_ms
                    )
                )
                held = 0
            elif bound[0] != device_key:
                raise OriginError("this log belongs to another device")
            else:
                held = int(bound[1])
            if first_seq > held + 1 or not rows:
                return held, 0  # a gap: store nothing, the device resends from held + 1
            skip = held + 1 - first_seq
            if skip > 0:
                self._check_same(conn, origin, first_seq, rows[:skip])
            fresh = rows[skip:]
            if fresh:
                top, previous = history.top(conn)
                chain = history.links(previous, origin, ((c.seq, c.hlc) for c in fresh))
                dumps, codes = json_text.dumps, OP_CODES
                values = [
                    (
                        top + 1 + i,
                        origin,
                        c.seq,
                        c.hlc,
                        c.entity,
                        c.entity_id,
                        codes[c.op],
                        dumps(c.fields),
                        c.seen,
                        now_ms,
                        chain[i],
                    )
                    for i, c in enumerate(fresh)
                ]
                self.db.dialect.insert_rows(conn, changes, STORED_COLUMNS, values)
                held += len(fresh)
                self._scrub_erased(conn, fresh)
                conn.execute(
                    update(origins).where(origins.c.origin_id == origin).values(held_seq=held)
                )
            conn.execute(
                update(devices).where(devices.c.key == device_key).values(last_sync_ms=now_ms)
            )
        if any(c.op is Op.DELETE for c in fresh):
            self.db.dialect.after_erasure(self.db.engine)
        return held, len(fresh)

    def _check_same(
        self, conn: Connection, origin: str, first_seq: int, rows: Sequence[Change]
    ) -> None:
        """Changes the server already holds must be the same changes (same stamps): otherwise
        the laptop reuses sequence numbers (a database copied back by hand, not restored)."""
        stored = dict(
            conn.execute(
                select(changes.c.device_seq, changes.c.hlc).where(
                    changes.c.device_id == origin,
                    changes.c.device_seq.between(first_seq, first_seq + len(rows) - 1),
                )
            ).all()
        )
        for change in rows:
            if stored.get(change.seq, change.hlc) != change.hlc:
                raise LogMismatchError(change.seq)

    def _scrub_erased(self, conn: Connection, rows: Sequence[Change]) -> None:
        """After storing ``rows``: for every record they touch that has a delete in the log
        (in this push or earlier), remove the erased fields from the record's edits."""
        edited = {change.entity for change in rows if change.op is not Op.FACT}
        for entity in sorted(edited):
            if not self._has_deletes(conn, entity):
                continue  # nothing of this entity was ever erased: no record to look up
            ids = {c.entity_id for c in rows if c.entity == entity and c.op is not Op.FACT}
            found = conn.execute(
                select(*CHANGE_COLUMNS).where(
                    changes.c.entity == entity,
                    ERASED,  # as the partial index says it: the index is used
                    changes.c.entity_id.in_(self.db.dialect.texts(sorted(ids))),
                )
            )
            tombstones = [decode_change(row) for row in found]
            for tombstone in tombstones:
                erased = sorted(tombstone.fields)
                log_scrub.scrub_log(conn, changes, entity, tombstone.entity_id, erased)
            erasure.erase_in_snapshot(conn, tombstones)

    @staticmethod
    def _has_deletes(conn: Connection, entity: str) -> bool:
        """Whether the log holds any delete of ``entity`` (one step into the partial index of
        deletes: most entities' pushes then skip looking up each of their records)."""
        found = conn.execute(
            select(changes.c.server_seq).where(changes.c.entity == entity, ERASED).limit(1)
        )
        return found.first() is not None

    def snapshot_records(self, after: tuple[str, str] | None, limit: int) -> RecordPage:
        """A page of merged records (bringing them up to date first when the page is the first)."""
        if after is None:
            with self.db.serialised() as conn:
                upto = snapshots.materialize(conn, self.db.dialect)
        else:
            upto = 0
        with self.db.read() as conn:
            rows, more = snapshots.record_page(conn, self.db.dialect, after, limit)
        return RecordPage(upto, rows, more)

    def snapshot_size(self) -> int:
        with self.db.read() as conn:
            return snapshots.record_count(conn)

    def materialize_step(self) -> bool:
        """Fold at most one chunk of new record changes into the snapshot state, holding the
        push lock only that long. Returns True while more is left to fold."""
        with self.db.serialised() as conn:
            upto = snapshots.materialize(conn, self.db.dialect, max_chunks=1)
        return upto < self.latest()

    def fold_lag(self) -> FoldLag | None:
        """Two steps into the log's primary key: the first change after the folded sequence,
        and the newest one (pushes of every server process on the database count)."""
        with self.db.read() as conn:
            folded = select(meta.c.value).where(meta.c.key == snapshots.MATERIALIZED)
            upto = int(conn.execute(folded).scalar() or 0)
            arrived = select(changes.c.received_ms)
            oldest = conn.execute(
                arrived.where(changes.c.server_seq > upto).order_by(changes.c.server_seq).limit(1)
            ).scalar()
            if oldest is None:
                return None
            newest = conn.execute(arrived.order_by(changes.c.server_seq.desc()).limit(1)).scalar()
            return FoldLag(int(oldest), int(newest if newest is not None else oldest))

    def data_schema(self) -> int:
        """The newest data schema any device has written to this server (1 at first)."""
        with self.db.read() as conn:
            value = conn.execute(select(meta.c.value).where(meta.c.key == "data_schema"))
            return int(value.scalar() or 1)

    def raise_data_schema(self, version: int) -> None:
        """Never lowers it, whichever server process another device raised it through."""
        with self.db.write() as conn:
            self.db.dialect.insert_missing(
                conn, meta, [{"key": "data_schema", "value": version}], ["key"]
            )
            conn.execute(
                update(meta)
                .where(meta.c.key == "data_schema", meta.c.value < version)
                .values(value=version)
            )

    def latest(self) -> int:
        with self.db.read() as conn:
            value = conn.execute(select(func.coalesce(func.max(changes.c.server_seq), 0)))
            return int(value.scalar_one())

    def own_changes(
        self, device_key: str, origin: str, after: int, limit: int
    ) -> list[StoredChange]:
        """An origin of the asking device: its changes with sequence above ``after``, in order.
        What a laptop restored from a backup takes back."""
        with self.db.read() as conn:
            if origin not in self.origins_of(conn, device_key):
                raise OriginError("this log belongs to another device")
            mine = (changes.c.device_id == origin) & (changes.c.device_seq > after)
            size = page_bytes.size_of(self.db.dialect, changes.c.fields)
            query = select(*CHANGE_COLUMNS, size).where(mine).order_by(changes.c.device_seq)
            rows, _more = page_bytes.page_rows(conn, query, limit)
            conn.commit()
        return [stored_change(r[:-1]) for r in rows]

    def pull(
        self,
        device_key: str | None,
        after: int,
        limit: int,
        now_ms: int,
        facts_upto: int | None = None,
    ) -> PullPage:
        """Changes after server sequence ``after``, except the asking device's own origins
        (all when device_key is None); ``after`` is recorded as the device's applied cursor. With
        ``facts_upto`` (after a snapshot's records): only facts, up to that sequence.
        """
        where = changes.c.server_seq > after
        if facts_upto is not None:
            where = where & (changes.c.server_seq <= facts_upto) & (changes.c.op == Op.FACT.value)
        with self.db.read() as conn:
            own = set(self.origins_of(conn, device_key)) if device_key is not None else set()
            size = page_bytes.size_of(self.db.dialect, changes.c.fields)
            query = select(*CHANGE_COLUMNS, size).where(where).order_by(changes.c.server_seq)
            scanned, more = page_bytes.page_rows(conn, query, limit)
            last = stored_change(scanned[-1][:-1]) if scanned else None
            cursor = last.server_seq if last is not None else after
            chain: str | None = last.chain if last is not None else None
            if facts_upto is not None and not more:
                cursor = facts_upto  # the snapshot's records cover every record change up to here
                chain = None
            if chain is None:
                chain = history.chain_at(conn, cursor)
            conn.commit()
        if device_key is not None:
            with self.db.write(durable=False) as conn:
                conn.execute(
                    update(devices)
                    .where(devices.c.key == device_key)
                    .values(pull_cursor=after, last_sync_ms=now_ms)
                )
        # each row: ``CHANGE_COLUMNS`` (the origin second), then its size
        if own:
            rows = [stored_change(r[:-1]) for r in scanned if r[1] not in own]
        else:
            rows = [stored_change(r[:-1]) for r in scanned]
        return PullPage(rows, cursor, more, chain)
