"""Shared test set-up: Qt runs offscreen; every test gets its own data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MANDRIVNA_LANG", "uk")

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from mandrivna.store.database import Database

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
