"""A storage is opened by URL (``sync_server.backends``)."""

import pytest

from sync_server.backends import open_storage
from sync_server.cli import main as server_cli
from sync_server.storage_api import SyncStorage


def test_a_storage_is_opened_by_its_url(storage_url):
    storage: SyncStorage = open_storage(storage_url)
    try:
        assert storage.latest() == 0 and storage.data_schema() == 1
    finally:
        storage.close()


def test_a_url_no_backend_keeps_is_refused_in_one_sentence(capsys):
    with pytest.raises(ValueError, match="SQLite or PostgreSQL"):
        open_storage("mysql://u@h/d")
    assert server_cli(["devices", "--db", "mysql://u@h/d"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "sqlite:///FILE" in err and "Traceback" not in err
