"""One full sync: push this device's waiting changes, then pull everyone else's.

Push sends the changes after the last one the server acknowledged, in batches; the server's
answer (``held``) is the only thing that moves the acknowledgement, so a lost answer or a retry is
always safe. Pull asks for the changes after the cursor, page by page, and each page is applied
and the cursor moved in one local transaction, so a broken pull resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from mandrivna.core.change import Change, Op
from mandrivna.core.errors import SyncError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.replica import Changed
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.transport import LogMismatch, restored_backup_error
from mandrivna.wire import (
    MAX_BATCH,
    OwnChangesResponse,
    PullResponse,
    PushedChange,
    PushResponse,
    SnapshotPage,
    StatusResponse,
    from_pulled,
    push_count,
    to_pushed,
)

#: A laptop this many changes behind the server catches up from a snapshot (merged records)
#: instead of replaying every change.
SNAPSHOT_FROM = 20_000

#: progress(phase, done, total): phase is "push" or "pull"; total is 0 when unknown.
Progress = Callable[[str, int, int], None]


class Transport(Protocol):
    def push(self, device_id: str, first_seq: int, changes: list[PushedChange]) -> PushResponse: ...

    def pull(self, after: int, limit: int, facts_upto: int | None = None) -> PullResponse: ...

    def status(self) -> StatusResponse: ...

    def own(self, after: int, limit: int) -> OwnChangesResponse: ...

    def snapshot(self, after: tuple[str, str] | None, limit: int) -> SnapshotPage: ...


@dataclass
class SyncReport:
    pushed: int = 0  # changes the server stored for the first time
    pulled: int = 0  # changes from other devices applied here for the first time
    conflicts: int = 0
    clock_warnings: int = 0
    clock_ahead_ms: int = 0  # this device's clock runs ahead of the server's by this much
    snapshot_records: int = 0  # records received merged, in a snapshot
    changed: Changed = field(default_factory=Changed)


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


def push_all(
    store: SyncStore,
    transport: Transport,
    report: SyncReport,
    progress: Progress = _no_progress,
    batch: int = MAX_BATCH,
) -> None:
    state = store.state()
    acked = state.acked_seq
    total = store.count_outbox(acked)
    device_id = store.device_id()
    done = 0
    stalls = 0
    recovered = False
    while True:
        changes = store.outbox(acked, batch)
        if not changes:
            break
        changes = changes[: push_count(changes)]  # a push within the byte cap too
        try:
            response = transport.push(device_id, changes[0].seq, [to_pushed(c) for c in changes])
        except LogMismatch:
            if recovered:
                raise
            recovered = True  # restored from an old backup and written on since: renumber ours
            recover_own_changes(store, transport, transport.status().held, report)
            acked = store.state().acked_seq
            total = store.count_outbox(acked)
            continue
        if response.held > store.seq_last():
            if recovered:
                raise restored_backup_error()
            recovered = True
            recover_own_changes(store, transport, response.held, report)
            acked = store.state().acked_seq
            continue
        report.pushed += response.stored
        report.clock_ahead_ms = max(report.clock_ahead_ms, response.clock_ahead_ms)
        if response.held <= acked and response.held < changes[0].seq:
            stalls += 1  # the server holds less than we thought: resend from what it holds
            if stalls > 2:
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The server did not accept this laptop's changes. Try again "
                        "later; nothing recorded here is lost.",
                    )
                )
        done = min(total, done + response.stored)
        acked = response.held
        store.update_state(acked_seq=acked)
        progress("push", done, total)


def _apply_page(store: SyncStore, page: PullResponse, report: SyncReport) -> None:
    changes = [from_pulled(page.devices, row) for row in page.changes]
    applied = store.apply_pulled(changes, page.cursor)
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
) -> None:
    """Records as merged states, then the facts up to the snapshot's point. Every step merges
    idempotently, so a broken snapshot is simply started again at the next sync."""
    after: tuple[str, str] | None = None
    upto: int | None = None
    while True:
        page = transport.snapshot(after, batch)
        upto = page.upto if upto is None else upto
        changed = store.apply_snapshot_records(page.records)
        report.snapshot_records += len(page.records)
        report.conflicts += changed.conflicts
        report.changed.merge(changed)
        progress("pull", report.snapshot_records, 0)
        if not page.more or not page.records:
            break
        after = (page.records[-1][0], page.records[-1][1])
    cursor = store.state().pull_cursor
    while True:
        facts = transport.pull(cursor, batch, facts_upto=upto)
        _apply_page(store, facts, report)
        cursor = facts.cursor
        progress("pull", report.snapshot_records + report.pulled, 0)
        if not facts.more:
            break


def pull_all(
    store: SyncStore,
    transport: Transport,
    report: SyncReport,
    progress: Progress = _no_progress,
    batch: int = MAX_BATCH,
    snapshot_from: int = SNAPSHOT_FROM,
    latest: int | None = None,
) -> None:
    """Pull pages until the server has no more (``latest``: the server's newest sequence, if
    already asked this sync). While a page is applied locally, the next is
    already being fetched (one request in flight, on one short-lived I/O thread that this call
    owns): fetching and applying overlap instead of adding up. The cursor still moves only with
    a page applied locally; a prefetched page is simply dropped if applying fails."""
    cursor = store.state().pull_cursor
    if snapshot_from:
        latest = transport.status().latest if latest is None else latest
    if snapshot_from and latest is not None and latest - cursor >= snapshot_from:
        catch_up_by_snapshot(store, transport, report, progress, batch)
        cursor = store.state().pull_cursor
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch") as fetcher:
        page = transport.pull(cursor, batch)
        while True:
            ahead = fetcher.submit(transport.pull, page.cursor, batch) if page.more else None
            try:
                _apply_page(store, page, report)
            except BaseException:
                if ahead is not None:
                    ahead.cancel()
                raise
            progress("pull", report.snapshot_records + report.pulled, 0)
            if ahead is None:
                break
            page = ahead.result()
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
    latest, held = recover_from_server_restore(store, transport)
    if held > store.seq_last():  # this laptop was restored from a backup older than the server
        recover_own_changes(store, transport, held, report)
    push_all(store, transport, report, progress, batch)
    pull_all(store, transport, report, progress, batch, snapshot_from, latest)
    return report


def recover_own_changes(
    store: SyncStore, transport: Transport, held: int, report: SyncReport
) -> int:
    """This laptop was restored from a backup and the server holds newer changes of its own:
    take them back, and give any change written here since the restore a new sequence number
    after them, so nothing is lost and no number means two things. Returns how many came back."""
    device_id = store.device_id()
    after = min(store.state().acked_seq, held)
    theirs: list[Change] = []
    while True:
        page = transport.own(after, MAX_BATCH)
        theirs.extend(
            Change(device_id, seq, hlc, entity, eid, Op(op), fields, seen)
            for seq, hlc, entity, eid, op, fields, seen in page.changes
        )
        if not page.more or not page.changes:
            break
        after = page.changes[-1][0]
    changed = store.reconcile_own(theirs, held)
    report.changed.merge(changed)
    return changed.stored


def recover_from_server_restore(store: SyncStore, transport: Transport) -> tuple[int, int]:
    """If the server was restored from a backup it holds less than it once acknowledged: send
    again what it lost, and pull again from the start if our cursor is past its newest change
    (applying is idempotent, so nothing is counted twice). Returns the server's newest sequence
    and how much of this laptop's log it holds."""
    status = transport.status()
    state = store.state()
    if status.held < state.acked_seq:
        store.update_state(acked_seq=status.held)
    if state.pull_cursor > status.latest:
        store.update_state(pull_cursor=0)
    return status.latest, status.held
