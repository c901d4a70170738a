"""Property: whatever the operations, sync order, repeated or lost requests and clock skew,
every replica ends equal to every other and nothing recorded is lost or counted twice."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandrivna.core.errors import SyncError
from mandrivna.core.reader import validate_reader
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.sync_service import new_signing_key
from mandrivna.services.visit_service import VisitService
from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME, Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import run_sync
from sync_server.app import create_app
from sync_server.storage import SyncStorage
from tests.support.in_process import InProcessTransport

DAY_MS = 24 * 3600 * 1000
#: MANDRIVNA_PROPERTY_EXAMPLES=500 for a long hunt; the suite runs a quick 25.
EXAMPLES = int(os.environ.get("MANDRIVNA_PROPERTY_EXAMPLES", "25"))
FIELDS = ["surname", "phone", "notes", "settlement"]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One migrated database, copied for every replica (migrations once, not per example)."""
    folder = tmp_path_factory.mktemp("template")
    Database.open(folder).close()
    return folder / DB_FILENAME


class Replica:
    def __init__(self, folder: Path, template: Path, storage: SyncStorage, client, index: int):
        folder.mkdir()
        shutil.copy(template, folder / DB_FILENAME)
        self.skew_ms = 0
        self.db = Database.open(
            folder, physical_clock=lambda: time.time_ns() // 1_000_000 + self.skew_ms
        )
        self.db.set_device(hub_name=f"Хаб {index}", librarian_name="Олена")
        _key, code = storage.enroll(f"Хаб {index}", "librarian", time.time_ns() // 1_000_000)
        private, public = new_signing_key()
        _rec, token = storage.claim(
            code, self.db.device().device_id, public, time.time_ns() // 1_000_000
        )
        self.transport = InProcessTransport(client, token)
        SyncStore(self.db).update_state(signing_key=private)
        self.readers, self.visits = ReaderService(self.db), VisitService(self.db)
        self.store = SyncStore(self.db)

    def edit_any(self, reader_id: str, field: str, value: object) -> None:
        """An edit as a librarian makes it, to a reader this laptop may not have received yet
        (the app edits only readers it shows; the merge must cope with the race anyway)."""
        with self.db.write() as writer:
            writer.upsert("reader", reader_id, validate_reader({field: value}, dt.date.today()))

    def snapshot(self):
        with connect(self.db.path, None) as conn:
            readers = conn.execute(
                "SELECT id, surname, given_name, phone, notes, settlement, deleted, stamps "
                "FROM reader ORDER BY id"
            ).fetchall()
            visits = conn.execute(
                "SELECT id, day, hub, channel, count FROM visit ORDER BY id"
            ).fetchall()
        return readers, visits

    def sync(self, faults=(), snapshot=False):
        self.transport.faults = list(faults)
        with contextlib.suppress(SyncError):  # a lost answer: the next sync must recover
            # small pages: many round trips; snapshot: catch up from merged records when behind
            run_sync(self.store, self.transport, batch=3, snapshot_from=1 if snapshot else 0)


replica_index = st.integers(0, 4)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("register"), replica_index, st.sampled_from(["Петренко", "Ґалаґан"])),
        st.tuples(
            st.just("edit"),
            replica_index,
            st.integers(0, 9),
            st.sampled_from(FIELDS),
            st.sampled_from(["Київ", "Дніпро", "", "О’Коннор"]),
        ),
        st.tuples(st.just("erase"), replica_index, st.integers(0, 9)),
        st.tuples(st.just("visit"), replica_index, st.integers(1, 5)),
        st.tuples(
            st.just("sync"),
            replica_index,
            st.lists(st.sampled_from(["ok", "ok", "drop", "twice"]), max_size=4),
        ),
        st.tuples(st.just("sync"), replica_index, st.just([])),
        st.tuples(
            st.just("snapshot"),
            replica_index,
            st.lists(st.sampled_from(["ok", "drop", "twice"]), max_size=3),
        ),
        st.tuples(st.just("clock"), replica_index, st.sampled_from([0, 3 * DAY_MS, -2 * DAY_MS])),
    ),
    max_size=40,
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(count=st.integers(3, 5), plan=steps)
def test_replicas_converge_with_nothing_lost(template, count, plan):
    with tempfile.TemporaryDirectory() as tmp:
        storage = SyncStorage(f"sqlite:///{tmp}/server.sqlite3")
        client = TestClient(create_app(storage))
        replicas = [
            Replica(Path(tmp) / f"r{i}", template, storage, client, i) for i in range(count)
        ]
        visits_recorded = 0
        registered: list[str] = []  # edits may target any reader, known locally or not yet
        try:
            for step in plan:
                kind, who = step[0], replicas[step[1] % count]
                if kind == "register":
                    registered.append(who.readers.register(step[2], "Іван", consent=True)[0])
                elif kind == "edit" and registered:
                    field, value = step[3], step[4] or None
                    if field != "surname" or value:  # a surname cannot be emptied
                        who.edit_any(registered[step[2] % len(registered)], field, value)
                elif kind == "erase" and registered:
                    who.readers.erase(registered[step[2] % len(registered)])
                elif kind == "visit":
                    who.visits.tally("stationary", step[2])
                    visits_recorded += step[2]
                elif kind == "sync":
                    who.sync(step[2])
                elif kind == "snapshot":
                    who.sync(step[2], snapshot=True)
                elif kind == "clock":
                    who.skew_ms = step[2]
            for _ in range(2):  # the link comes back: everyone syncs, twice round
                for replica in replicas:
                    replica.sync()
            # a new laptop joins and catches up from a snapshot
            newcomer = Replica(Path(tmp) / "new", template, storage, client, count)
            replicas.append(newcomer)
            newcomer.sync(snapshot=True)
            first = replicas[0].snapshot()
            for replica in replicas[1:]:
                assert replica.snapshot() == first
            # nothing lost: the server holds every change every replica made, once
            made = sum(r.db.device().seq_last for r in replicas)  # the newcomer made none
            assert len(storage.pull(None, 0, 100_000, 0)[0]) == made
            # nothing counted twice
            assert sum(v[4] for v in first[1]) == visits_recorded
            # a second sync moves nothing
            for replica in replicas:
                report = run_sync(replica.store, replica.transport)
                assert (report.pushed, report.pulled) == (0, 0)
        finally:
            for replica in replicas:
                replica.db.close()
            storage.close()
