"""The USB bundle's file format, read the same way by the app and the server.

A bundle is gzip-compressed JSON ``{"payload": "<json text>", "signature": "<base64>"}``; the
payload ``{"format", "version", "device_id", "origins": [{"origin", "first_seq", "changes"}]}``
(one entry for each of the laptop's log origins with changes waiting) is signed with the
device's Ed25519 key (``mandrivna.sync.bundle`` writes it; the server checks the signature with
the key it stored at enrollment). ``read_bundle`` takes any bytes, damaged, cut short or made up,
and either returns the parts or raises ``DamagedBundleError`` with one plain English sentence;
decompression is streamed and bounded, so a small file cannot exhaust memory.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from dataclasses import dataclass
from typing import Any

from mandrivna.core import json_text

FORMAT = "mandrivna-bundle"
VERSION = 2  # 2: the changes of each log origin apart
DAMAGED = "the file is not a Mandrivna bundle, or it is damaged"
TOO_LARGE = "the bundle is too large"
NEWER = "the bundle was written by a newer version of Mandrivna"
OLDER = "the bundle was written by an older version of Mandrivna: update the app on that laptop"
_STEP = 1024 * 1024


class DamagedBundleError(ValueError):
    """The bytes are not a readable bundle; the message says why in one sentence."""


@dataclass(frozen=True)
class BundleLog:
    """The changes of one log origin."""

    origin: str
    first_seq: int
    changes: list[Any]  # not checked yet: the server checks every change as a push does


@dataclass(frozen=True)
class BundleParts:
    payload: str  # the signed text, as it was signed
    signature: bytes
    device_id: str
    logs: list[BundleLog]


def _gunzip(data: bytes | bytearray, max_bytes: int) -> bytearray:
    inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    try:
        for start in range(0, len(data), _STEP):
            out += inflate.decompress(data[start : start + _STEP], max_bytes + 1 - len(out))
            if len(out) > max_bytes or inflate.unconsumed_tail:
                raise DamagedBundleError(TOO_LARGE)
        out += inflate.flush()
    except zlib.error:
        raise DamagedBundleError(DAMAGED) from None
    if len(out) > max_bytes:
        raise DamagedBundleError(TOO_LARGE)
    if not inflate.eof or inflate.unused_data:
        raise DamagedBundleError(DAMAGED)
    return out


def read_bundle(data: bytes | bytearray, max_bytes: int) -> BundleParts:
    """The parts of a bundle of at most ``max_bytes`` decompressed; raises DamagedBundleError."""
    try:
        outer = json_text.loads(_gunzip(data, max_bytes))
        payload_text, signature_text = outer["payload"], outer["signature"]
        if not isinstance(payload_text, str) or not isinstance(signature_text, str):
            raise DamagedBundleError(DAMAGED)
        signature = base64.b64decode(signature_text, validate=True)
        payload = json_text.loads(payload_text)
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise DamagedBundleError(DAMAGED)
        version = payload.get("version")
        if version != VERSION:
            if not isinstance(version, int) or isinstance(version, bool):
                raise DamagedBundleError(DAMAGED)
            raise DamagedBundleError(NEWER if version > VERSION else OLDER)
        device_id, logs = payload["device_id"], payload["origins"]
        if not isinstance(device_id, str) or not isinstance(logs, list):
            raise DamagedBundleError(DAMAGED)
        parts = [_log(log) for log in logs]
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        if isinstance(exc, DamagedBundleError):
            raise
        raise DamagedBundleError(DAMAGED) from None
    return BundleParts(payload_text, signature, device_id, parts)


def _log(log: Any) -> BundleLog:
    if not isinstance(log, dict):
        raise DamagedBundleError(DAMAGED)
    origin, first_seq, changes = log["origin"], log["first_seq"], log["changes"]
    if not (isinstance(origin, str) and _is_int(first_seq) and isinstance(changes, list)):
        raise DamagedBundleError(DAMAGED)
    return BundleLog(origin, first_seq, changes)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
