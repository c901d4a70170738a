"""Server fixtures: every storage test runs on SQLite and on a real PostgreSQL (``pg_url``, in
``tests/conftest.py``)."""

import pytest

from sync_server.backends import open_storage


@pytest.fixture(params=["sqlite", "postgresql"])
def storage_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def storage(storage_url):
    s = open_storage(storage_url)
    yield s
    s.close()
