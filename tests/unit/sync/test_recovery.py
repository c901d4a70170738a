"""Recovery and privacy cases found in review: a server restored from a backup, erased data
reaching a laptop late or through a snapshot, a bundle of many changes, a non-server answer."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mandrivna.core.errors import SyncError
from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME, Database, copy_database
from mandrivna.sync.transport import HttpTransport, Reply
from sync_server.app import create_app
from sync_server.bundle_import import import_bundle_bytes
from sync_server.sql.storage import SqlStorage
from tests.support.many_visits import write_visits
from tests.unit.sync.test_convergence import Replica


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    Database.open(folder).close()
    return folder / DB_FILENAME


@pytest.fixture
def world(tmp_path, template):
    storage = SqlStorage(f"sqlite:///{tmp_path}/server.sqlite3")
    client = TestClient(create_app(storage, materialize_every_s=0))
    made = []

    def laptop(name: str) -> Replica:
        replica = Replica(tmp_path / name, template, storage, client, len(made))
        made.append(replica)
        return replica

    yield storage, laptop, tmp_path
    for replica in made:
        replica.db.close()
    storage.close()


def log_text(replica: Replica) -> str:
    with connect(replica.db.path, None) as conn:
        return repr(conn.execute("SELECT fields FROM change_log").fetchall())


def test_a_server_restored_from_a_backup_gets_back_what_it_lost(world):
    storage, laptop, tmp = world
    a, b = laptop("a"), laptop("b")
    a.visits.tally("stationary", 1)
    a.sync()
    b.sync()
    copy_database(tmp / "server.sqlite3", tmp / "backup.sqlite3")  # an online backup
    a.visits.tally("stationary", 2)
    a.sync()
    b.sync()  # b's cursor is now past what the backup holds
    storage.engine.dispose()  # the server is stopped and restored from the backup
    for suffix in ("-wal", "-shm"):
        (tmp / f"server.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp / "backup.sqlite3", tmp / "server.sqlite3")
    a.sync()  # resends what the server lost
    b.sync()
    c = laptop("c")
    c.sync()
    for replica in (a, b, c):
        assert replica.snapshot()[1] == a.snapshot()[1]
        assert sum(v[4] for v in replica.snapshot()[1]) == 3


def test_an_edit_that_arrives_after_the_delete_leaves_no_personal_data(world):
    _storage, laptop, _tmp = world
    a, b = laptop("a"), laptop("b")
    reader_id, _ = a.readers.register("Шевченко", "Ганна", consent=True)
    a.sync()
    b.sync()
    b.readers.edit(reader_id, phone="+380999999999")  # b has not seen the erasure yet
    a.readers.erase(reader_id)
    a.sync()
    b.sync()
    a.sync()
    for replica in (a, b):
        assert "+380999999999" not in log_text(replica)
        assert "Шевченко" not in log_text(replica)


def test_a_snapshot_that_brings_a_tombstone_scrubs_the_log(world):
    _storage, laptop, _tmp = world
    a, c = laptop("a"), laptop("c")
    reader_id, _ = c.readers.register("Ґалаґан", "Петро", consent=True, phone="+380501112233")
    c.sync()
    a.sync()
    a.readers.erase(reader_id)
    a.sync()
    c.sync(snapshot=True)  # c catches up from a snapshot, not by replaying the delete
    assert "+380501112233" not in log_text(c) and "Ґалаґан" not in log_text(c)


def test_a_bundle_larger_than_one_push_is_imported_whole(world):
    storage, laptop, tmp = world
    a = laptop("a")
    write_visits(a.db, 6_000)
    from mandrivna.sync.bundle import export_bundle

    bundle = tmp / "big.bundle"
    assert export_bundle(a.store, bundle) == 6_000
    held, stored = import_bundle_bytes(storage, bundle.read_bytes(), time.time_ns() // 10**6)
    assert (held, stored) == (6_000, 6_000)


def test_an_answer_that_is_not_from_the_server_is_a_plain_error():
    class Portal(HttpTransport):
        def _send(self, method, path, body, params, extra=None, *, again=True):
            return Reply(200, b"<html>Wi-Fi login</html>", 24)

    with pytest.raises(SyncError, match="not from a Mandrivna server"):
        Portal("http://127.0.0.1:9").status()
