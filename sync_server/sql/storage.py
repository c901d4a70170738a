"""``SqlStorage``: the server's storage (``storage_api.SyncStorage``) in SQLite or PostgreSQL,
named by an SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``).

Its two parts share one ``SqlDatabase``: the device slots (``devices``) and the change log with
its snapshot records (``change_log``). What differs between the two databases is in ``dialect``.
Safe to call from many threads.
"""

from __future__ import annotations

from sqlalchemy import Engine

from sync_server.sql.change_log import ChangeLog
from sync_server.sql.database import SqlDatabase
from sync_server.sql.devices import DeviceTables
from sync_server.sql.dialect import DIALECTS
from sync_server.storage_api import SyncStorage

#: The SQLAlchemy back-end names this storage runs on.
DATABASES = tuple(DIALECTS)


class SqlStorage(DeviceTables, ChangeLog, SyncStorage):
    def __init__(self, url: str) -> None:
        self.url = url
        self.db = SqlDatabase(url)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for tools and tests that look inside."""
        return self.db.engine

    def close(self) -> None:
        self.db.close()
