"""The store's side of sync: the outbox of each of this laptop's log origins, what the server
acknowledged, the pull cursor and its history id, applying pages, and the two repairs a sync may
need: taking back this laptop's own changes from the server, and new stamps for unsent changes
made while the laptop's clock ran ahead.

A pulled page is applied, the clock advanced and the cursor moved in one transaction, so a broken
pull resumes exactly where it stopped and nothing is applied twice. Any thread may call these.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from mandrivna.core import json_text
from mandrivna.core.change import Change, Changed, Op
from mandrivna.core.fact_shape import FactShape
from mandrivna.core.hlc import HybridClock, wall_ms_of
from mandrivna.core.restamp import ahead_limit, restamped
from mandrivna.store import catch_up_backlog, caught_up_facts, deferred_indexes, lineage, tables
from mandrivna.store.bulk_sql import fetch, insert_log
from mandrivna.store.database import Database
from mandrivna.store.entities import ENTITIES, Kind
from mandrivna.store.local_state import SyncState
from mandrivna.store.replica import apply_states, replay, store_and_apply

_log = tables.change_log
_device = tables.device_state
_origins = tables.own_origin
_sync = tables.sync_state
_warnings = tables.clock_warning
_COLUMNS = (
    _log.c.device_id,
    _log.c.seq,
    _log.c.hlc,
    _log.c.entity,
    _log.c.entity_id,
    _log.c.op,
    _log.c.fields,
    _log.c.seen,
)


# A logged change ready to be sent: (seq, hlc, entity, entity_id, op code, fields, seen), its
# fields the compact JSON bytes the wire carries (``json_text.stored_as_sent``).
SendableChange = tuple[int, int, str, str, str, bytes, int]

_OUTBOX = (
    "SELECT seq, hlc, entity, entity_id, op, fields, seen FROM change_log "
    "WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT ?"
)


@dataclass(frozen=True)
class PullApplied:
    changed: Changed
    clock_warnings: int


def ensure_sync_row(conn: Connection) -> None:
    if conn.execute(select(_sync.c.id)).first() is None:
        conn.execute(insert(_sync).values(id=1, pull_cursor=0))


_OPS = {op.value: op for op in Op}  # ``Op(code)`` without the enum's call per change


def _change(row: Any) -> Change:
    return Change(row[0], row[1], row[2], row[3], row[4], _OPS[row[5]], row[6], row[7])


def _log_of(conn: Connection, origin: str, where: Any, limit: int | None = None) -> list[Change]:
    """An origin's logged changes matching ``where``, in sequence order."""
    query = select(*_COLUMNS).where(_log.c.device_id == origin, where).order_by(_log.c.seq)
    if limit is not None:
        query = query.limit(limit)
    return [_change(r) for r in conn.execute(query)]


