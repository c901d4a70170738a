"""Applies a USB bundle written by ``mandrivna sync --export-bundle``.

(The format is described in ``mandrivna.sync.bundle``.)

The signature is checked with the public key the device gave at enrollment; the changes then go
through ``SyncStorage.push``, which stores each (device, sequence) once.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import TypeAdapter, ValidationError

from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.restamp import ahead_limit
from mandrivna.wire import MAX_BATCH, PushedChange
from sync_server.storage import LogMismatchError, OriginError, SyncStorage
from sync_server.validation import change_problem


class BundleError(Exception):
    """The bundle is damaged, tampered with, or from an unknown device."""


MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # decompressed: months of a hub's changes fit easily
_changes = TypeAdapter(list[PushedChange])


def _gunzip_bounded(data: bytes) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        raw = stream.read(MAX_BUNDLE_BYTES + 1)
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError("the bundle is too large")
    return raw


@dataclass(frozen=True)
class BundleLog:
    """The changes of one origin in a bundle."""

    origin: str
    first_seq: int
    changes: list[PushedChange]


def read_bundle(storage: SyncStorage, data: bytes) -> tuple[str, list[BundleLog]]:
    """Check a bundle's signature and changes; returns (device slot key, its logs)."""
    try:
        outer = json.loads(_gunzip_bounded(data))
        text, signature = outer["payload"], base64.b64decode(outer["signature"])
        payload = json.loads(text)
        device_id = payload["device_id"]
    except (OSError, EOFError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise BundleError(f"the file is not a readable Mandrivna bundle ({exc})") from None
    if payload.get("format") != "mandrivna-bundle" or payload.get("version") != 2:
        raise BundleError("the file is not a Mandrivna bundle of a known version")
    signer = storage.signer(device_id)
    if signer is None:
        raise BundleError(f"device {device_id} is not enrolled (or was revoked) on this server")
    device_key, public = signer
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public))
        key.verify(signature, text.encode("utf-8"))
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("the signature does not match: the bundle was changed") from exc
    try:
        logs = [
            BundleLog(
                str(log["origin"]), int(log["first_seq"]), _changes.validate_python(log["changes"])
            )
            for log in payload["origins"]
        ]
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise BundleError(f"the bundle's changes are malformed ({exc})") from None
    for log in logs:
        for index, row in enumerate(log.changes):
            problem = change_problem(index, row)
            if problem:
                raise BundleError(f"the bundle holds a change the server cannot accept: {problem}")
    return device_key, logs


def import_bundle(storage: SyncStorage, path: Path, now_ms: int) -> tuple[int, int]:
    """Apply a bundle file; returns (held, stored). Raises BundleError with a plain reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"the file cannot be read ({exc.strerror})") from None
    return import_bundle_bytes(storage, data, now_ms)


def import_bundle_bytes(storage: SyncStorage, data: bytes, now_ms: int) -> tuple[int, int]:
    """Apply a bundle's bytes, in batches of a push; returns (changes held of the bundle's
    logs, changes new to the server)."""
    device_key, logs = read_bundle(storage, data)
    limit = ahead_limit(now_ms)
    newest = max((row[0] for log in logs for row in log.changes), default=0)
    if newest > limit:
        raise BundleError(
            f"its changes are stamped {(wall_ms_of(newest) - now_ms) // 60_000} minutes ahead "
            "of the server's clock: set the laptop's date and time, then write the bundle again"
        )
    for log in logs:
        held = storage.held(log.origin)
        if log.changes and log.first_seq > held + 1:
            raise BundleError(
                f"the bundle starts at change {log.first_seq} but the server holds only up to "
                f"{held}: import the earlier bundle (or sync online) first"
            )
    total_held = stored = 0
    for log in logs:
        held = storage.held(log.origin)
        for start in range(0, len(log.changes), MAX_BATCH):
            try:
                held, new = storage.push(
                    device_key,
                    log.origin,
                    log.first_seq + start,
                    log.changes[start : start + MAX_BATCH],
                    now_ms,
                )
            except OriginError:
                raise BundleError("the bundle holds another device's changes") from None
            except LogMismatchError as exc:
                raise BundleError(f"the bundle disagrees with the server ({exc})") from None
            stored += new
        total_held += held
    return total_held, stored
