"""USB bundles for hubs with no link at all: the waiting changes in one signed file.

The file is gzip-compressed JSON ``{"payload": "<json>", "signature": "<base64>"}``; the payload
names the device and, for each of its log origins with changes waiting, the first sequence and
the changes (as in a push), and is signed with the device's Ed25519 key made at enrollment. The
server checks the signature with the public key it stored then, and applies the changes through
the same idempotent path as a push, so importing a bundle twice changes nothing and a tampered
bundle is refused.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mandrivna.core.bundle_format import FORMAT as BUNDLE_FORMAT
from mandrivna.core.bundle_format import VERSION as BUNDLE_VERSION
from mandrivna.core.errors import NotEnrolledError, SyncError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.sync_store import SyncStore
from mandrivna.wire import MAX_BUNDLE_BYTES, to_pushed


def export_bundle(store: SyncStore, target: Path) -> int:
    """Write every change the server has not acknowledged; returns how many."""
    state = store.state()
    if not state.signing_key:
        raise NotEnrolledError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enroll this laptop with the server once before writing bundles: the "
                "server must know its signing key.",
            )
        )
    # stamps made while the date was ahead, now that it is right, are made sane first: the
    # server refuses a bundle stamped ahead of its clock
    store.restamp_unsent(store.db.physical_clock())
    logs = []
    count = 0
    for origin, acked in store.own_origins().items():
        changes = store.outbox(origin, acked, 10**9)
        if changes:
            logs.append(
                {
                    "origin": origin,
                    "first_seq": changes[0].seq,
                    "changes": [to_pushed(c) for c in changes],
                }
            )
            count += len(changes)
    payload: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "device_id": store.device_id(),
        "origins": logs,
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(state.signing_key))
    signature = base64.b64encode(key.sign(text.encode("utf-8"))).decode()
    body = json.dumps({"payload": text, "signature": signature}, ensure_ascii=False)
    size = len(body.encode("utf-8"))
    if size > MAX_BUNDLE_BYTES:  # the server would refuse it
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Too many changes wait for one bundle ({size} MB; a bundle holds at most "
                "{limit} MB). Sync this laptop over a network, even a slow one.",
            ),
            size=size // 2**20,
            limit=MAX_BUNDLE_BYTES // 2**20,
        )
    partial = target.with_name(target.name + ".part")
    with open(partial, "wb") as handle:
        handle.write(gzip.compress(body.encode("utf-8")))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)  # a pulled-out stick never leaves half a bundle under the name
    return count
