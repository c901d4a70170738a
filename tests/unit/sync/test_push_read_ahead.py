"""Pushing reads the next batch while the current one travels (``sync_engine.push_all``): the
server still ends up holding exactly the laptop's log, in order, whatever it answers: every batch
held, a gap after it lost its newest changes (put back from a backup), batches of any size."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core.change import Change
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import SyncReport, push_all
from mandrivna.wire import PushRequest, PushResponse, decode_json, from_pushed


class ForgetfulServer:
    """A server's push (``sync_server.sql.change_log.ChangeLog.push``) in memory, which loses
    its newest changes before answering the pushes it is told to."""

    def __init__(self, forget: dict[int, int]) -> None:
        self.log: dict[str, list[Change]] = {}
        self.forget = forget  # push number -> how many of the newest changes to lose first
        self.pushes = 0

    def push_body(self, body: bytes) -> PushResponse:
        request = PushRequest.model_validate(decode_json(body))
        origin, first_seq, changes = request.origin, request.first_seq, request.changes
        held = self.log.setdefault(origin, [])
        lost = self.forget.get(self.pushes, 0)
        del held[max(0, len(held) - lost) :]
        self.pushes += 1
        if first_seq > len(held) + 1:
            return PushResponse(held=len(held), stored=0, server_time_ms=0)
        rows = [from_pushed(origin, first_seq + i, row) for i, row in enumerate(changes)]
        fresh = rows[len(held) + 1 - first_seq :]
        held.extend(fresh)
        return PushResponse(held=len(held), stored=len(fresh), server_time_ms=0)


@settings(max_examples=25)
@given(
    st.integers(1, 40),
    st.integers(1, 7),
    st.dictionaries(st.integers(0, 12), st.integers(1, 6), max_size=2),
)
def test_the_server_holds_the_whole_log_in_order(n, batch, forget):
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        try:
            db.set_device(hub_name="Хаб", librarian_name="Олена")
            with db.write() as writer:
                for i in range(n):
                    writer.upsert("bib_record", f"r{i}", {"title": f"Книга {i}"})
            store = SyncStore(db)
            server = ForgetfulServer(forget)
            push_all(store, server, SyncReport(), batch=batch)
            for origin in store.own_origins():
                mine = store.outbox(origin, 0, 10_000)
                assert server.log.get(origin, []) == mine
                assert store.own_origins()[origin] == len(mine)
        finally:
            db.close()
