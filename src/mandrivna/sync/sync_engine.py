"""One full sync: check the server's history and clock, take back this laptop's own changes it
lacks, push what is waiting, then pull everyone else's.

- **History.** The laptop keeps the server's history id at its pull cursor; when the server's
  differs (it was restored from a backup and numbers new changes again, or it is another server)
  the laptop pulls again from the start, which is idempotent.
- **Clock.** The server refuses changes stamped more than ten minutes ahead of its clock; the
  laptop then gives its unsent changes new stamps (no one else has seen them) and pushes again.
- **Own changes.** The laptop writes under log origins (a new one after every restore from a
  backup); the server tells how much of each it holds. Changes it holds and the laptop lacks are
  taken back; a number the server holds with other content makes the laptop move its own changes
  to a new origin (``SyncStore.take_back``).
- **Push** sends each origin's changes after the last one the server acknowledged, in batches;
  the server's answer (``held``) is the only thing that moves the acknowledgement, so a lost
  answer or a retry is always safe.
- **Pull** asks for the changes after the cursor, page by page; each page is applied and the
  cursor moved in one local transaction, so a broken pull resumes where it stopped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from mandrivna.core.change import Change, Changed
from mandrivna.core.errors import SyncError
from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import collection_pause
from mandrivna.store.sync_store import PullApplied, SyncStore
from mandrivna.sync import held_facts
from mandrivna.sync.held_facts import HeldFacts
from mandrivna.sync.page_prefetch import page_sizes, pages_ahead, pages_streamed, prefetching
from mandrivna.sync.push_batches import Batch, Flying, drain, make_batch, waiting
from mandrivna.sync.transport import ClockAhead, LogMismatch
from mandrivna.wire import (
    MAX_BATCH,
    OwnChangesResponse,
    PullResponse,
    PushResponse,
    SnapshotPage,
    StatusResponse,
    from_own,
    from_pulled,
)

# A laptop this many changes behind the server catches up from a snapshot (merged records)
# instead of replaying every change.
SNAPSHOT_FROM = 20_000
# How often one sync retries a push after repairing (new stamps, changes taken back).
REPAIRS = 3

# progress(phase, done, total): phase is "push" (changes sent of those waiting), "pull"
# (everything received so far: changes, snapshot records; of an estimate of all there is to
# receive, which firms up as the pull goes) or "finish" (copies whose loans and catalogue records
# whose search entries a catch-up left to compute at its end, of how many); total is 0 when
# unknown.
Progress = Callable[[str, int, int], None]


class Transport(Protocol):
    def push_body(self, body: bytes) -> PushResponse:
        """Send one push whose body is made already (``wire.push_body``)."""
        ...

    def pull(self, after: int, limit: int, facts_upto: int | None = None) -> PullResponse: ...

    def status(self, cursor: int, pending: int | None = None) -> StatusResponse: ...

    def own(self, origin: str, after: int, limit: int) -> OwnChangesResponse: ...

    def snapshot(self, after: tuple[str, str] | None, limit: int) -> SnapshotPage: ...


@dataclass
class SyncReport:
    pushed: int = 0  # changes the server stored for the first time
    pulled: int = 0  # changes from other devices applied here for the first time
    taken_back: int = 0  # this laptop's own changes it had lost (restored from a backup)
    restamped: int = 0  # unsent changes given new stamps (the clock ran ahead)
    conflicts: int = 0
    clock_warnings: int = 0
    clock_ahead_ms: int = 0  # this laptop's clock runs ahead of the server's by this much
    clock_behind_ms: int = 0  # ... or behind it by this much (over a day)
    history_reset: bool = False  # the server's history changed: everything pulled again
    snapshot_records: int = 0  # records received merged, in a snapshot
    changed: Changed = field(default_factory=Changed)

    @property
    def received(self) -> int:
        """Everything that arrived: changes, records of a snapshot, own changes taken back."""
        return self.pulled + self.snapshot_records + self.taken_back


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


DAY_MS = 24 * 3600 * 1000


def check_server(store: SyncStore, transport: Transport, report: SyncReport) -> StatusResponse:
    """Ask the server where things stand; act on its history and clock."""
    state = store.state()
    sent_at = store.db.physical_clock()
    status = transport.status(state.pull_cursor, store.count_outbox())
    skew = sent_at - status.server_time_ms
    store.record_clock(skew, status.server_time_ms)
    if skew > DEFAULT_MAX_AHEAD_MS:
        report.clock_ahead_ms = skew
    elif skew < -DAY_MS:
        report.clock_behind_ms = -skew
    if state.pull_cursor and (state.pull_chain or status.chain) != status.chain:
        store.reset_pull()  # restored from a backup, or another server: pull it all again
        report.history_reset = True
    for origin, acked in store.own_origins().items():
        held = status.origins.get(origin, 0)  # an origin unknown to it: the server holds none
        if held < acked:
            store.set_acked(origin, held)  # the server lost some (restored): send them again
    report.restamped += store.restamp_unsent(status.server_time_ms)
    take_back_own(store, transport, status.origins, report)
    return status


def take_back_own(
    store: SyncStore, transport: Transport, held: dict[str, int], report: SyncReport
) -> None:
    """This laptop's origins of which the server holds more than the laptop (it was restored
    from a backup): take their changes back."""
    for origin, server_held in held.items():
        local = store.local_max(origin)
        if server_held > local:
            _take_back(store, transport, origin, local, server_held, report)


def _take_back(
    store: SyncStore,
    transport: Transport,
    origin: str,
    after: int,
    held: int,
    report: SyncReport,
) -> None:
    theirs: list[Change] = []
    while True:
        page = transport.own(origin, after, MAX_BATCH)
        theirs.extend(from_own(origin, row) for row in page.changes)
        if not page.more or not page.changes:
            break
        after = theirs[-1].seq
    changed = store.take_back(origin, theirs, held)
    report.taken_back += changed.stored
    report.changed.merge(changed)


def push_all(
    store: SyncStore,
    transport: Transport,
    report: SyncReport,
    progress: Progress = _no_progress,
    batch: int = MAX_BATCH,
) -> None:
    """Up to ``transport.pushes_in_flight`` batches (1 unless it says more) travel at once, each
    in a thread of its own, and the next one is read from the log and its body made
    (compressed too) while they travel, as if each will be held whole (nearly always so): the
    laptop's work and the server's overlap, and the server has the next push in hand while it
    stores the current one. Answers are read in the order the batches left. Only the server's
    answers move the acknowledgement: a batch that overtook the one before it (the server
    answered a gap: it did not hold that one yet) is sent again once that one is held, and
    batches made or sent ahead that the answers do not lead to are dropped (their answers are
    waited for before anything is repaired)."""
    depth = max(1, int(getattr(transport, "pushes_in_flight", 1)))
    total = store.count_outbox()
    done = 0
    repairs = 0
    with prefetching("sync-push") as sender:  # a push in flight when the sync stops is dropped

        def send(one: Batch, behind: bool) -> Flying:
            return Flying(one, behind, sender.submit(transport.push_body, one.body))

        def dropped(flying: deque[Flying]) -> None:
            """The batches still on their way, waited for: what they stored counts."""
            nonlocal done
            stored = drain(flying)
            report.pushed += stored
            done = min(total, done + stored)

        this = waiting(store, batch)
        while this is not None:
            flying = deque([send(this, False)])
            ahead = None  # the next batch, made while the others travel
            while flying:
                newest = flying[-1].batch
                if ahead is None and store.local_max(newest.origin) > newest.last:
                    ahead = make_batch(store, newest.origin, newest.last, batch)
                    if len(flying) < depth:
                        flying.append(send(ahead, True))
                        ahead = None
                        continue
                head = flying.popleft()
                sent = head.batch
                try:
                    response = head.answer.result()
                except ClockAhead as exc:
                    dropped(flying)
                    repairs = _repair(repairs, exc)
                    report.clock_ahead_ms = max(report.clock_ahead_ms, exc.ahead_ms)
                    report.restamped += store.restamp_unsent(exc.server_time_ms)
                    break
                except LogMismatch as exc:
                    dropped(flying)
                    repairs = _repair(repairs, exc)
                    _take_back_after_mismatch(store, transport, sent.origin, sent.after, report)
                    break
                if head.behind and response.held < sent.first:
                    # overtaken: the one before it was not held yet when it came; it is now
                    dropped(flying)
                    break
                follows = response.held == sent.last
                if not follows:
                    dropped(flying)  # they follow on from a batch not held
                    ahead = None
                elif ahead is not None:  # a place is free: off before the acknowledgement
                    flying.append(send(ahead, bool(flying)))
                    ahead = None
                report.pushed += response.stored
                if response.held < sent.first:
                    repairs = _repair(repairs, None)  # the server holds less: resend from there
                store.set_acked(sent.origin, response.held)
                if response.held > store.local_max(sent.origin):
                    _take_back(
                        store,
                        transport,
                        sent.origin,
                        store.local_max(sent.origin),
                        response.held,
                        report,
                    )
                done = min(total, done + response.stored)
                progress("push", done, total)
                if not follows:
                    break
            this = waiting(store, batch)


def _take_back_after_mismatch(
    store: SyncStore, transport: Transport, origin: str, acked: int, report: SyncReport
) -> None:
    """The server holds other changes under numbers this laptop used: fetch all the server
    holds of this origin after the acknowledgement, and let the store move ours aside."""
    status = transport.status(store.state().pull_cursor)
    held = status.origins.get(origin, acked)
    _take_back(store, transport, origin, acked, held, report)


def _repair(repairs: int, cause: Exception | None) -> int:
    if repairs >= REPAIRS:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server did not accept this laptop's changes. Try again later; nothing "
                "recorded here is lost.",
            )
        ) from cause
    return repairs + 1


def _tell_pull(progress: Progress, report: SyncReport, remaining: int, held: int = 0) -> None:
    """Received so far (``held``: pages in, to be written with the next), of received plus what
    the server still holds for this laptop."""
    done = report.snapshot_records + report.pulled + held
    progress("pull", done, done + max(0, remaining))


def _apply_page(
    store: SyncStore, page: PullResponse, report: SyncReport, server_now: int | None
) -> None:
    """Apply one pulled page."""
    changes = [from_pulled(page.devices, row) for row in page.changes]
    _count(report, store.apply_pulled(changes, page.cursor, page.chain, server_now))


def _write_held(
    store: SyncStore, held: HeldFacts, report: SyncReport, server_now: int | None
) -> None:
    """Write a catch-up's facts held (with the cursor of the last page held)."""
    rows, rest, last = held.take()
    if last is not None:
        applied = store.apply_caught_up_rows(rows, rest, last.cursor, last.chain, server_now)
        _count(report, applied)


