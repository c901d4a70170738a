"""The storage the sync server's API works on: one interface, ``SyncStorage``, whatever keeps the
data.

The HTTP API (``app``), the bundle import (``bundle_import``) and the command line (``cli``) see
only this module; ``backends.open_storage`` gives them a storage for a URL. A backend implements
every method below with the guarantees written on it, which are what the sync protocol promises
(``docs/sync-protocol.md``), and passes the storage suite in ``tests/server``, which runs against
every backend (``docs/server.md`` says how to add one). Today there is one, ``sync_server.sql``
(SQLite or PostgreSQL through SQLAlchemy).

Every method is called from many threads at once, and each is one transaction: what it changes is
all stored or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from mandrivna.core.change import Change

# What a device may do: a librarian syncs; a coordinator also imports USB bundles.
ROLES = ("librarian", "coordinator")


class EnrollmentError(Exception):
    """The enrollment code is unknown, used, revoked, expired or made for another device; or the
    device is enrolled already (one plain sentence)."""


class LogMismatchError(Exception):
    """A device sent a change under a sequence number the server holds with other content."""

    def __init__(self, seq: int) -> None:
        super().__init__(f"change {seq} differs from the one the server holds")
        self.seq = seq


class ClockAheadError(Exception):
    """A pushed change is stamped further ahead of the server's clock than the bound allows."""

    def __init__(self, ahead_ms: int, server_time_ms: int) -> None:
        super().__init__(f"clock ahead by {ahead_ms} ms")
        self.ahead_ms = ahead_ms
        self.server_time_ms = server_time_ms


class OriginError(Exception):
    """The origin belongs to another device."""


@dataclass(frozen=True)
class DeviceRecord:
    """A device slot, as a request's token finds it."""

    key: str
    device_id: str | None
    hub: str
    role: str
    revoked: bool


@dataclass(frozen=True)
class DeviceInfo:
    """A device slot, as the coordinator's list shows it."""

    key: str
    device_id: str | None
    hub: str
    role: str
    created_ms: int
    enrolled_ms: int | None
    revoked_ms: int | None
    last_sync_ms: int | None
    held_seq: int  # changes held, all its origins together
    pending: int
    clock_skew_ms: int | None  # its wall clock minus the server's, at its last sync
    app_version: str | None = None  # as the laptop last said (older apps say nothing)
    reported_pending: int | None = None  # changes it held unsent as it last synced


@dataclass(frozen=True)
class DeviceReport:
    """What a laptop says of itself as it starts a sync (older apps say nothing)."""

    app_version: str | None = None
    pending: int | None = None


@dataclass(frozen=True)
class DeviceStatus:
    """What a laptop learns at the start of a sync."""

    origins: dict[str, int]  # its origins and how much of each the server holds
    latest: int  # the newest server sequence
    chain: str | None  # the history id at the laptop's cursor (None: the server holds less)


class StoredChange(NamedTuple):
    """A change as the server holds it. Its fields stay the JSON text that was stored, so a page
    is answered without parsing them again; ``op`` is the wire's code. A tuple, so a page's rows
    are made from the database's in one step each (``sql.tables.stored_change``)."""

    server_seq: int
    device_id: str  # the origin that wrote the change
    device_seq: int
    hlc: int
    entity: str
    entity_id: str
    op: str
    fields_json: str
    seen: int
    chain: str  # the history id at this change


class PullPage(NamedTuple):
    changes: list[StoredChange]
    cursor: int  # the server sequence to pull after next
    more: bool
    chain: str | None  # the history id at ``cursor``


class StoredRecord(NamedTuple):
    """A record merged from the log to its current state, for snapshots (JSON texts)."""

    entity: str
    entity_id: str
    fields_json: str  # field -> value
    stamps_json: str  # field -> [hlc, device, seen], or one [hlc, device, seen] every field carries


class FoldLag(NamedTuple):
    """How far the snapshot records are behind the log: when the oldest change not yet folded
    and the newest change arrived (the server's clock, ms)."""

    oldest_ms: int
    newest_ms: int


class RecordPage(NamedTuple):
    upto: int  # on the first page: every change up to this server sequence is merged in
    records: list[StoredRecord]
    more: bool


