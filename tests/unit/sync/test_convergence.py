"""Property: whatever the operations, sync order, repeated or lost requests and clock skew,
every replica ends equal to every other and nothing recorded is lost or counted twice.

The operations cover readers (register, edit, re-register, block, erase), visits, and the
catalogue (records added, edited, deleted; copies added and moved between hubs and states). Each
replica's search index must agree too: the same terms for the same records, one entry per live
record, the same as an index rebuilt from scratch, and the same search results everywhere.

Readers are also served at the desk and checked in at an event of one hub from several laptops
(one visit per reader, day and hub, with the same channel everywhere), and erased right after
two laptops edited them concurrently: no value written to an erased reader is left in any file
of any laptop or of the server.

Readers are merged into others (a redirect, ``merged_into``), by coordinators on any laptop, in
chains and both ways at once, while other laptops still edit, serve and re-register the reader
merged away: every replica resolves every reader to the same reader kept, and finds the same."""

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

from mandrivna.core.errors import SyncError, ValidationError
from mandrivna.core.reader import validate_reader
from mandrivna.core.restamp import ahead_limit
from mandrivna.services.backup_service import BackupService, restore_data_folder
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.desk_service import DeskService
from mandrivna.services.event_service import EventService
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.sync_service import new_signing_key
from mandrivna.services.visit_service import VisitService
from mandrivna.store import search_index
from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME, Database, copy_database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import run_sync
from sync_server.app import create_app
from sync_server.sql.storage import SqlStorage
from tests.support.in_process import InProcessTransport

DAY_MS = 24 * 3600 * 1000
YEAR_MS = 365 * DAY_MS
#: MANDRIVNA_PROPERTY_EXAMPLES=500 for a long hunt; the suite runs a quick 25.
EXAMPLES = int(os.environ.get("MANDRIVNA_PROPERTY_EXAMPLES", "25"))
FIELDS = ["surname", "phone", "notes", "settlement"]
RECORD_EDITS = [
    ("title", "Собор"),
    ("title", "Fata morgana"),
    ("authors", ["Багряний, Іван"]),
    ("authors", []),
    ("publisher", "Фоліо"),
    ("publisher", None),
]
COPY_EDITS = [
    ("status", "written_off"),
    ("status", "available"),
    ("status", "lost"),
    ("hub", "Хаб Львів"),
    ("hub", "Хаб Київ"),
]
READER_QUERIES = ["петр", "Galagan", "ivan", "ko", "0671", "марʼ"]
#: The day desk work and check-ins are recorded on, the same on every laptop.
DESK_DAY = dt.date(2026, 11, 25)
RECORD_QUERIES = ["кобз", "Sobor", "bahr", "fata", "978-0-306"]


def _pick(ids: list[str], step: tuple) -> str:
    """The id a step names by its index (any id made so far, known here or not yet)."""
    return ids[step[2] % len(ids)]


class _RollBack(Exception):
    """Leaves a transaction without keeping what it did."""


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """One migrated database, copied for every replica (migrations once, not per example)."""
    folder = tmp_path_factory.mktemp("template")
    Database.open(folder).close()
    return folder / DB_FILENAME