def _touched(changes: Sequence[Change]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        out[change.entity].add(change.entity_id)
    return out


class SyncStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- state ------------------------------------------------------------------------------
    def state(self) -> SyncState:
        with self.db.read() as conn:
            row = conn.execute(select(_sync)).mappings().first()
        return SyncState(**row) if row else SyncState()

    def update_state(self, **values: object) -> None:
        with self.db.transaction() as conn:
            ensure_sync_row(conn)
            conn.execute(update(_sync).values(**values))

    def device_id(self) -> str:
        """This laptop's identity on the server (enrollment)."""
        device = self.db.device()
        if device is None:
            raise LookupError("device not set up")
        return device.device_id

    def origin(self) -> str:
        """The origin this database writes its changes under now."""
        device = self.db.device()
        if device is None or device.origin_id is None:
            raise LookupError("device not set up")
        return device.origin_id

    def own_origins(self) -> dict[str, int]:
        """Every origin this laptop wrote under, and how much of it the server acknowledged."""
        with self.db.read() as conn:
            rows = conn.execute(select(_origins.c.origin_id, _origins.c.acked_seq))
            return {r[0]: int(r[1]) for r in rows}

    def local_max(self, origin: str) -> int:
        with self.db.read() as conn:
            value = conn.execute(select(func.max(_log.c.seq)).where(_log.c.device_id == origin))
            return int(value.scalar() or 0)

    def set_acked(self, origin: str, held: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                update(_origins).where(_origins.c.origin_id == origin).values(acked_seq=held)
            )

    def count_outbox(self) -> int:
        """Changes of this laptop the server has not acknowledged, all origins together."""
        with self.db.read() as conn:
            total = 0
            for origin, acked in conn.execute(select(_origins.c.origin_id, _origins.c.acked_seq)):
                total += int(
                    conn.execute(
                        select(func.count())
                        .select_from(_log)
                        .where(_log.c.device_id == origin, _log.c.seq > acked)
                    ).scalar_one()
                )
            return total

    def outbox(self, origin: str, after_seq: int, limit: int) -> list[Change]:
        """An origin's changes after ``after_seq``, in order."""
        with self.db.read() as conn:
            return _log_of(conn, origin, _log.c.seq > after_seq, limit)

    def outbox_to_send(self, origin: str, after_seq: int, limit: int) -> list[SendableChange]:
        """``outbox`` as the wire carries it: each change's fields the very JSON bytes the app
        would write of the fields ``outbox`` reads, taken from the log's text without building
        them (read through the driver: no per-row work of SQLAlchemy's)."""
        as_sent = json_text.stored_as_sent
        with self.db.read() as conn:
            rows = fetch(conn, _OUTBOX, (origin, after_seq, limit))
        return [(r[0], r[1], r[2], r[3], r[4], as_sent(r[5]), r[6]) for r in rows]

    def reset_pull(self) -> None:
        """The server's history is not the one pulled from (it was restored from a backup, or
        it is another server): pull everything again (applying is idempotent)."""
        self.update_state(pull_cursor=0, pull_chain=None)

    def record_clock(self, skew_ms: int, server_time_ms: int) -> None:
        self.update_state(clock_skew_ms=skew_ms, server_time_ms=server_time_ms)

    # --- applying what the server sends -----------------------------------------------------
    def apply_pulled(
        self, changes: Sequence[Change], cursor: int, chain: str, server_now_ms: int | None
    ) -> PullApplied:
        """Apply one pulled page and move the cursor (with its history id), in one transaction."""
        with self.db.transaction(durable=False) as conn:
            now = self.db.physical_clock()
            changed = store_and_apply(conn, changes, now)
            stamps = [(c.device_id, c.hlc) for c in changes]
            warnings = self._advance_clock(conn, stamps, now, server_now_ms)
            ensure_sync_row(conn)
            conn.execute(update(_sync).values(pull_cursor=cursor, pull_chain=chain))
        return PullApplied(changed, warnings)

    def apply_caught_up_rows(
        self,
        rows: Mapping[str, list[tuple[Any, ...]]],
        rest: Sequence[Change],
        cursor: int,
        chain: str,
        server_now_ms: int | None,
    ) -> PullApplied:
        """``apply_pulled`` for the facts a catch-up takes after a snapshot's records, pulled
        straight into their rows (``caught_up_facts.shapes``: ``(id, device_id, hlc, …)`` by
        entity), and the other changes pulled with them (``rest``): the facts go into their
        tables without a copy in the log, and the loans of copies their events name wait for
        ``finish_catch_up`` (``caught_up_facts``)."""
        with self.db.transaction(durable=False) as conn:
            now = self.db.physical_clock()
            changed = caught_up_facts.apply_rows(conn, rows, rest, now)
            stamps = [(c.device_id, c.hlc) for c in rest]
            bound = ahead_limit(_reference_ms(now, server_now_ms))
            for made in rows.values():
                stamps.extend(_facts_stamps(made, bound))
            warnings = self._advance_clock(conn, stamps, now, server_now_ms)
            ensure_sync_row(conn)
            conn.execute(update(_sync).values(pull_cursor=cursor, pull_chain=chain))
        return PullApplied(changed, warnings)

    def fact_shapes(self) -> Mapping[str, FactShape]:
        """How each fact entity's row is made (``caught_up_facts.shapes``)."""
        return caught_up_facts.shapes()

    def defer_fact_indexes(self, expected: int) -> list[str]:
        """Before a catch-up's ``expected`` facts: their tables' lookup indexes left out until
        ``finish_catch_up`` when the laptop holds far fewer (``deferred_indexes``)."""
        tables = [spec.table.name for spec in ENTITIES.values() if spec.kind is Kind.FACT]
        with self.db.transaction(durable=False) as conn:
            return deferred_indexes.defer(conn, tables, expected)

    def catch_up_left(self) -> int:
        """How many copies a catch-up left waiting for their loans, and records for their search
        entries (none, nearly always)."""
        with self.db.read() as conn:
            return catch_up_backlog.waiting(conn)

    def finish_catch_up(self, progress: Callable[[int, int], None] | None = None) -> Changed:
        """Build the fact tables' indexes a catch-up left out, one a transaction, then project
        the loans it left waiting (the loan table's own indexes left out meanwhile if they are
        many, ``catch_up_backlog.defer_loan_indexes``) and index the catalogue records again, a
        few thousand a transaction (``progress(done, total)`` after each); an empty backlog
        costs one small read."""
        changed = Changed()
        with self.db.read() as conn:
            if not catch_up_backlog.any_waiting(conn):
                return changed
        with self.db.transaction(durable=False) as conn:
            catch_up_backlog.defer_loan_indexes(conn)
            left = catch_up_backlog.waiting(conn)
        done = 0
        if progress is not None:
            progress(0, left)
        while True:
            with self.db.transaction(durable=False) as conn:
                kind, ids, added = catch_up_backlog.finish_some(conn)
                # counted again after an index, and after the last loans (the loan table's
                # indexes weigh as the rows now in it); otherwise worked out, not looked up
                counted = kind == catch_up_backlog.FACT_INDEX or (
                    kind == catch_up_backlog.LOANS and not catch_up_backlog.any_loans(conn)
                )
                before, left = left, catch_up_backlog.waiting(conn) if counted else left
            if not ids:
                break
            if kind == catch_up_backlog.FACT_INDEX:  # counted as the copies it takes as long as
                done += max(0, before - left)
            else:  # the copies' loans and whether on loan; records found by copies' barcodes
                done += len(ids)
                if not counted:  # with the records of copies lent or back
                    left = max(0, left - len(ids)) + added
                entity = "book_copy" if kind == catch_up_backlog.LOANS else "bib_record"
                changed.entities[entity].update(ids)
            if progress is not None:
                progress(done, done + left)
        return changed

    def apply_snapshot_records(
        self, records: Sequence[tuple[str, str, dict[str, Any], dict[str, Any] | Sequence[Any]]]
    ) -> Changed:
        """Merge one page of a snapshot's records (the cursor does not move: records first,
        then the facts up to the snapshot's point, then ordinary pulls)."""
        with self.db.transaction(durable=False) as conn:
            return apply_states(conn, records, self.db.physical_clock(), catching_up=True)

    def take_back(self, origin: str, theirs: Sequence[Change], held: int) -> Changed:
        """Make this laptop's log of ``origin`` agree with the server's (``theirs``: the
        server's changes of it, in order, up to ``held``).

        Changes the server holds and this laptop lacks are stored and merged (a restore from an
        older backup). Where this laptop holds a change under a number the server holds with
        other content (a database copied back by hand, which goes on numbering), this laptop's
        changes from there on move to a new origin, keeping their stamps and effects, to be
        sent as new: nothing is lost and no number means two things."""
        theirs = sorted(theirs, key=lambda c: c.seq)
        server = {c.seq: c for c in theirs}
        with self.db.transaction() as conn:
            now = self.db.physical_clock()
            current = conn.execute(select(_device.c.origin_id)).scalar_one()
            start = theirs[0].seq if theirs else held + 1
            local = _log_of(conn, origin, _log.c.seq >= start)
            split = next(
                (c.seq for c in local if c.seq in server and server[c.seq].hlc != c.hlc), None
            )
            moved = [c for c in local if split is not None and c.seq >= split]
            if moved:
                conn.execute(
                    _log.delete().where(
                        _log.c.device_id == origin, _log.c.seq.in_([c.seq for c in moved])
                    )
                )
                successor = lineage.new_origin(conn, now, current=origin == current)
                renumbered = [
                    replace(c, device_id=successor, seq=n) for n, c in enumerate(moved, 1)
                ]
                insert_log(conn, renumbered, now)
                if origin == current:
                    conn.execute(update(_device).values(seq_last=len(renumbered)))
            changed = store_and_apply(conn, theirs, now)
            if moved:
                changed.merge(replay(conn, _touched([*moved, *theirs]), now))
            elif origin == current and theirs:
                seq_last = conn.execute(select(_device.c.seq_last)).scalar_one()
                conn.execute(update(_device).values(seq_last=max(int(seq_last), theirs[-1].seq)))
            conn.execute(
                update(_origins).where(_origins.c.origin_id == origin).values(acked_seq=held)
            )
            hlc = conn.execute(select(_device.c.hlc_last)).scalar_one()
            newest = max([c.hlc for c in theirs], default=0)
            conn.execute(update(_device).values(hlc_last=max(int(hlc), newest)))
        return changed

    def restamp_unsent(self, server_now_ms: int) -> int:
        """New stamps for this laptop's unsent changes that are stamped ahead of the server's
        clock (see ``core.restamp``); the records and facts they wrote are computed again and
        the clock moves back to the newest stamp that is not ahead. Returns how many changes
        got new stamps."""
        limit = ahead_limit(server_now_ms)
        with self.db.transaction() as conn:
            acked: dict[str, int] = {
                r[0]: int(r[1])
                for r in conn.execute(select(_origins.c.origin_id, _origins.c.acked_seq))
            }
            unsent: list[Change] = []
            floor = 0
            for origin, seq in acked.items():
                unsent.extend(_log_of(conn, origin, _log.c.seq > seq))
                sent = conn.execute(
                    select(func.max(_log.c.hlc)).where(
                        _log.c.device_id == origin, _log.c.seq <= seq, _log.c.hlc <= limit
                    )
                ).scalar()
                floor = max(floor, int(sent or 0))
            unsent.sort(key=lambda c: (c.hlc, c.device_id, c.seq))
            stamps = restamped([(c.hlc, c.seen) for c in unsent], floor, server_now_ms)
            if stamps is None:
                return 0
            now = self.db.physical_clock()
            moved = [(c, stamp) for c, stamp in zip(unsent, stamps, strict=True) if stamp != c.hlc]
            for change, stamp in moved:
                seen = change.seen if change.seen <= limit else stamp - 1  # it saw all before it
                conn.execute(
                    update(_log)
                    .where(_log.c.device_id == change.device_id, _log.c.seq == change.seq)
                    .values(hlc=stamp, seen=seen)
                )
            replay(conn, _touched([c for c, _ in moved]), now)
            newest = conn.execute(select(func.max(_log.c.hlc)).where(_log.c.hlc <= limit))
            conn.execute(update(_device).values(hlc_last=int(newest.scalar() or 0)))
        return len(moved)

    # --- clocks -----------------------------------------------------------------------------
    def _advance_clock(
        self,
        conn: Connection,
        stamps: Sequence[tuple[str, int]],
        now: int,
        server_now_ms: int | None,
    ) -> int:
        """Take remote stamps (``(device_id, hlc)``) into this device's clock, except those far
        ahead of the server's time (or of ours, when the server's is not known), which are
        flagged per device instead. A laptop whose date is behind thus still orders its edits
        after what it has seen."""
        state = conn.execute(select(_device.c.hlc_last)).first()
        if state is None or not stamps:
            return 0
        clock = HybridClock(state[0], self.db.physical_clock)
        reference = _reference_ms(now, server_now_ms)
        limit = ahead_limit(reference)
        newest_sane = 0
        ahead: dict[str, int] = {}  # per origin: its newest stamp beyond the bound
        for device_id, hlc in stamps:
            if hlc > limit:
                ahead[device_id] = max(ahead.get(device_id, 0), hlc)
            elif hlc > newest_sane:
                newest_sane = hlc
        clock.observe(newest_sane, reference)
        conn.execute(update(_device).values(hlc_last=clock.last))
        if newest_sane:
            ensure_sync_row(conn)
            seen = conn.execute(select(_sync.c.newest_seen_hlc)).scalar()
            conn.execute(update(_sync).values(newest_seen_hlc=max(int(seen or 0), newest_sane)))
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


def _reference_ms(now: int, server_now_ms: int | None) -> int:
    """The time stamps are judged against: the server's when it is later than ours."""
    return max(now, server_now_ms or 0)


_HLC = itemgetter(2)  # of a fact's row: (id, device_id, hlc, …)


def _facts_stamps(rows: Sequence[tuple[Any, ...]], bound: int) -> list[tuple[str, int]]:
    """The stamps of facts' rows the clock must see (``SyncStore._advance_clock``, whose bound
    of stamps ahead is ``bound``): the newest alone when none is beyond the bound (every other
    one changes nothing: the clock takes the newest of the rest), else every one (those beyond
    it are told per device). A catch-up's hundred thousand facts a transaction made a pair
    each (6 s of a whole library's catch-up, mostly the collector's passes over them)."""
    if not rows:
        return []
    newest = max(rows, key=_HLC)
    if newest[2] <= bound:
        return [(newest[1], newest[2])]
    return [(row[1], row[2]) for row in rows]
