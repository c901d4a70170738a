"""This laptop's own state, as the core's kind of types: its identity and settings
(``device_state``) and where and how far it syncs (``sync_state``). Kept apart from
``tables`` (which describes them as SQLAlchemy tables) so that a start can read them through the
SQLite driver alone (``first_view_queries``) before SQLAlchemy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

# A database put back from a backup copy carries this table until it starts a new log origin
# (``lineage``).
BACKUP_COPY_MARKER = "backup_copy_marker"


@dataclass(frozen=True, slots=True, kw_only=True)
class DeviceState:
    """This device: its identity, where it works, and the counters of its change log."""

    id: int = 1
    device_id: str  # this laptop's identity on the sync server (enrollment)
    # The id this database writes its change log under; a database put back from a backup
    # starts a new one, so that (origin, seq) names one change for ever (``own_origin``).
    origin_id: str | None = None
    hub_name: str
    librarian_name: str
    language: str | None = None
    hlc_last: int = 0
    seq_last: int = 0
    created_at_ms: int = 0
    backup_folder: str | None = None  # a second folder (a USB stick) for daily backups


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncState:
    """Where this device syncs, and how far: we have applied the server's changes up to
    ``pull_cursor``, whose history id on the server is ``pull_chain`` (how much of our own log
    the server holds is in ``own_origin``)."""

    id: int = 1
    server_url: str | None = None
    token: str | None = None
    pull_cursor: int = 0
    pull_chain: str | None = None
    last_sync_at_ms: int | None = None
    last_error: str | None = None
    device_key: str | None = None
    role: str | None = None
    signing_key: str | None = None  # Ed25519 private key (base64) that signs USB bundles
    # What the last sync learned of this laptop's clock: wall clock minus the server's (ms),
    # the server's time then, and the newest stamp seen from other laptops.
    clock_skew_ms: int | None = None
    server_time_ms: int | None = None
    newest_seen_hlc: int | None = None
