"""The server's tables: enrolled devices, their log origins and the merged change log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Row

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.wire import op_of
from sync_server.storage_api import StoredChange

metadata = MetaData()

# BIGINT on PostgreSQL, INTEGER (the rowid) on SQLite, so both autoincrement.
SeqType = BigInteger().with_variant(Integer(), "sqlite")

devices = Table(
    "server_device",
    metadata,
    Column("key", String(32), primary_key=True),  # short id for people: enroll, revoke
    Column("device_id", String(36), unique=True, nullable=True),  # the app's UUID once enrolled
    Column("hub", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("code_hash", String(64), nullable=True, unique=True),
    Column("code_expires_ms", BigInteger, nullable=True),
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("public_key", String(128), nullable=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("enrolled_ms", BigInteger, nullable=True),
    Column("revoked_ms", BigInteger, nullable=True),
    Column("last_sync_ms", BigInteger, nullable=True),
    Column("held_seq", BigInteger, nullable=False, default=0),
    Column("pull_cursor", BigInteger, nullable=False, default=0),
    Column("clock_ahead_ms", BigInteger, nullable=False, default=0),  # unused since protocol 2
    # the device id this slot's code may re-bind (``enroll --replaces``); added by
    # ``schema_upgrade`` to databases made before it existed
    Column("replaces", String(36), nullable=True),
    # The laptop's wall clock minus the server's, as last seen (ahead > 0, behind < 0).
    Column("clock_skew_ms", BigInteger, nullable=True),
    # What the laptop said as it last synced: its app version, and the changes it held unsent.
    Column("app_version", String(40), nullable=True),
    Column("reported_pending", BigInteger, nullable=True),
)

# The origins a device writes its log under (a new one after every restore of the laptop from
# a backup), each bound for ever to the device slot that first pushed it.
origins = Table(
    "server_origin",
    metadata,
    Column("origin_id", String(36), primary_key=True),
    Column("device_key", String(32), nullable=False, index=True),
    Column("held_seq", BigInteger, nullable=False, default=0),
    Column("created_ms", BigInteger, nullable=False),
)

changes = Table(
    "server_change",
    metadata,
    Column("server_seq", SeqType, primary_key=True, autoincrement=True),
    Column("device_id", String(36), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("op", String(1), nullable=False),
    Column("fields", Text, nullable=False),  # JSON, kept as received
    Column("seen", BigInteger, nullable=False),
    Column("received_ms", BigInteger, nullable=False),
    # The history id at this change: a hash of the previous one and this change's identity, so
    # a laptop can tell that the server's history up to its pull cursor is still the one it
    # pulled (a server restored from a backup numbers new changes again).
    Column("chain", String(32), nullable=True),
    UniqueConstraint("device_id", "device_seq", name="uq_server_change_device_seq"),
)
# The deletes (tombstones) by record: a push looks up the records it touches here, to scrub
# their erased fields (``change_log``). Partial, so the edits and facts that make up nearly all
# of the log cost it nothing; queries name ``ERASED`` as it is written here, for both databases
# to see that the index covers them. The unique constraint's index serves an origin's changes
# (a second index on the same columns, ``ix_server_change_device``, was dropped: it only cost
# every insert).
ERASED = text(f"op = '{Op.DELETE.value}'")
erased_index = Index(
    "ix_server_change_erased",
    changes.c.entity,
    changes.c.entity_id,
    sqlite_where=ERASED,
    postgresql_where=ERASED,
)

# The columns a pull (or the snapshot merge) reads, in ``PulledRow`` order.
CHANGE_COLUMNS = (
    changes.c.server_seq,
    changes.c.device_id,
    changes.c.device_seq,
    changes.c.hlc,
    changes.c.entity,
    changes.c.entity_id,
    changes.c.op,
    changes.c.fields,
    changes.c.seen,
    changes.c.chain,
)


def stored_change(row: Sequence[Any]) -> StoredChange:
    """A row of ``CHANGE_COLUMNS`` as it is held (its fields the stored JSON text): the row's
    values in their order, which is ``StoredChange``'s."""
    return StoredChange._make(row)


def decode_change(row: Row[*tuple[Any, ...]]) -> Change:
    """A row of ``CHANGE_COLUMNS`` as the shared ``Change`` (its op is the wire's code)."""
    return Change(
        row.device_id,
        row.device_seq,
        row.hlc,
        row.entity,
        row.entity_id,
        op_of(row.op),
        json_text.loads(row.fields),
        row.seen,
    )


# Records merged from the log (by ``mandrivna.core.merge``), for snapshots; brought up to date
# lazily when a snapshot is asked for, never on the push path.
records = Table(
    "server_record",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("fields", Text, nullable=False),  # JSON: field -> value
    Column("stamps", Text, nullable=False),  # JSON: field -> [hlc, device, seen]
)

meta = Table(
    "server_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
