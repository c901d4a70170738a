"""The sync protocol's wire format, shared by the app and the server.

Imports neither Qt nor the database layer. Bodies are JSON, gzip-compressed both ways. To keep
changes small on the wire, a change travels as a positional array and ids that repeat (the
pushing device, the devices in a pull page) are sent once per batch. ``docs/sync-protocol.md``
describes every message.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, Field

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.core.change_limits import MAX_CHANGE_BYTES as MAX_CHANGE_BYTES
from mandrivna.core.change_limits import MAX_LIST as MAX_LIST
from mandrivna.core.change_limits import MAX_NUMBER as MAX_NUMBER
from mandrivna.core.change_limits import MAX_TEXT as MAX_TEXT
from mandrivna.core.change_limits import NAME as NAME
from mandrivna.core.change_limits import fields_bytes as fields_bytes
from mandrivna.core.change_limits import fields_problem as fields_problem
from mandrivna.core.fact_shape import FactShape
from mandrivna.core.merge import full_stamps as full_stamps

# 2: per-origin logs, the history chain, pushes stamped ahead of the server's clock refused.
PROTOCOL_VERSION = 2
# Oldest protocol the server still accepts; older apps are told to update.
MIN_PROTOCOL_VERSION = 2
PROTOCOL_HEADER = "X-Mandrivna-Protocol"
# The laptop's wall clock (ms since the epoch) when it sent the request: the server keeps how
# far it is from its own, for the coordinator's list of devices.
CLOCK_HEADER = "X-Mandrivna-Clock"
# The app's version, on every request (older apps send none): the coordinator's list of laptops.
APP_HEADER = "X-Mandrivna-App"
# On ``/v1/status``: how many changes the laptop holds that the server has not acknowledged,
# as it starts a sync (older apps send none).
PENDING_HEADER = "X-Mandrivna-Pending"
# The ``reason`` of a 409 answer to a push stamped ahead of the server's clock.
CLOCK_AHEAD = "clock_ahead"
# Version of the data the app writes (entities and their fields). Raised only for a change an
# older app would misread; once the server holds newer data, older apps are told to update.
DATA_SCHEMA_VERSION = 1
SCHEMA_HEADER = "X-Mandrivna-Schema"

# --- Limits: the app and the server take every limit from here (docs/sync-protocol.md) ---------
# One request body, as sent (compressed) and once decompressed.
MAX_BODY_BYTES = 32 * 1024 * 1024
# The body of a request that carries no changes (enroll).
MAX_SMALL_BODY_BYTES = 16 * 1024
# Changes in one push, and changes or records in one page (pull, own, snapshot).
MAX_BATCH = 5000
# Characters of an entity id. What one change's fields may hold (``MAX_NUMBER``, ``MAX_TEXT``,
# ``MAX_LIST``, ``MAX_CHANGE_BYTES``, ``fields_problem``) is in ``core.change_limits``: the app
# checks its own writes with it before they reach the change log.
MAX_ID = 64
# The fields of one page of changes or records (pull, own, snapshot) and of one push the app
# sends. A page always holds at least one change, so nothing can be stuck behind the cap.
MAX_PAGE_BYTES = 4 * 1024 * 1024
# A USB bundle once decompressed: about 300,000 changes, years of a hub's work.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
# gzip level for bodies: 6 keeps changes small on slow mobile links (level 1: +8 B per change).
WIRE_GZIP_LEVEL = 6

# A change on the wire in a push: [hlc, entity, entity_id, op, fields, seen]
PushedChange = tuple[int, str, str, str, dict[str, Any], int]
# A change ready to be pushed, as the laptop's log gives it (``SyncStore.outbox_to_send``):
# (seq, hlc, entity, entity_id, op, fields, seen), its fields already compact JSON (UTF-8).
SendableChange = tuple[int, int, str, str, str, bytes, int]
# A change on the wire in a pull: [origin index, seq, hlc, entity, entity_id, op, fields, seen]
PulledChange = tuple[int, int, int, str, str, str, dict[str, Any], int]
# A change of one of the asking device's origins (``/v1/own``):
# [seq, hlc, entity, entity_id, op, fields, seen]
OwnChange = tuple[int, int, str, str, str, dict[str, Any], int]


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    device_id: str = Field(min_length=36, max_length=36)
    public_key: str = Field(min_length=44, max_length=128, description="Ed25519, base64")
    hub: str = Field(default="", max_length=200)


class EnrollResponse(BaseModel):
    device_key: str
    token: str
    hub: str
    role: str


class PushRequest(BaseModel):
    origin: str = Field(min_length=36, max_length=36)  # the log the changes belong to
    first_seq: int = Field(ge=1, le=MAX_NUMBER)
    changes: list[PushedChange] = Field(max_length=MAX_BATCH)


class PushResponse(BaseModel):
    held: int  # highest sequence of this origin the server holds with no gap before it
    stored: int  # how many of the pushed changes were new
    server_time_ms: int


class ClockAheadBody(BaseModel):
    """The 409 answer to a push stamped ahead of the server's clock."""

    detail: str
    reason: str
    server_time_ms: int
    ahead_ms: int


