"""The storage backends the server's test suite runs against.

Every test in ``tests/server`` that takes the ``storage`` (or ``storage_url``) fixture runs once
per entry of ``BACKENDS``, and uses the storage through ``storage_api.SyncStorage`` only: that is
the suite any backend must pass. A new backend adds an entry here: how to make an empty storage
for one test (a URL for ``backends.open_storage``), and how to read back everything it keeps, as
text, for the tests that make sure erased personal data and secrets are kept nowhere. The SQL
backend's own workings are tested in ``tests/server/sql`` (on its two databases only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from sync_server.sql.storage import SqlStorage
from sync_server.sql.tables import metadata
from sync_server.storage_api import SyncStorage


@dataclass(frozen=True)
class Backend:
    name: str
    #: The URL of a new, empty storage for one test.
    url: Callable[[pytest.FixtureRequest, Path], str]
    #: Everything the storage keeps, as text.
    stored_text: Callable[[SyncStorage], str]


def sql_text(storage: SyncStorage) -> str:
    """Every row of every table of the SQL backend."""
    assert isinstance(storage, SqlStorage)
    with storage.engine.connect() as conn:
        return repr([conn.execute(select(table)).all() for table in metadata.sorted_tables])


def _sqlite_file(_request: pytest.FixtureRequest, folder: Path) -> str:
    return f"sqlite:///{folder / 'server.sqlite3'}"


def _postgresql_database(request: pytest.FixtureRequest, _folder: Path) -> str:
    return str(request.getfixturevalue("pg_url"))  # a new database on the test cluster


BACKENDS = {
    backend.name: backend
    for backend in (
        Backend("sqlite", _sqlite_file, sql_text),
        Backend("postgresql", _postgresql_database, sql_text),
    )
}
#: The entries kept by the SQL backend (``sync_server.sql``).
SQL_BACKENDS = ("sqlite", "postgresql")
