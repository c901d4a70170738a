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
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import TypeAdapter, ValidationError

from mandrivna.wire import MAX_BATCH, PushedChange
from sync_server.storage import SyncStorage
from sync_server.validation import change_problem


class BundleError(Exception):
    """The bundle is damaged, tampered with, or from an unknown device."""


MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # decompressed: months of a hub's changes fit easily
_changes = TypeAdapter(list[PushedChange])


def _gunzip_bounded(data: bytes | bytearray) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        raw = stream.read(MAX_BUNDLE_BYTES + 1)
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError("the bundle is too large")
    return raw


def read_bundle(
    storage: SyncStorage, data: bytes | bytearray
) -> tuple[str, int, list[PushedChange]]:
    """Check a bundle's signature and changes; returns (device id, first sequence, changes)."""
    try:
        outer = json.loads(_gunzip_bounded(data))
        text, signature = outer["payload"], base64.b64decode(outer["signature"])
        payload = json.loads(text)
        device_id = payload["device_id"]
    except (OSError, EOFError, ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise BundleError(f"the file is not a readable Mandrivna bundle ({exc})") from None
    if payload.get("format") != "mandrivna-bundle" or payload.get("version") != 1:
        raise BundleError("the file is not a Mandrivna bundle of a known version")
    public = storage.public_key(device_id)
    if public is None:
        raise BundleError(f"device {device_id} is not enrolled (or was revoked) on this server")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public))
        key.verify(signature, text.encode("utf-8"))
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("the signature does not match: the bundle was changed") from exc
    try:
        first_seq = int(payload["first_seq"])
        changes = _changes.validate_python(payload["changes"])
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise BundleError(f"the bundle's changes are malformed ({exc})") from None
    for index, row in enumerate(changes):
        problem = change_problem(index, row)
        if problem:
            raise BundleError(f"the bundle holds a change the server cannot accept: {problem}")
    return device_id, first_seq, changes


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
    """Apply a bundle's bytes, in batches of a push; returns (held, stored)."""
    device_id, first_seq, changes = read_bundle(storage, data)
    held = storage.held(device_id)
    if changes and first_seq > held + 1:
        raise BundleError(
            f"the bundle starts at change {first_seq} but the server holds only up to "
            f"{held}: import the earlier bundle (or sync online) first"
        )
    stored = 0
    for start in range(0, len(changes), MAX_BATCH):
        held, new, _ahead = storage.push(
            device_id, first_seq + start, changes[start : start + MAX_BATCH], now_ms
        )
        stored += new
    return held, stored
