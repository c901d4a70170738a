"""Applies a USB bundle written by ``mandrivna sync --export-bundle``.

(The format is described in ``mandrivna.sync.bundle``.)

The signature is checked with the public key the device gave at enrollment; the changes then go
through ``SyncStorage.push``, which stores each (device, sequence) once.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError

from mandrivna.wire import MAX_BODY_BYTES, PushRequest
from sync_server.storage import SyncStorage


class BundleError(Exception):
    """The bundle is damaged, tampered with, or from an unknown device."""


def read_bundle(storage: SyncStorage, data: bytes) -> PushRequest:
    try:
        raw = gzip.decompress(data)
        if len(raw) > 20 * MAX_BODY_BYTES:
            raise BundleError("the bundle is too large")
        outer = json.loads(raw)
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
        return PushRequest(
            device_id=device_id, first_seq=payload["first_seq"], changes=payload["changes"]
        )
    except ValidationError as exc:
        raise BundleError(
            f"the bundle's changes are malformed ({exc.errors()[0]['msg']})"
        ) from None


def import_bundle(storage: SyncStorage, path: Path, now_ms: int) -> tuple[int, int]:
    """Apply a bundle file; returns (held, stored). Raises BundleError with a plain reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"the file cannot be read ({exc.strerror})") from None
    return import_bundle_bytes(storage, data, now_ms)


def import_bundle_bytes(storage: SyncStorage, data: bytes, now_ms: int) -> tuple[int, int]:
    """Apply a bundle's bytes; returns (held, stored). Raises BundleError with a plain reason."""
    request = read_bundle(storage, data)
    held_before = storage.held(request.device_id)
    if request.changes and request.first_seq > held_before + 1:
        raise BundleError(
            f"the bundle starts at change {request.first_seq} but the server holds only up to "
            f"{held_before}: import the earlier bundle (or sync online) first"
        )
    held, stored, _ahead = storage.push(
        request.device_id, request.first_seq, request.changes, now_ms
    )
    return held, stored
