"""``SqlStorage``: the server's storage (``storage_api.SyncStorage``) in SQLite or PostgreSQL,
named by an SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``).

Its two parts share one ``SqlDatabase``: the device slots (``devices``) and the change log with
its snapshot records (``change_log``). What differs between the two databases is in ``dialect``.
Safe to call from many threads.
"""

from __future__ import annotations

import threading

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from sync_server.sql.change_log import ChangeLog
from sync_server.sql.database import SqlDatabase
from sync_server.sql.devices import DeviceTables
from sync_server.sql.dialect import DIALECTS
from sync_server.storage_api import SyncStorage

# The SQLAlchemy back-end names this storage runs on.
DATABASES = tuple(DIALECTS)


class SqlStorage(DeviceTables, ChangeLog, SyncStorage):
    def __init__(self, url: str) -> None:
        self.url = url
        self.db = SqlDatabase(url)
        self._upkeep: Connection | None = None  # holds the upkeep turn while this process has it
        self._upkeep_guard = threading.Lock()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for tools and tests that look inside."""
        return self.db.engine

    def upkeep_turn(self) -> bool:
        """The turn is an advisory lock on a connection of its own (``dialect.try_upkeep_lock``),
        kept open while this process has it; a connection found broken gives it up."""
        with self._upkeep_guard:
            if self._upkeep is not None:
                try:
                    self._upkeep.exec_driver_sql("SELECT 1")
                    self._upkeep.commit()
                    return True
                except DBAPIError:
                    self._drop_upkeep()
            conn = self.db.engine.connect()
            try:
                taken = self.db.dialect.try_upkeep_lock(conn)
            except BaseException:
                conn.close()
                raise
            if taken:
                self._upkeep = conn
            else:
                conn.close()
            return taken

    def _drop_upkeep(self) -> None:
        if self._upkeep is not None:
            try:
                self._upkeep.invalidate()  # closes the connection: the lock goes with it
            finally:
                self._upkeep = None

    def close(self) -> None:
        with self._upkeep_guard:
            self._drop_upkeep()
        self.db.close()
