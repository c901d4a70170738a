"""The server's SQLite files hold readers' personal data: only the server's user may read them
(issue #11, item 12), as on a laptop: the database, its -wal and -shm files 0600, the data folder
0700, also for a database made by an older version."""

import os
import stat

import pytest

from mandrivna.core.hlc import pack
from mandrivna.wire import from_pushed
from sync_server import backends
from sync_server.sql.storage import SqlStorage
from tests.server.test_api import DEV_A, NOW, PUBLIC_KEY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def write_something(url: str) -> SqlStorage:
    storage = SqlStorage(url)
    record, _token = storage.claim(
        storage.enroll("Хаб", "librarian", NOW)[1], DEV_A, PUBLIC_KEY, NOW
    )
    row = (pack(NOW, 1), "reader", "r1", "u", {"surname": "Бойко"}, 0)
    storage.push(record.key, DEV_A, 1, [from_pushed(DEV_A, 1, row)], NOW)
    return storage


def test_the_database_and_its_wal_and_shm_are_for_the_server_user_only(tmp_path):
    old = os.umask(0o022)
    try:
        storage = write_something(f"sqlite:///{tmp_path / 'server.sqlite3'}")
        files = [tmp_path / name for name in ("server.sqlite3", "server.sqlite3-wal")]
        files += [tmp_path / "server.sqlite3-shm"]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        storage.close()
    finally:
        os.umask(old)


def test_an_older_world_readable_database_is_made_private_at_start(tmp_path):
    path = tmp_path / "server.sqlite3"
    write_something(f"sqlite:///{path}").close()
    os.chmod(path, 0o644)
    SqlStorage(f"sqlite:///{path}").close()
    assert mode(path) == 0o600


def test_the_default_data_folder_is_for_the_server_user_only(tmp_path, monkeypatch):
    monkeypatch.delenv("MANDRIVNA_SERVER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old = os.umask(0o022)
    try:
        url = backends.default_url()
    finally:
        os.umask(old)
    folder = tmp_path / "data" / "Mandrivna Server"
    assert url.endswith(str(folder / "server.sqlite3")) and mode(folder) == 0o700
