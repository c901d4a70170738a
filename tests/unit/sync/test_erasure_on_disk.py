"""An erased reader's personal data is gone from every file that holds the library's data: on the
laptop that erased, on laptops that pulled the erase or caught up from a snapshot, and on one
whose own conflicting edit reached the others only after the erase. The files are the database,
its write-ahead log, the backups made after the erase, and the sync server's SQLite files. Before
the erase, concurrent edits put both laptops' phones and notes into the conflict queue, and the
reader was in the search index and the server's snapshot table."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mandrivna.core import search_text
from mandrivna.core.phone_numbers import normal_phone
from mandrivna.services.backup_service import BackupService
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.sync_service import new_signing_key
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import run_sync
from sync_server.app import create_app
from sync_server.sql.storage import SqlStorage
from tests.support.disk_bytes import files_holding
from tests.support.in_process import InProcessTransport

SURNAME, GIVEN = "Шевчук", "Ярина"
PHONES = ["+380501112233", "+380671234567", "+380939876543", "+380445556677"]
NOTES = ["Алергія на пилок", "Дзвонити ввечері", "Приходить з онукою", "Глуха на одне вухо"]


def _secrets() -> tuple[bytes, ...]:
    """The reader's data as UTF-8, the name as the search index folds it, the phones as stored
    and their digits."""
    found = [SURNAME, GIVEN, *NOTES, *search_text.text_terms([SURNAME, GIVEN])]
    for phone in PHONES:
        found += [normal_phone(phone) or phone]  # as stored
        found += [t for t in search_text.phone_terms(phone) if len(t) >= 7]
    return tuple(dict.fromkeys(s.encode("utf-8") for s in found))


class Laptop:
    def __init__(self, folder: Path, storage: SqlStorage, client: TestClient, hub: str) -> None:
        self.folder = folder
        self.db = Database.open(folder)
        self.db.set_device(hub_name=hub, librarian_name="Олена")
        now = time.time_ns() // 1_000_000
        _key, code = storage.enroll(hub, "librarian", now)
        private, public = new_signing_key()
        _rec, token = storage.claim(code, self.db.device().device_id, public, now)
        self.store = SyncStore(self.db)
        self.store.update_state(signing_key=private)
        self.transport = InProcessTransport(client, token)
        self.readers = ReaderService(self.db)

    def sync(self, snapshot: bool = False) -> None:
        run_sync(self.store, self.transport, batch=2, snapshot_from=1 if snapshot else 0)

    def backup(self) -> None:
        BackupService(self.db).backup_now("manual")

    def conflicts(self) -> int:
        with self.db.read() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM conflict").scalar_one())

    def files_with_secrets(self) -> dict[str, list[bytes]]:
        """The database, its log and backups, read while the app still has them open."""
        return files_holding(self.folder, _secrets())


@pytest.fixture
def world(tmp_path: Path):
    (tmp_path / "server").mkdir()
    storage = SqlStorage(f"sqlite:///{tmp_path / 'server' / 'server.sqlite3'}")
    client = TestClient(create_app(storage))
    made: list[Laptop] = []

    def laptop(name: str) -> Laptop:
        made.append(Laptop(tmp_path / name, storage, client, f"Хаб {name}"))
        return made[-1]

    yield storage, laptop, tmp_path / "server"
    for one in made:
        one.db.close()
    storage.close()


def test_an_erase_after_conflicts_leaves_no_personal_data_in_any_file(world) -> None:
    storage, laptop, server_folder = world
    a, b, late = laptop("a"), laptop("b"), laptop("late")
    reader_id, _ = a.readers.register(SURNAME, GIVEN, consent=True, phone=PHONES[0], notes=NOTES[0])
    a.sync()
    b.sync()
    late.sync()
    assert storage.snapshot_records(None, 10)[1]  # the server's snapshot table holds the reader
    # three laptops change the phone and the notes without knowing of each other
    a.readers.edit(reader_id, phone=PHONES[1], notes=NOTES[1])
    b.readers.edit(reader_id, phone=PHONES[2], notes=NOTES[2])
    late.readers.edit(reader_id, phone=PHONES[3], notes=NOTES[3])
    a.sync()
    b.sync()
    a.sync()
    assert a.conflicts() and b.conflicts()  # both phones and notes are in the review queue
    a.readers.erase(reader_id)
    a.sync()
    assert files_holding(server_folder, _secrets()) == {}  # at once, not at the next snapshot
    a.backup()
    b.sync()
    b.backup()
    late.sync()  # its edit arrives after the erase, and it pulls the others' edits and the erase
    late.backup()
    a.sync()
    b.sync()
    newcomer = laptop("new")
    newcomer.sync(snapshot=True)
    newcomer.backup()
    for one in (a, b, late, newcomer):
        assert one.readers.search(SURNAME) == []
        assert one.files_with_secrets() == {}, one.folder.name
    assert files_holding(server_folder, _secrets()) == {}