class SyncStorage(Protocol):
    """Everything the sync server stores: device slots, every origin's change log in one server
    order, and the records merged from it for snapshots."""

    # --- Devices -------------------------------------------------------------------------------

    def enroll(
        self, hub: str, role: str, now_ms: int, replaces: str | None = None
    ) -> tuple[str, str]:
        """A new device slot for ``hub``; returns its key and a one-time enrollment code (valid
        ``enrollment_codes.CODE_VALID_MS``; stored hashed). With ``replaces`` (a device's key or
        device id) the code may enroll that device again, with a new key, and no other device.
        ValueError for a role not in ``ROLES``; LookupError for a device it does not know."""
        ...

    def device_id_of(self, key_or_device_id: str) -> str | None:
        """The device id of a slot named by its key or device id, if a device holds it."""
        ...

    def claim(
        self, code: str, device_id: str, public_key: str, now_ms: int
    ) -> tuple[DeviceRecord, str]:
        """Bind a code to the device id and public key; returns the slot and its new token
        (stored hashed). A device id is bound to its first public key for ever: a known device
        is bound again only by a code made for it, its origins and log going with it to the new
        slot; the same code, device and key again within the code's lifetime get a new token.
        Raises EnrollmentError."""
        ...

    def authenticate(self, token: str) -> DeviceRecord | None:
        """The slot a token belongs to (a revoked one too, marked so), or None."""
        ...

    def signer(self, device_id: str) -> tuple[str, str] | None:
        """(slot key, public key) of an enrolled device that is not revoked, for its bundles."""
        ...

    def revoke(self, key_or_device_id: str, now_ms: int) -> bool:
        """Stop a device's token at once (it is then told "revoked"); False if there is none."""
        ...

    def device_list(self) -> list[DeviceInfo]:
        """Every slot, by hub, with what it holds and has still to pull."""
        ...

    # --- The change log ------------------------------------------------------------------------

    def status(
        self,
        device_key: str,
        cursor: int,
        device_clock_ms: int | None,
        now_ms: int,
        report: DeviceReport | None = None,
    ) -> DeviceStatus:
        """The device's origins, the newest server sequence and the history id at ``cursor``;
        keeps how far the device's clock is from the server's, and what it says of itself."""
        ...

    def held(self, origin: str) -> int:
        """The highest sequence of ``origin`` held with no gap before it (0 if none)."""
        ...

    def push(
        self,
        device_key: str,
        origin: str,
        first_seq: int,
        changes: Sequence[Change],
        now_ms: int,
    ) -> tuple[int, int]:
        """Store ``changes``, the changes ``first_seq``, ``first_seq + 1``… of ``origin``,
        idempotently; returns (held, how many were new).

        Each (origin, sequence) is stored once and every origin's log stays gap-free: after a gap
        nothing is stored, and changes already held are skipped, but they must carry the stamps
        held (else LogMismatchError, nothing stored). An origin is bound for ever to the first
        device that pushes it (another: OriginError). A change stamped beyond the clock bound
        (``core.restamp.ahead_limit``) is refused with ClockAheadError, nothing stored. Pushes
        are serialised and take their server sequences in commit order, each change with its
        history id, so a pull cursor never steps past a change that commits later. A delete
        removes the fields it erases from the record's earlier edits, in the log and in the
        merged records, in the same transaction, and leaves no copy of them behind."""
        ...

    def pull(
        self,
        device_key: str | None,
        after: int,
        limit: int,
        now_ms: int,
        facts_upto: int | None = None,
    ) -> PullPage:
        """Changes after server sequence ``after``, in server order, at most ``limit`` and
        ``wire.MAX_PAGE_BYTES`` of them (at least one), the asking device's own origins left out
        (none when ``device_key`` is None); ``after`` is kept as the device's cursor. With
        ``facts_upto`` (after a snapshot's records): only facts, up to that sequence."""
        ...

    def own_changes(
        self, device_key: str, origin: str, after: int, limit: int
    ) -> list[StoredChange]:
        """An origin of the asking device (else OriginError): its changes with sequence above
        ``after``, in order, at most ``limit`` and ``wire.MAX_PAGE_BYTES`` of them (at least
        one). What a laptop restored from a backup takes back."""
        ...

    def latest(self) -> int:
        """The newest server sequence (0 when the log is empty)."""
        ...

    # --- Snapshots -----------------------------------------------------------------------------

    def snapshot_records(self, after: tuple[str, str] | None, limit: int) -> RecordPage:
        """Merged records in (entity, id) order after ``after``, at most ``limit`` and
        ``wire.MAX_PAGE_BYTES`` of them (at least one). The first page (``after`` None) merges
        every change stored so far first and says so in ``upto``; later pages have ``upto`` 0."""
        ...

    def snapshot_size(self) -> int:
        """How many records a whole snapshot sends (after its first page has merged them): the
        laptop's "of how many"."""
        ...

    def materialize_step(self) -> bool:
        """Merge a bounded step of new record changes into the snapshot records, holding up
        pushes only that long; True while more is left."""
        ...

    def fold_lag(self) -> FoldLag | None:
        """When the oldest change not yet folded into the snapshot records arrived, and the
        newest change; None when every change is folded (``fold_schedule`` decides from it)."""
        ...

    def upkeep_turn(self) -> bool:
        """Whether this process is the one that keeps the snapshots warm (``materialize_step``
        in the background): at most one of the server processes sharing a database is, and it
        stays so until it closes the storage or dies, when another one takes the turn."""
        ...

    # --- The data schema and the storage itself ------------------------------------------------

    def data_schema(self) -> int:
        """The newest data schema any device has written to this server (1 at first)."""
        ...

    def raise_data_schema(self, version: int) -> None:
        """Keep ``version`` as the newest data schema, if it is newer."""
        ...

    def close(self) -> None: ...