def _count(report: SyncReport, applied: PullApplied) -> None:
    report.pulled += applied.changed.stored
    report.conflicts += applied.changed.conflicts
    report.clock_warnings += applied.clock_warnings
    report.changed.merge(applied.changed)


def catch_up_by_snapshot(
    store: SyncStore,
    transport: Transport,
    report: SyncReport,
    progress: Progress = _no_progress,
    batch: int = MAX_BATCH,
    server_now: int | None = None,
    latest: int | None = None,
) -> None:
    """Records as merged states, then the facts up to the snapshot's point. Every step merges
    idempotently, so a broken snapshot is simply started again at the next sync. (``latest``:
    the server's newest sequence, for the progress.)"""
    cursor = store.state().pull_cursor
    upto, total, facts = 0, 0, 0  # facts: at most this many up to the snapshot's point
    records_sizes, facts_sizes = page_sizes(batch), page_sizes(batch)

    def snapshot_after(page: SnapshotPage) -> Callable[[], SnapshotPage] | None:
        if not (page.more and page.records):
            return None
        after = (page.records[-1][0], page.records[-1][1])
        limit = next(records_sizes)
        return lambda: transport.snapshot(after, limit)

    def facts_after(page: PullResponse) -> Callable[[], PullResponse] | None:
        if not page.more:
            return None
        limit = next(facts_sizes)
        return lambda: transport.pull(page.cursor, limit, facts_upto=upto)

    def first_records() -> SnapshotPage:
        return transport.snapshot(None, next(records_sizes))

    # the collector held off while the pages arrive (``collection_pause``), on again for the end
    with collection_pause.held_off(), prefetching() as fetcher:
        first = True
        for page in pages_ahead(fetcher, first_records, snapshot_after):
            if first:  # each record had a change: the rest up to the point are facts
                upto, total, first = page.upto, page.total, False
                facts = max(0, upto - cursor - total)
            changed = store.apply_snapshot_records(page.records)
            report.snapshot_records += len(page.records)
            report.conflicts += changed.conflicts
            report.changed.merge(changed)
            more = page.more and bool(page.records)
            left = max(0, total - report.snapshot_records) if more else 0
            _tell_pull(progress, report, left + facts + max(0, (latest or upto) - upto))

        def first_facts() -> PullResponse:
            return transport.pull(cursor, next(facts_sizes), facts_upto=upto)

        store.defer_fact_indexes(facts)
        held = HeldFacts(store.fact_shapes())
        try:
            depth = held_facts.FACTS_AT_ONCE // max(1, batch) + 1  # fetched while one is written
            for page_of_facts in pages_streamed(first_facts, facts_after, depth):
                held.add(page_of_facts)
                if held.full or not page_of_facts.more:
                    _write_held(store, held, report, server_now)
                left = min(facts - report.pulled - held.count, upto - page_of_facts.cursor)
                left = left if page_of_facts.more else 0
                after = max(0, left) + max(0, (latest or upto) - upto)
                _tell_pull(progress, report, after, held.count)
        finally:
            _write_held(store, held, report, server_now)  # a link lost: what came is kept
    finish_catch_up(store, report, progress)


