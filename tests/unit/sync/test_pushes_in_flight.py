"""Two pushes on their way at once (``sync_engine.push_all`` with a transport whose
``pushes_in_flight`` is 2): whatever order the server takes them in (a push that overtakes the
one before it is answered with a gap and sent again), with answers lost after the server stored
the push, pushes stored twice, and a server that loses its newest changes, the server ends up
holding the laptop's log exactly once and in order, and the acknowledgement says so."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core.change import Change
from mandrivna.core.errors import SyncError
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import REPAIRS, SyncReport, push_all
from mandrivna.wire import PushRequest, PushResponse, decode_json, from_pushed

WAIT_S = 0.1  # how long a held push waits for the one after it


class ShuffledServer:
    """A server's push in memory (as ``ChangeLog.push``: one at a time, gaps store nothing,
    repeats store only what is new) whose answers follow a script, request by request:
    ``hold`` (taken after the request that follows it, when one comes within ``WAIT_S``: it is
    overtaken), ``lose`` (stored, the answer lost), ``twice`` (taken twice), ``forget`` (loses
    its two newest changes first, as a server put back from a backup)."""

    pushes_in_flight = 2

    def __init__(self, script: dict[int, str]) -> None:
        self.script = script
        self.log: dict[str, list[Change]] = {}
        self.stored = 0
        self.requests = 0
        self.taken = 0
        self.lock = threading.Condition()

    def push_body(self, body: bytes) -> PushResponse:
        request = PushRequest.model_validate(decode_json(body))
        with self.lock:
            number = self.requests
            self.requests += 1
            action = self.script.get(number, "ok")
            if action == "hold":
                self.lock.wait_for(lambda: self.requests > number + 1, timeout=WAIT_S)
                self.lock.wait_for(
                    lambda: self.taken > number or self.requests == number + 1, WAIT_S
                )
            answer = self._take(request, action)
            if action == "twice":
                answer = self._take(request, action)
            self.taken += 1
            self.lock.notify_all()
        if action == "lose":
            raise SyncError("connection lost")
        return answer

    def _take(self, request: PushRequest, action: str) -> PushResponse:
        held = self.log.setdefault(request.origin, [])
        if action == "forget":
            del held[max(0, len(held) - 2) :]
        first_seq = request.first_seq
        if first_seq > len(held) + 1:
            return PushResponse(held=len(held), stored=0, server_time_ms=0)
        rows = [
            from_pushed(request.origin, first_seq + i, r) for i, r in enumerate(request.changes)
        ]
        fresh = rows[len(held) + 1 - first_seq :]
        assert rows[: len(held) + 1 - first_seq] == held[first_seq - 1 :][: len(rows)]
        held.extend(fresh)
        self.stored += len(fresh)
        return PushResponse(held=len(held), stored=len(fresh), server_time_ms=0)


def _laptop(tmp: str, n: int) -> tuple[Database, SyncStore]:
    db = Database.open(Path(tmp))
    db.set_device(hub_name="Хаб", librarian_name="Олена")
    with db.write() as writer:
        for i in range(n):
            writer.upsert("bib_record", f"r{i}", {"title": f"Книга {i}"})
    return db, SyncStore(db)


def _push_until_done(store: SyncStore, server: ShuffledServer, batch: int) -> int:
    """Push as the next syncs would after a failed one; how many syncs it took."""
    for attempt in range(1, 40):
        try:
            push_all(store, server, SyncReport(), batch=batch)
            return attempt
        except SyncError:
            continue
    raise AssertionError("the pushes never went through")


@settings(max_examples=30, deadline=None)
@given(
    st.integers(1, 40),
    st.integers(1, 7),
    st.dictionaries(
        st.integers(0, 15), st.sampled_from(["hold", "hold", "lose", "twice", "forget"])
    ),
)
def test_the_server_holds_the_log_once_and_in_order(n, batch, script):
    with tempfile.TemporaryDirectory() as tmp:
        db, store = _laptop(tmp, n)
        try:
            server = ShuffledServer(script)
            _push_until_done(store, server, batch)
            for origin in store.own_origins():
                mine = store.outbox(origin, 0, 10_000)
                assert server.log.get(origin, []) == mine
                assert store.own_origins()[origin] == len(mine)
            if "forget" not in script.values():
                assert server.stored == n  # each change stored once
        finally:
            db.close()


def test_overtaken_pushes_are_sent_again_not_counted_as_repairs():
    """Every push overtaken by the next: many more than ``REPAIRS`` gap answers, and one sync
    still sends everything."""
    with tempfile.TemporaryDirectory() as tmp:
        db, store = _laptop(tmp, 30)
        try:
            server = ShuffledServer(dict.fromkeys(range(200), "hold"))
            report = SyncReport()
            push_all(store, server, report, batch=2)
            origin = next(iter(store.own_origins()))
            assert server.log[origin] == store.outbox(origin, 0, 100)
            assert report.pushed == server.stored == 30
            assert server.requests > 15 + REPAIRS  # overtakes happened and were sent again
        finally:
            db.close()


def test_two_pushes_travel_at_once():
    """The second push leaves before the first one's answer (the server sees both at once)."""
    with tempfile.TemporaryDirectory() as tmp:
        db, store = _laptop(tmp, 20)
        try:
            both = threading.Barrier(2, timeout=5)

            class Meeting(ShuffledServer):
                def push_body(self, body: bytes) -> PushResponse:
                    if self.requests == 0:
                        both.wait()  # returns only once the second push has arrived
                    elif self.requests == 1:
                        both.wait()
                    return super().push_body(body)

            server = Meeting({})
            push_all(store, server, SyncReport(), batch=5)
            assert server.stored == 20
        finally:
            db.close()
