"""What the server accepts in a request, checked before anything is stored.

One bad value must never stop sync for every laptop, no change may claim a stamp that beats
tombstones (which would bring erased personal data back), and no value may be one the database
cannot hold (an integer past 64 bits, a NUL character in a text): a client's mistake gets a 4xx,
never a 5xx. Field values are JSON scalars or short lists of scalars, within the caps of
``mandrivna.wire`` (the app checks its own writes with the same rules). Device ids are UUIDs in
their canonical lower-case form, and public keys are Ed25519 points.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from typing import Any

from mandrivna.core.change import Change, Op
from mandrivna.core.merge import TOMBSTONE_HLC
from mandrivna.wire import (
    MAX_BATCH,
    MAX_ID,
    MAX_NUMBER,
    NAME,
    EnrollRequest,
    PushedChange,
    PushRequest,
    fields_problem,
    from_pushed,
)

# A device id: a UUID as the app writes it (``str(uuid.uuid4())``), one spelling only.
DEVICE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Ed25519 (RFC 8032, section 5.1.3): a public key is the y coordinate of a curve point, with the
# sign of x in its top bit; it is valid when y < p and x can be recovered.
_P = 2**255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def has_nul(*texts: str) -> bool:
    return any("\x00" in text for text in texts)


# Entity names already found good (a handful in use): not matched again for every change.
_GOOD_ENTITIES: set[str] = set()
MAX_GOOD_ENTITIES = 100


def is_device_id(value: str) -> bool:
    return bool(DEVICE_ID.fullmatch(value))


def is_ed25519_public_key(value: str) -> bool:
    """``value`` is base64 of 32 bytes that decode to a point of the Ed25519 curve."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 32 or base64.b64encode(raw).decode() != value:
        return False
    number = int.from_bytes(raw, "little")
    y, sign = number & ((1 << 255) - 1), number >> 255
    if y >= _P:
        return False
    xx = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if xx == 0:
        return sign == 0
    x = pow(xx, (_P + 3) // 8, _P)
    if (x * x - xx) % _P != 0:
        x = x * _SQRT_M1 % _P
    return (x * x - xx) % _P == 0


def enroll_problem(body: EnrollRequest) -> str | None:
    """A plain description of what is wrong with an enrollment request, or None."""
    if has_nul(body.code, body.hub):
        return "the code or the hub name holds a NUL character"
    if not is_device_id(body.device_id):
        return "the device id is not a UUID"
    if not is_ed25519_public_key(body.public_key):
        return "the public key is not an Ed25519 key (32 bytes, base64)"
    return None


class RefusedChange(ValueError):
    """A pushed change the server does not accept; the message says which and why."""


def change_problem(index: int, change: Change) -> str | None:
    """A plain description of what is wrong with change ``index``, or None."""
    if not 0 <= change.hlc < TOMBSTONE_HLC:
        return f"change {index}: its clock stamp is out of range"
    if not 0 <= change.seen <= MAX_NUMBER:
        return f"change {index}: its 'seen' stamp is out of range"
    if change.entity not in _GOOD_ENTITIES:
        if not NAME.fullmatch(change.entity):
            return f"change {index}: invalid entity name"
        if len(_GOOD_ENTITIES) < MAX_GOOD_ENTITIES:
            _GOOD_ENTITIES.add(change.entity)
    if not 1 <= len(change.entity_id) <= MAX_ID or "\x00" in change.entity_id:
        return f"change {index}: invalid entity id"
    if change.op is Op.DELETE and any(value is not None for value in change.fields.values()):
        return f"change {index}: a delete must erase its fields (null values)"
    problem = fields_problem(change.fields)
    if problem:
        return f"change {index}: {problem}"
    return None


def decode_pushed(origin: str, first_seq: int, rows: Sequence[PushedChange]) -> list[Change]:
    """The changes of a push (or of one log of a bundle), decoded by ``mandrivna.wire`` and
    checked: sequences ``first_seq``, ``first_seq + 1``, … of ``origin``. Raises RefusedChange
    for the first that the server cannot accept."""
    changes = []
    for index, row in enumerate(rows):
        try:
            change = from_pushed(origin, first_seq + index, row)
        except ValueError as exc:
            raise RefusedChange(f"change {index}: {exc}") from None
        problem = change_problem(index, change)
        if problem:
            raise RefusedChange(problem)
        changes.append(change)
    return changes


def plain_push(data: Any) -> PushRequest | None:
    """A push body (parsed JSON) whose every value already has exactly the type
    ``PushRequest`` wants, as the app sends it: the request pydantic would make of it, without
    validating 5,000 changes slot by slot again. None for anything else, which pydantic then
    validates (coercing, or refusing with its message) as before."""
    if type(data) is not dict or data.keys() != {"origin", "first_seq", "changes"}:
        return None
    origin, first_seq, rows = data["origin"], data["first_seq"], data["changes"]
    if type(origin) is not str or len(origin) != 36:
        return None
    if type(first_seq) is not int or not 1 <= first_seq <= MAX_NUMBER:
        return None
    if type(rows) is not list or len(rows) > MAX_BATCH:
        return None
    for row in rows:
        if (
            type(row) is not list
            or len(row) != 6
            or type(row[0]) is not int
            or type(row[1]) is not str
            or type(row[2]) is not str
            or type(row[3]) is not str
            or type(row[4]) is not dict
            or type(row[5]) is not int
        ):
            return None
    changes: list[PushedChange] = [tuple(row) for row in rows]
    return PushRequest.model_construct(origin=origin, first_seq=first_seq, changes=changes)
