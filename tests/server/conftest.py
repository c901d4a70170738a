"""The server's test suite runs against every storage backend (``storage_backends.BACKENDS``: the
SQL backend on SQLite and on a real PostgreSQL, ``pg_url`` in ``tests/conftest.py``)."""

import pytest

from sync_server.backends import open_storage
from tests.server.storage_backends import BACKENDS


@pytest.fixture(params=list(BACKENDS))
def backend(request):
    return BACKENDS[request.param]


@pytest.fixture
def storage_url(backend, request, tmp_path):
    return backend.url(request, tmp_path)


@pytest.fixture
def storage(storage_url):
    s = open_storage(storage_url)
    yield s
    s.close()


@pytest.fixture
def stored_text(backend):
    """``stored_text(storage)``: everything the storage keeps, as text."""
    return backend.stored_text
