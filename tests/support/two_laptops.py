"""Laptops (``Replica``) and an in-process SQLite sync server, for the sync tests that need no
more than that: two at once (``two_laptops``), or as many as a test asks for (``laptops``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

from mandrivna.store.database import DB_FILENAME, Database
from sync_server.app import create_app
from sync_server.sql.storage import SqlStorage
from tests.unit.sync.test_convergence import Replica


@contextmanager
def two_laptops(tmp_path: Path) -> Iterator[tuple[Replica, Replica, SqlStorage]]:
    template = tmp_path / "template"
    template.mkdir()
    Database.open(template).close()
    storage = SqlStorage(f"sqlite:///{tmp_path}/server.sqlite3")
    client = TestClient(create_app(storage, materialize_every_s=0))
    a = Replica(tmp_path / "a", template / DB_FILENAME, storage, client, 0)
    b = Replica(tmp_path / "b", template / DB_FILENAME, storage, client, 1)
    try:
        yield a, b, storage
    finally:
        a.db.close()
        b.db.close()
        storage.close()


@contextmanager
def laptops(tmp_path: Path) -> Iterator[Callable[[str], Replica]]:
    """A maker of laptops (each enrolled, in its own folder under ``tmp_path``) on one server;
    every laptop made is closed at the end."""
    Database.open(tmp_path / "template").close()
    storage = SqlStorage(f"sqlite:///{tmp_path}/server.sqlite3")
    client = TestClient(create_app(storage, materialize_every_s=0))
    made: list[Replica] = []

    def laptop(name: str) -> Replica:
        replica = Replica(
            tmp_path / name, tmp_path / "template" / DB_FILENAME, storage, client, len(made)
        )
        made.append(replica)
        return replica

    try:
        yield laptop
    finally:
        for replica in made:
            replica.db.close()
        storage.close()
