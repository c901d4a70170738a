"""The batches a push sends: each one's changes read from the log as its body, and the batches
on their way (``sync_engine.push_all`` keeps up to ``pushes_in_flight`` of them travelling at
once)."""

from __future__ import annotations

import contextlib
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass

from mandrivna.core.errors import SyncError
from mandrivna.store.sync_store import SyncStore
from mandrivna.wire import PushResponse, push_body, sendable_count


@dataclass(frozen=True)
class Batch:
    """One push, ready to send: ``origin``'s changes ``first``…``last`` (those after
    ``after``), as the body that carries them."""

    origin: str
    after: int
    first: int
    last: int
    body: bytes


def make_batch(store: SyncStore, origin: str, after: int, batch: int) -> Batch:
    """The changes of ``origin`` after ``after`` that one push sends (at most ``batch``, and
    within the byte cap), as its body: their fields go in as the log holds them (nothing is
    decoded to be encoded again)."""
    changes = store.outbox_to_send(origin, after, batch)
    changes = changes[: sendable_count(changes)]
    return Batch(origin, after, changes[0][0], changes[-1][0], push_body(origin, changes))


def waiting(store: SyncStore, batch: int) -> Batch | None:
    """The first batch of the first origin whose changes the server has not all acknowledged."""
    for origin, acked in store.own_origins().items():
        if store.local_max(origin) > acked:
            return make_batch(store, origin, acked, batch)
    return None


@dataclass(frozen=True)
class Flying:
    """A batch on its way: ``behind`` when it left while another was still on its way."""

    batch: Batch
    behind: bool
    answer: Future[PushResponse]


def drain(flying: deque[Flying]) -> int:
    """Wait for the batches still on their way, whose answers no longer lead anywhere (the
    next push starts again from the acknowledgement); how many changes they stored."""
    stored = 0
    while flying:
        with contextlib.suppress(SyncError):  # refused or lost with the rest: what follows
            stored += flying.popleft().answer.result().stored  # finds out
    return stored
