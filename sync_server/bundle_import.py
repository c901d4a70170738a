"""Applies a USB bundle written by ``mandrivna sync --export-bundle``.

(The format is read by ``mandrivna.core.bundle_format``.)

Any bytes may arrive: damaged on the stick, cut short, or made up. Every check runs before anything
is stored: the file must read as a bundle (decompression bounded), name a device this server knows,
carry that device's signature (the public key it gave at enrollment), and hold only changes a push
may hold, of log origins that are that device's (or new), stamped no further ahead of the server's
clock than a push may be, numbered on from what the server holds and agreeing with what it
already holds. Only then are the changes applied, through ``SyncStorage.push`` in push-sized
batches, which stores each (origin, sequence) once. A refusal is one plain sentence
(``BundleError``); nothing is stored.
"""

from __future__ import annotations

import base64
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import TypeAdapter, ValidationError

from mandrivna.core.bundle_format import DamagedBundleError, read_bundle
from mandrivna.core.change import Change
from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.restamp import ahead_limit
from mandrivna.wire import MAX_BATCH, MAX_BUNDLE_BYTES, MAX_NUMBER, PushedChange
from sync_server.storage_api import LogMismatchError, OriginError, SyncStorage
from sync_server.validation import RefusedChange, decode_pushed, is_device_id


class BundleError(Exception):
    """The bundle is damaged, tampered with, or from an unknown device (one plain sentence)."""


UNKNOWN_DEVICE = "the bundle is from a device this server does not know (or that was revoked)"
SIGNATURE = "the signature does not match: the bundle was changed after it was written"
MALFORMED = "the bundle's changes are malformed"
FOREIGN = "the bundle holds another device's changes"
RESTORED = (
    "the bundle holds other changes under numbers the server already holds (was that laptop's "
    "database copied back by hand?): sync that laptop over a network first"
)
REFUSED_CHANGE = "the bundle holds a change the server cannot accept"
_changes = TypeAdapter(list[PushedChange])

# One origin's changes, checked: (origin, first sequence, changes).
CheckedLog = tuple[str, int, list[Change]]


def read_checked(storage: SyncStorage, data: bytes | bytearray) -> tuple[str, list[CheckedLog]]:
    """Check a bundle's form, signature and changes; returns (the device's slot key, its logs).
    Raises BundleError."""
    try:
        parts = read_bundle(data, MAX_BUNDLE_BYTES)
    except DamagedBundleError as exc:
        raise BundleError(str(exc)) from None
    if not is_device_id(parts.device_id):
        raise BundleError(UNKNOWN_DEVICE)
    signer = storage.signer(parts.device_id)
    if signer is None:
        raise BundleError(UNKNOWN_DEVICE)
    device_key, public = signer
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public))
        key.verify(parts.signature, parts.payload.encode("utf-8"))
    except (InvalidSignature, ValueError):
        raise BundleError(SIGNATURE) from None
    logs: list[CheckedLog] = []
    for log in parts.logs:
        try:
            rows = _changes.validate_python(log.changes)
        except ValidationError:
            raise BundleError(MALFORMED) from None
        if not is_device_id(log.origin) or not 1 <= log.first_seq <= MAX_NUMBER - len(rows):
            raise BundleError(MALFORMED)
        try:
            changes = decode_pushed(log.origin, log.first_seq, rows)
        except RefusedChange as exc:
            raise BundleError(
                f"the bundle holds a change the server cannot accept ({exc})"
            ) from None
        logs.append((log.origin, log.first_seq, changes))
    return device_key, logs


def _check_clock(logs: list[CheckedLog], now_ms: int) -> None:
    newest = max((c.hlc for _o, _f, changes in logs for c in changes), default=0)
    if newest > ahead_limit(now_ms):
        minutes = (wall_ms_of(newest) - now_ms) // 60_000
        raise BundleError(
            f"its changes are stamped {minutes} minutes ahead of the server's clock: set the "
            "laptop's date and time, then write the bundle again"
        )


def _check_against_held(storage: SyncStorage, device_key: str, log: CheckedLog) -> None:
    """The changes the server already holds must be the same ones (same stamps)."""
    origin, first_seq, changes = log
    held = storage.held(origin)
    if changes and first_seq > held + 1:
        raise BundleError(
            f"the bundle starts at change {first_seq} but the server holds only up to {held}: "
            "import the earlier bundle (or sync online) first"
        )
    last = min(held, first_seq + len(changes) - 1)
    after = first_seq - 1
    while after < last:
        try:
            page = storage.own_changes(device_key, origin, after, MAX_BATCH)
        except OriginError:
            raise BundleError(FOREIGN) from None
        if not page:
            break
        for held_change in page:
            if held_change.device_seq > last:
                return
            if changes[held_change.device_seq - first_seq].hlc != held_change.hlc:
                raise BundleError(RESTORED)
        after = page[-1].device_seq


def import_bundle(storage: SyncStorage, path: Path, now_ms: int) -> tuple[int, int]:
    """Apply a bundle file; returns (held, stored). Raises BundleError with a plain reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"the file cannot be read ({exc.strerror})") from None
    return import_bundle_bytes(storage, data, now_ms)


def import_bundle_bytes(
    storage: SyncStorage, data: bytes | bytearray, now_ms: int
) -> tuple[int, int]:
    """Apply a bundle's bytes, in batches of a push; returns (changes of the bundle's origins
    the server now holds, changes new to it)."""
    device_key, logs = read_checked(storage, data)
    _check_clock(logs, now_ms)
    for log in logs:
        _check_against_held(storage, device_key, log)
    held_total = stored = 0
    try:
        for origin, first_seq, changes in logs:
            held = storage.held(origin)
            for start in range(0, len(changes), MAX_BATCH):
                held, new = storage.push(
                    device_key,
                    origin,
                    first_seq + start,
                    changes[start : start + MAX_BATCH],
                    now_ms,
                )
                stored += new
            held_total += held
    except OriginError:
        raise BundleError(FOREIGN) from None
    except LogMismatchError:  # only if the device pushed other changes meanwhile
        raise BundleError(RESTORED) from None
    return held_total, stored