class PullResponse(BaseModel):
    devices: list[str]  # origins, each sent once per page
    changes: list[PulledChange]
    cursor: int  # pass as ``after`` to get the next page
    more: bool
    chain: str  # the server's history id at ``cursor``


class SnapshotPage(BaseModel):
    upto: int  # on the first page: the snapshot covers every change up to this sequence
    total: int = 0  # on the first page: how many records it holds (0: an older server's)
    records: list[
        tuple[str, str, dict[str, Any], dict[str, list[Any]] | tuple[int, str, int]]
    ]  # entity, id, fields, stamps (``stamps=short``: one stamp, when every field has it)
    more: bool


class OwnChangesResponse(BaseModel):
    """One of this device's origins as the server holds it (for a laptop restored from a
    backup)."""

    changes: list[OwnChange]
    more: bool


class StatusResponse(BaseModel):
    device_key: str
    hub: str
    role: str
    origins: dict[str, int]  # this device's origins and how much of each the server holds
    latest: int  # the newest server sequence
    chain: str | None  # the history id at the asked cursor (None: the server holds less)
    server_time_ms: int


class DeviceEntry(BaseModel):
    """A laptop's slot as a coordinator's app sees it (``/v1/devices``)."""

    key: str
    device_id: str | None
    hub: str
    role: str
    created_ms: int
    enrolled_ms: int | None
    revoked_ms: int | None
    last_sync_ms: int | None
    to_pull: int  # changes on the server it has not pulled yet
    pending: int | None  # changes it held unsent as it last synced (None: never said)
    app_version: str | None
    clock_skew_ms: int | None  # its wall clock minus the server's, at its last sync


class DeviceListResponse(BaseModel):
    devices: list[DeviceEntry]
    server_time_ms: int


class IssueCodeRequest(BaseModel):
    hub: str = Field(min_length=1, max_length=200)
    role: str = Field(default="librarian", max_length=20)


class IssueCodeResponse(BaseModel):
    device_key: str
    code: str
    hub: str
    role: str
    expires_ms: int


class RevokeRequest(BaseModel):
    device: str = Field(min_length=1, max_length=64)  # a slot's key or device id


class RevokeResponse(BaseModel):
    revoked: bool


class ErrorBody(BaseModel):
    detail: str


def push_count(changes: Sequence[Change], max_bytes: int = MAX_PAGE_BYTES) -> int:
    """How many of ``changes``, in order, one push sends: their fields within ``max_bytes``,
    and at least one."""
    return _count_within([fields_bytes(change.fields) for change in changes], max_bytes)


def sendable_count(changes: Sequence[SendableChange], max_bytes: int = MAX_PAGE_BYTES) -> int:
    """``push_count`` of changes whose fields are encoded already."""
    return _count_within([len(change[5]) for change in changes], max_bytes)


def _count_within(sizes: Sequence[int], max_bytes: int) -> int:
    total = 0
    for count, size in enumerate(sizes):
        total += size
        if total > max_bytes and count > 0:
            return count
    return len(sizes)


# --- Changes on the wire: encoded and decoded here only, by the app and the server alike ------

_OPS = {op.value: op for op in Op}
_CODES = {op: op.value for op in Op}  # ``op.value`` without the enum's property per change


def op_of(code: str) -> Op:
    """The op a wire code stands for; ValueError for a code no app writes."""
    try:
        return _OPS[code]
    except (KeyError, TypeError):
        raise ValueError(f"unknown op {code!r}") from None


def to_pushed(change: Change) -> PushedChange:
    return (
        change.hlc,
        change.entity,
        change.entity_id,
        _CODES[change.op],
        change.fields,
        change.seen,
    )


def push_body(origin: str, changes: Sequence[SendableChange]) -> bytes:
    """The body of a push of ``changes`` (numbered on from the first), gzip JSON of
    ``PushRequest``'s shape: byte for byte what ``encode`` writes of their ``to_pushed`` rows,
    with each change's fields put in as they are instead of encoded again."""
    raw = json_text.raw
    rows = [
        (hlc, entity, eid, op, raw(fields), seen)
        for _, hlc, entity, eid, op, fields, seen in changes
    ]
    first_seq = changes[0][0] if changes else 1
    return encode({"origin": origin, "first_seq": first_seq, "changes": rows})


