"""Shared test set-up: Qt runs offscreen; every test gets its own data folder; a throwaway
PostgreSQL database (``pg_url``) for the tests that run on it too."""

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MANDRIVNA_LANG", "uk")

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, text

from mandrivna.store.database import Database
from tests.pg_cluster import postgres_cluster

# Speed is measured in bench/, never in tests: no per-example deadline on a shared machine.
settings.register_profile("mandrivna", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("mandrivna")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path):
    database = Database.open(data_dir)
    database.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    yield database
    database.close()


@pytest.fixture
def server(tmp_path: Path):
    """A real sync server (uvicorn in its own process) on 127.0.0.1 with a SQLite file."""
    from tests.support.live_server import Server

    live = Server(tmp_path)
    live.start()
    yield live
    live.kill()


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