class Replica:
    def __init__(self, folder: Path, template: Path, storage: SqlStorage, client, index: int):
        folder.mkdir()
        shutil.copy(template, folder / DB_FILENAME)
        self.folder = folder
        self.skew_ms = 0
        self.reopen()
        self.db.set_device(hub_name=f"Хаб {index}", librarian_name="Олена")
        _key, code = storage.enroll(f"Хаб {index}", "librarian", time.time_ns() // 1_000_000)
        private, public = new_signing_key()
        _rec, token = storage.claim(
            code, self.db.device().device_id, public, time.time_ns() // 1_000_000
        )
        self.transport = InProcessTransport(client, token)
        SyncStore(self.db).update_state(signing_key=private)

    def reopen(self) -> None:
        """Open the data folder (again, after a restore) with this laptop's clock."""
        self.db = Database.open(
            self.folder, physical_clock=lambda: time.time_ns() // 1_000_000 + self.skew_ms
        )
        self.readers, self.visits = ReaderService(self.db), VisitService(self.db)
        self.catalogue = CatalogueService(self.db)
        self.store = SyncStore(self.db)
        # the desk, in the hub's building (a check-in at an event counts as non-stationary)
        self.desk = DeskService(self.db, DESK_DAY)
        self.events = EventService(self.db, DESK_DAY)

    def backup(self) -> Path:
        return BackupService(self.db).backup_now().path

    def restore(self, backup: Path, database_lost: bool = False) -> None:
        """Put a backup back (through the app's restore); ``database_lost``: the disk died
        first, so nothing can be carried over from the database it replaces."""
        self.db.close()
        if database_lost:
            (self.folder / DB_FILENAME).write_bytes(b"\x00" * 8192)
            for suffix in ("-wal", "-shm"):
                (self.folder / f"{DB_FILENAME}{suffix}").unlink(missing_ok=True)
        restore_data_folder(self.folder, backup)
        self.reopen()

    def edit_any(self, reader_id: str, field: str, value: object) -> None:
        """An edit as a librarian makes it, to a reader this laptop may not have received yet
        (the app edits only readers it shows; the merge must cope with the race anyway)."""
        with self.db.write() as writer:
            writer.upsert("reader", reader_id, validate_reader({field: value}, dt.date.today()))

    def merge_any(self, other_id: str, keep_id: str) -> None:
        """A coordinator's merge (``ReaderMergeService.merge`` writes this one field), of readers
        this laptop may not have received yet."""
        with self.db.write() as writer:
            writer.upsert("reader", other_id, {"merged_into": keep_id})

    def kept(self, reader_ids: list[str]) -> list[str | None]:
        """The reader each id is read as (None: erased), and its registration years."""
        out: list[str | None] = []
        for reader_id in reader_ids:
            try:
                reader = self.readers.get(reader_id)
            except ValidationError:
                out.append(None)
                continue
            out.append(f"{reader.id} {reader.registration_years}")
        return out

    def snapshot(self):
        with connect(self.db.path, None) as conn:
            readers = conn.execute(
                "SELECT id, surname, given_name, phone, notes, settlement, registration_years, "
                "blocked, block_reason, merged_into, deleted, stamps FROM reader ORDER BY id"
            ).fetchall()
            visits = conn.execute(
                "SELECT id, day, hub, channel, count, reader_id, device_id, hlc FROM visit "
                "ORDER BY id"
            ).fetchall()
            checkins = conn.execute(
                "SELECT id, event_id, reader_id, day, hub, device_id, hlc FROM event_checkin "
                "ORDER BY id"
            ).fetchall()
            records = conn.execute(
                "SELECT id, title, authors, publisher, deleted, stamps FROM bib_record ORDER BY id"
            ).fetchall()
            copies = conn.execute(
                "SELECT id, record_id, barcode, hub, status, deleted, stamps FROM book_copy "
                "ORDER BY id"
            ).fetchall()
        return readers, visits, records, copies, checkins

    @staticmethod
    def _index(conn):
        """The search index by record id (FTS rowids differ from laptop to laptop)."""
        return {
            table: sorted(
                conn.exec_driver_sql(
                    f"SELECT t.id, f.terms FROM {table}_fts f JOIN {source} t ON t.rowid = f.rowid"
                ).fetchall()
            )
            for table, source in (("reader", "reader"), ("record", "bib_record"))
        }

    def index(self):
        """The search index, with checks that it has one entry for each live record."""
        with self.db.read() as conn:
            index = self._index(conn)
            for table, source in (("reader", "reader"), ("record", "bib_record")):
                entries = conn.exec_driver_sql(f"SELECT count(*) FROM {table}_fts").scalar()
                live = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {source} WHERE deleted = 0"
                ).scalar()
                assert entries == live == len(index[table]), table
        return index

    def rebuilt_index(self):
        """The index as ``rebuild`` would make it from the tables (then left as it was)."""
        try:
            with self.db.transaction() as conn:
                search_index.rebuild(conn)
                rebuilt = self._index(conn)
                raise _RollBack
        except _RollBack:
            return rebuilt

    def found(self):
        """Ids of what searches find (readers, records) and of copies found by barcode."""
        readers = [sorted(r.id for r in self.readers.search(q)) for q in READER_QUERIES]
        records = [sorted(h.record.id for h in self.catalogue.search(q)) for q in RECORD_QUERIES]
        with self.db.read() as conn:
            barcodes = [r[0] for r in conn.exec_driver_sql("SELECT barcode FROM book_copy")]
        copies = sorted(
            (code, getattr(self.catalogue.copy_by_barcode(code), "id", None)) for code in barcodes
        )
        return readers, records, copies

    def sync(self, faults=(), snapshot=False):
        self.transport.faults = list(faults)
        with contextlib.suppress(SyncError):  # a lost answer: the next sync must recover
            # small pages: many round trips; snapshot: catch up from merged records when behind
            run_sync(self.store, self.transport, batch=3, snapshot_from=1 if snapshot else 0)


