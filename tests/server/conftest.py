"""Server fixtures: every storage test runs on SQLite and on a real PostgreSQL."""

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from sync_server.storage import SyncStorage
from tests.pg_cluster import postgres_cluster


@pytest.fixture(scope="session")
def pg_server_url():
    with postgres_cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_server_url):
    """A fresh, empty database on the test cluster."""
    if pg_server_url is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI (.ci/run installs it)")
        pytest.skip(
            "no PostgreSQL here: install Debian's postgresql package (the tests start a "
            "throwaway cluster) or set MANDRIVNA_TEST_PG_URL"
        )
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    base = pg_server_url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def storage_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def storage(storage_url):
    s = SyncStorage(storage_url)
    yield s
    s.close()
