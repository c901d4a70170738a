"""One SQL database of the server: its engine, its dialect (``dialect``) and its transactions.

The tables are made, or brought up to date (``schema_upgrade``), when it is opened. Safe to use
from many threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import Connection

from sync_server.sql import schema_upgrade
from sync_server.sql.dialect import dialect_for
from sync_server.sql.tables import metadata


class SqlDatabase:
    def __init__(self, url: str) -> None:
        self.dialect = dialect_for(url)
        self.engine = self.dialect.make_engine(url)
        # This process's pushes (and fold steps) queue here, before the database's lock: the
        # next one starts the moment the current one ends (SQLite's busy handler would poll it in
        # sleeps of up to 100 ms; a laptop has two pushes on their way at once).
        self._in_turn = threading.Lock()
        with self.dialect.schema_lock(self.engine):  # other server processes may be starting
            metadata.create_all(self.engine)
            schema_upgrade.upgrade(self.engine, self.dialect)

    def close(self) -> None:
        self.engine.dispose()

    def read(self) -> Connection:
        """A connection for reading (``with db.read() as conn``)."""
        return self.engine.connect()

    def write(self, durable: bool = True) -> AbstractContextManager[Connection]:
        """A write transaction. ``durable=False`` is for bookkeeping that may be lost in a power
        cut (a device's pull cursor, shown by ``devices``): its commit does not wait for the
        disk."""
        return self.dialect.write(self.engine, durable)

    @contextmanager
    def serialised(self) -> Iterator[Connection]:
        """A write transaction that no other push (or snapshot fold) runs beside: pushes take
        their server sequences inside it, so the server sequence follows commit order."""
        with self._in_turn, self.write() as conn:
            self.dialect.lock_pushes(conn)
            yield conn