def from_pushed(origin: str, seq: int, row: PushedChange) -> Change:
    """Change ``seq`` of ``origin``, as a push or a bundle carries it. ValueError for an op no
    app writes (the server checks everything else, ``sync_server.validation``)."""
    hlc, entity, entity_id, op, fields, seen = row
    return Change(origin, seq, hlc, entity, entity_id, op_of(op), fields, seen)


# A pulled change is made by ``Change``'s slots' own setters instead of its generated
# ``__init__`` (frozen: one ``object.__setattr__`` call per field): the very same object, for
# half the CPU, 5,000 times a page (``bench/pull_page_bench.py``, issue #17). Its fields, in
# order; a change to ``Change``'s fields stops the app here at once rather than making changes
# with a field unset (``tests/unit/test_wire.py`` holds both ways equal).
_CHANGE_FIELDS = ("device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "seen")
if tuple(f.name for f in dataclasses.fields(Change)) != _CHANGE_FIELDS or hasattr(
    Change, "__post_init__"
):
    raise RuntimeError("wire: Change's fields are not the ones from_pulled sets")
_new_change = object.__new__
(_origin, _seq, _hlc, _entity, _entity_id, _op, _fields, _seen) = (
    Change.__dict__[name].__set__ for name in _CHANGE_FIELDS
)


def _made(
    origin: str, seq: int, hlc: int, entity: str, eid: str, op: str, fields: Any, seen: int
) -> Change:
    """``Change(origin, seq, hlc, entity, eid, op_of(op), fields, seen)``, made faster."""
    try:
        code = _OPS[op]
    except (KeyError, TypeError):
        code = op_of(op)  # says which op no app writes
    change = _new_change(Change)
    _origin(change, origin)
    _seq(change, seq)
    _hlc(change, hlc)
    _entity(change, entity)
    _entity_id(change, eid)
    _op(change, code)
    _fields(change, fields)
    _seen(change, seen)
    return change


def _device(devices: list[str], index: int) -> str:
    """The device a pulled change names by its place in the page's list (ValueError for a
    place the list does not have: a negative one would name another device)."""
    if not 0 <= index < len(devices):
        raise ValueError(f"a change names device {index!r} of {len(devices)}")
    return devices[index]


def from_pulled(devices: list[str], row: PulledChange) -> Change:
    index, seq, hlc, entity, entity_id, op, fields, seen = row
    return _made(_device(devices, index), seq, hlc, entity, entity_id, op, fields, seen)


def pulled_fact_rows(
    devices: list[str],
    rows: list[PulledChange],
    shapes: Mapping[str, FactShape],
    into: dict[str, list[tuple[Any, ...]]],
    rest: list[Change],
) -> None:
    """A page's facts the store takes whole made straight into their table rows (``shapes``,
    by entity, added to ``into``), every other change made a ``Change`` (added to ``rest``):
    a catch-up's millions of facts without an object each (``core/fact_shape.py``)."""
    fact = Op.FACT.value
    for row in rows:
        index, _seq, hlc, entity, entity_id, op, fields, _seen = row
        shape = shapes.get(entity)
        if shape is not None and op == fact and shape.takes(fields):
            made = into.get(entity)
            if made is None:
                made = into[entity] = []
            made.append((entity_id, _device(devices, index), hlc, *shape.make(fields)))
        else:
            rest.append(from_pulled(devices, row))


def from_own(origin: str, row: OwnChange) -> Change:
    seq, hlc, entity, entity_id, op, fields, seen = row
    return _made(origin, seq, hlc, entity, entity_id, op, fields, seen)


def encode(payload: BaseModel | dict[str, Any]) -> bytes:
    """Compact JSON, gzip-compressed."""
    data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
    return gzip.compress(json_text.dumps_bytes(data), compresslevel=WIRE_GZIP_LEVEL)


def decode_json(body: bytes, gzipped: bool = True) -> Any:
    """Decompress (bounded, so a small bomb cannot exhaust memory) and parse JSON."""
    raw = body
    if gzipped:
        decompressor = gzip.GzipFile(fileobj=io.BytesIO(body))
        raw = decompressor.read(MAX_BODY_BYTES + 1)
        if len(raw) > MAX_BODY_BYTES:
            raise ValueError("body too large")
    return json_text.loads(raw)