replica_index = st.integers(0, 4)
#: A reader served at a laptop's desk, or checked in from any laptop at an event held at some
#: laptop's hub (one event per hub): the visit ids of one reader, day and hub are the same, their
#: channels are not. "visit_twice": both laptops sync, then the reader is served at one hub's
#: desk and checked in at its event from the next laptop, before they sync again.
VISIT_STEPS = st.one_of(
    st.tuples(st.just("serve"), replica_index, st.integers(0, 9)),
    st.tuples(st.just("checkin"), replica_index, st.integers(0, 9), replica_index),
    st.tuples(st.just("visit_twice"), replica_index, st.integers(0, 9)),
)
#: Two laptops edit a reader's phone and notes without knowing of each other (a conflict once
#: they meet), then the first erases the reader.
ERASURE_STEPS = st.tuples(st.just("conflict_erase"), replica_index, st.integers(0, 9))
#: A coordinator merges one reader into another; "merge_served": meanwhile the next laptop,
#: not yet synced, edits the reader merged away and serves them at its desk.
MERGE_STEPS = st.tuples(
    st.sampled_from(["merge", "merge_served"]),
    replica_index,
    st.integers(0, 9),
    st.integers(0, 9),
)
steps = st.lists(
    st.one_of(
        VISIT_STEPS,
        ERASURE_STEPS,
        MERGE_STEPS,
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
        st.tuples(st.just("reregister"), replica_index, st.integers(0, 9), st.integers(2026, 2028)),
        st.tuples(
            st.just("block"), replica_index, st.integers(0, 9), st.sampled_from(["Борг", ""])
        ),
        st.tuples(
            st.just("record"),
            replica_index,
            st.sampled_from(["Кобзар", "Тигролови", "Місто"]),
            st.integers(0, 2),  # copies added with it
        ),
        st.tuples(st.just("record_edit"), replica_index, st.integers(0, 9), st.integers(0, 5)),
        st.tuples(st.just("record_delete"), replica_index, st.integers(0, 9)),
        st.tuples(
            st.just("copy"), replica_index, st.integers(0, 9), st.sampled_from(["Хаб Дніпро", None])
        ),
        st.tuples(st.just("copy_edit"), replica_index, st.integers(0, 9), st.integers(0, 4)),
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
        st.tuples(
            st.just("clock"),
            replica_index,
            st.sampled_from([0, 0, 3 * DAY_MS, -2 * DAY_MS, YEAR_MS, -20 * YEAR_MS]),
        ),
        st.tuples(st.just("backup"), replica_index),
        st.tuples(st.just("restore"), replica_index, st.integers(0, 9), st.booleans()),
        st.tuples(st.just("server_backup"), replica_index),
        st.tuples(st.just("server_restore"), replica_index, st.integers(0, 9)),
    ),
    max_size=40,
)


def _log(replica: Replica) -> dict[tuple[str, int], tuple]:
    with connect(replica.db.path, None) as conn:
        rows = conn.execute(
            "SELECT device_id, seq, hlc, entity, entity_id, op, fields FROM change_log"
        ).fetchall()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def _server_log(storage: SqlStorage) -> dict[tuple[str, int], tuple]:
    with storage.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT device_id, device_seq, hlc, entity, entity_id, op, fields FROM server_change"
        ).all()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def _visit_ids(path: Path) -> set[str]:
    with connect(path, None) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM visit")}


