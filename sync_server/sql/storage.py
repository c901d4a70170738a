"""``SqlStorage``: the server's storage (``storage_api.SyncStorage``) in SQLite or PostgreSQL,
named by an SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``).

Pushes are serialised and take their server sequence numbers inside that lock, so the server
sequence follows commit order: a pull cursor can never step past a change that commits later.
Safe to call from many threads.
"""

from __future__ import annotations

from sync_server.sql.change_log import ChangeLog
from sync_server.storage_api import SyncStorage

#: The SQLAlchemy back-end names this storage runs on.
DATABASES = ("sqlite", "postgresql")


class SqlStorage(ChangeLog, SyncStorage):
    """Device slots (``sql.devices``) and the change log with its snapshots
    (``sql.change_log``), in one SQL database."""