def finish_catch_up(
    store: SyncStore, report: SyncReport, progress: Progress = _no_progress
) -> None:
    """The loans a catch-up's facts left waiting, projected once (``SyncStore.finish_catch_up``):
    after its last page, or at the next sync if it was stopped before."""
    report.changed.merge(  # nothing waiting: one look-up
        store.finish_catch_up(lambda done, total: progress("finish", done, total))
    )


def pull_all(
    store: SyncStore,
    transport: Transport,
    report: SyncReport,
    progress: Progress = _no_progress,
    batch: int = MAX_BATCH,
    snapshot_from: int = SNAPSHOT_FROM,
    latest: int | None = None,
    server_now: int | None = None,
) -> None:
    """Pull pages until the server has no more (``latest``: the server's newest sequence, if
    already asked this sync). While a page is applied locally, the next is
    already being fetched (one request in flight, on one short-lived I/O thread that this call
    owns): fetching and applying overlap instead of adding up. The cursor still moves only with
    a page applied locally; a prefetched page is simply dropped if applying fails."""
    finish_catch_up(store, report, progress)  # one stopped half-way, finished first
    cursor = store.state().pull_cursor
    if snapshot_from and latest is not None and latest - cursor >= snapshot_from:
        catch_up_by_snapshot(store, transport, report, progress, batch, server_now, latest)
        cursor = store.state().pull_cursor

    sizes = page_sizes(batch)

    def following(page: PullResponse) -> Callable[[], PullResponse] | None:
        if not page.more:
            return None
        limit = next(sizes)
        return lambda: transport.pull(page.cursor, limit)

    with collection_pause.held_off(), prefetching() as fetcher:  # as a catch-up's pages
        first_page = next(sizes)
        for page in pages_ahead(fetcher, lambda: transport.pull(cursor, first_page), following):
            _apply_page(store, page, report, server_now)
            left = latest - page.cursor if latest is not None and page.more else 0
            _tell_pull(progress, report, left)
    if report.pulled or report.snapshot_records:
        store.db.checkpoint()


def run_sync(
    store: SyncStore,
    transport: Transport,
    progress: Progress = _no_progress,
    batch: int = MAX_BATCH,
    snapshot_from: int = SNAPSHOT_FROM,
) -> SyncReport:
    report = SyncReport()
    status = check_server(store, transport, report)
    push_all(store, transport, report, progress, batch)
    latest = status.latest
    pull_all(
        store, transport, report, progress, batch, snapshot_from, latest, status.server_time_ms
    )
    return report