def _codes(replica: Replica) -> tuple[list[str], list[str]]:
    with connect(replica.db.path, None) as conn:
        cards = [r[0] for r in conn.execute("SELECT card_number FROM reader")]
        barcodes = [r[0] for r in conn.execute("SELECT barcode FROM book_copy")]
    return cards, barcodes


class ErasedValues:
    """Unique values written to readers that are then erased, to look for in every file that
    holds a database now (backups made before an erase may keep it: see test_erasure_on_disk)."""

    def __init__(self) -> None:
        self.count = 0
        self.written: dict[str, list[bytes]] = {}  # reader id -> values written to them

    def next_pair(self, reader_id: str) -> tuple[str, str]:
        self.count += 1
        phone, note = f"+38050{self.count:07d}", f"Нотатка-{self.count:04d}-стерта"
        self.written.setdefault(reader_id, []).extend([phone[1:].encode(), note.encode()])
        return phone, note

    def conflict_then_erase(self, first: Replica, second: Replica, reader_id: str) -> None:
        for who in (first, second):
            phone, note = self.next_pair(reader_id)
            who.edit_any(reader_id, "phone", phone)
            who.edit_any(reader_id, "notes", note)
        first.readers.erase(reader_id)

    def left_in(self, replicas: list[Replica], server: Path) -> dict[str, list[bytes]]:
        """Values of readers erased (on the first laptop, as everywhere) still found in a
        database, its log or its shared memory, on a laptop or on the server."""
        with connect(replicas[0].db.path, None) as conn:
            erased = {r[0] for r in conn.execute("SELECT id FROM reader WHERE deleted = 1")}
        secrets = tuple(v for rid in erased & self.written.keys() for v in self.written[rid])
        files = [p for r in replicas for p in r.folder.glob(DB_FILENAME + "*")]
        files += list(server.parent.glob(server.name + "*"))
        found = {}
        for path in files:
            data = path.read_bytes()
            hits = [secret for secret in secrets if secret in data]
            if hits:
                found[f"{path.parent.name}/{path.name}"] = hits
        return found


def _serve(who: Replica, reader_id: str, served: set[tuple[str, str, str]]) -> None:
    """The reader is served at this laptop's desk (if the laptop knows them yet)."""
    with contextlib.suppress(ValidationError):
        who.readers.get(reader_id)
        who.desk.open_session(channel="stationary")  # the day's session, opened once
        who.desk.consultation("reference", "digital", "in_person", reader_id=reader_id)
        served.add((reader_id, DESK_DAY.isoformat(), who.db.device().hub_name))


def _registered_in_person(who: Replica, reader_id: str, day: dt.date, served: set) -> None:
    """Registering or re-registering in person is the reader's visit that day at this hub."""
    served.add((reader_id, day.isoformat(), who.db.device().hub_name))


def _check_in(who: Replica, event: tuple[str, str], reader_id: str, served: set) -> None:
    """The reader is checked in by card at the event (id, hub), if this laptop knows both."""
    with contextlib.suppress(ValidationError):
        card = who.readers.get(reader_id).card_number
        who.events.check_in(event[0], card or "")
        served.add((reader_id, DESK_DAY.isoformat(), event[1]))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(count=st.integers(3, 5), plan=steps, disks_die=st.booleans())
def test_replicas_converge_with_nothing_lost(template, count, plan, disks_die):
    """``disks_die``: laptops restored from a backup may have lost their database (nothing to
    carry over); then the server is never restored in the same history, since a change both
    lost can come back from nowhere."""
    with tempfile.TemporaryDirectory() as tmp:
        server_file = Path(tmp) / "server.sqlite3"
        storage = SqlStorage(f"sqlite:///{server_file}")
        client = TestClient(create_app(storage))
        replicas = [
            Replica(Path(tmp) / f"r{i}", template, storage, client, i) for i in range(count)
        ]
        visits: dict[str, tuple[int, int]] = {}  # visit id -> (count, writer) that must survive
        served: set[tuple[str, str, str]] = set()  # (reader, day, hub) given a visit
        erased = ErasedValues()
        registered: list[str] = []  # edits may target any reader, known locally or not yet
        records: list[str] = []  # the same for records and copies
        copies: list[str] = []
        backups: dict[int, list[Path]] = {i: [] for i in range(count)}
        server_backups: list[Path] = []
        acknowledged: set[tuple[str, int]] = set()
        try:
            # every example starts with a reader and a catalogued copy on the first laptop, so
            # that short plans edit them too
            first_laptop = replicas[0]
            registered.append(
                first_laptop.readers.register(
                    "Гнатюк", "Марʼяна", consent=True, phone="0671234567"
                )[0]
            )
            _registered_in_person(first_laptop, registered[-1], dt.date.today(), served)
            records.append(first_laptop.catalogue.add_record("Кобзар", isbn="9780306406157")[0])
            copies.extend(first_laptop.catalogue.add_copies(records[0], 1, hub="Хаб Львів")[0])
            events = [  # a club meeting at every laptop's hub
                (
                    first_laptop.events.create_event(
                        "Книжковий клуб", "2026-11-25T18:00", "2026-11-25T19:30", hub=hub
                    )[0],
                    hub,
                )
                for hub in (r.db.device().hub_name for r in replicas)
            ]
            for step in plan:
                index = step[1] % count
                kind, who = step[0], replicas[index]
                if kind == "serve" and registered:
                    _serve(who, _pick(registered, step), served)
                elif kind == "checkin" and registered:
                    _check_in(who, events[step[3] % count], _pick(registered, step), served)
                elif kind == "visit_twice" and registered:
                    other = replicas[(step[1] + 1) % count]
                    who.sync()
                    other.sync()  # both know the reader and the event (if synced before)
                    _serve(who, _pick(registered, step), served)
                    _check_in(other, events[step[1] % count], _pick(registered, step), served)
                elif kind == "conflict_erase" and registered:
                    other = replicas[(step[1] + 1) % count]
                    erased.conflict_then_erase(who, other, _pick(registered, step))
                elif kind in ("merge", "merge_served") and registered:
                    other_id, keep_id = (
                        _pick(registered, step),
                        registered[step[3] % len(registered)],
                    )
                    if other_id != keep_id:
                        who.merge_any(other_id, keep_id)
                    if kind == "merge_served":
                        other = replicas[(step[1] + 1) % count]
                        other.edit_any(other_id, "settlement", "Ужгород")
                        _serve(other, other_id, served)
                elif kind == "register":
                    registered.append(who.readers.register(step[2], "Іван", consent=True)[0])
                    _registered_in_person(who, registered[-1], dt.date.today(), served)
                elif kind == "edit" and registered:
                    field, value = step[3], step[4] or None
                    if field != "surname" or value:  # a surname cannot be emptied
                        who.edit_any(registered[step[2] % len(registered)], field, value)
                elif kind == "erase" and registered:
                    who.readers.erase(registered[step[2] % len(registered)])
                elif kind == "visit":
                    visit_id, _ = who.visits.tally("stationary", step[2])
                    visits[visit_id] = (step[2], index)
                elif kind == "reregister" and registered:
                    # a reader not here yet, or erased, cannot be re-registered here
                    with contextlib.suppress(ValidationError):
                        day = dt.date(step[3], 2, 1)
                        ReaderService(who.db, today=day).reregister(_pick(registered, step))
                        _registered_in_person(who, _pick(registered, step), day, served)
                elif kind == "block" and registered:
                    if step[3]:
                        who.readers.block(_pick(registered, step), step[3])
                    else:
                        who.readers.unblock(_pick(registered, step))
                elif kind == "record":
                    records.append(
                        who.catalogue.add_record(step[2], authors=["Шевченко, Тарас"])[0]
                    )
                    if step[3]:
                        copies.extend(who.catalogue.add_copies(records[-1], step[3])[0])
                elif kind == "record_edit" and records:
                    field, value = RECORD_EDITS[step[3]]
                    who.catalogue.edit_record(_pick(records, step), **{field: value})
                elif kind == "record_delete" and records:
                    who.catalogue.delete_record(_pick(records, step))  # with the copies known here
                elif kind == "copy" and records:
                    copies.extend(who.catalogue.add_copies(_pick(records, step), 1, hub=step[3])[0])
                elif kind == "copy_edit" and copies:
                    field, value = COPY_EDITS[step[3]]
                    who.catalogue.edit_copy(_pick(copies, step), **{field: value})
                elif kind == "sync":
                    who.sync(step[2])
                elif kind == "snapshot":
                    who.sync(step[2], snapshot=True)
                elif kind == "clock":
                    who.skew_ms = step[2]
                elif kind == "backup":
                    backups[index].append(who.backup())
                elif kind == "restore" and backups[index]:
                    chosen = backups[index][step[2] % len(backups[index])]
                    lost = disks_die and step[3]
                    if lost:  # what this laptop never sent and is not in the backup is gone
                        safe = _visit_ids(chosen) | _server_ids(storage)
                        for visit_id, (_amount, writer) in list(visits.items()):
                            if writer == index and visit_id not in safe:
                                del visits[visit_id]
                    who.restore(chosen, lost)
                elif kind == "server_backup" and not disks_die:
                    server_backups.append(Path(tmp) / f"server-{len(server_backups)}.sqlite3")
                    copy_database(server_file, server_backups[-1])
                elif kind == "server_restore" and server_backups:
                    storage.engine.dispose()
                    for suffix in ("-wal", "-shm"):
                        Path(f"{server_file}{suffix}").unlink(missing_ok=True)
                    shutil.copy(server_backups[step[2] % len(server_backups)], server_file)
                acknowledged |= _server_log(storage).keys()  # kept by someone from here on
            for replica in replicas:
                replica.skew_ms = 0  # the link comes back and every date is set right
            for _ in range(3):  # everyone syncs, three times round
                for replica in replicas:
                    replica.sync()
            # a new laptop joins and catches up from a snapshot
            newcomer = Replica(Path(tmp) / "new", template, storage, client, count)
            replicas.append(newcomer)
            newcomer.sync(snapshot=True)
            first = replicas[0].snapshot()
            kept = replicas[0].kept(registered)
            for replica in replicas[1:]:
                assert replica.snapshot() == first
                assert replica.kept(registered) == kept  # merges resolved alike everywhere
            # every search index is whole, agrees with the tables, and finds the same things
            index, found = replicas[0].index(), replicas[0].found()
            for replica in replicas:
                assert replica.index() == index
                assert replica.rebuilt_index() == index
                assert replica.found() == found
            # one log everywhere: every (origin, seq) means one change on every machine (a
            # laptop that caught up from a snapshot holds the records, not the changes)
            server = _server_log(storage)
            logs = [_log(replica) for replica in replicas]
            for log in logs:
                for key in server.keys() & log.keys():
                    assert server[key][:5] == log[key][:5], key
            for log in logs[1:]:
                for key in logs[0].keys() & log.keys():
                    assert logs[0][key][:5] == log[key][:5], key
            assert acknowledged <= server.keys()  # nothing the server took is lost
            # no stamp on the server ahead of its clock
            limit = ahead_limit(time.time_ns() // 1_000_000)
            assert all(entry[0] <= limit for entry in server.values())
            # no card number or barcode issued twice
            cards, barcodes = _codes(replicas[0])
            assert len(cards) == len(set(cards)) and len(barcodes) == len(set(barcodes))
            # nothing counted twice, nothing kept lost: every tally once, one visit per
            # reader, day and hub
            tallies = sum(v[4] for v in first[1] if v[5] is None)
            assert tallies == sum(amount for amount, _ in visits.values())
            readers_served = {(v[5], v[1], v[2]) for v in first[1] if v[5]}
            if disks_die:  # a visit made on a laptop whose disk died unsent is gone with it
                assert readers_served <= served
            else:
                assert readers_served == served
            assert all(v[4] == 1 for v in first[1] if v[5])
            # no value written to an erased reader is left in any database file, anywhere
            assert erased.left_in(replicas, Path(tmp) / "server.sqlite3") == {}
            # a second sync moves nothing
            for replica in replicas:
                report = run_sync(replica.store, replica.transport)
                assert (report.pushed, report.received) == (0, 0)
        finally:
            for replica in replicas:
                replica.db.close()
            storage.close()


def _server_ids(storage: SqlStorage) -> set[str]:
    return {entry[1] for entry in _server_log(storage).values()}
