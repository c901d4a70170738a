"""The merge rule shared by every device and the server: pure functions, no I/O.

Editable records merge field by field: the write with the greater stamp ``(hlc, device_id)`` wins.
A delete writes its erased fields (and ``_deleted``) with the tombstone stamp, which no edit can
beat, so an erased reader stays erased whatever order changes arrive in; edits to fields the delete
did not name still merge normally. The rule is commutative, associative and idempotent: every
replica that has seen the same set of changes holds the same record.

A losing write is reported as a conflict (never silently dropped) when it came from another device
that had not seen the winning value and the two values differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from mandrivna.core.change import Change, JsonValue, Op

TOMBSTONE_HLC = (1 << 62) - 1
DELETED_FIELD = "_deleted"

#: A field's stamp as stored with the record: [hlc, device_id, seen].
FieldStamp = list[JsonValue]


@dataclass(slots=True)
class RecordState:
    """A record's field values and, for each field, the stamp of the write that set it."""

    values: dict[str, JsonValue] = field(default_factory=dict)
    stamps: dict[str, FieldStamp] = field(default_factory=dict)

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED_FIELD, False))


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Two concurrent writes to one field: the value kept and the value that lost."""

    field: str
    kept_value: JsonValue
    kept_stamp: tuple[int, str]
    lost_value: JsonValue
    lost_stamp: tuple[int, str]


def _key(stamp: FieldStamp) -> tuple[int, str]:
    return (int(stamp[0]), str(stamp[1]))


def _value_key(value: JsonValue) -> str:
    """Orders two values deterministically; decides only exact stamp ties, which a working
    clock never makes but a database copied onto a second laptop (same device id) can."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _wins(
    new_stamp: FieldStamp, new_value: JsonValue, current: FieldStamp, current_value: JsonValue
) -> bool:
    new_key, current_key = _key(new_stamp), _key(current)
    if new_key != current_key:
        return new_key > current_key
    return (_value_key(new_value), int(new_stamp[2])) > (_value_key(current_value), int(current[2]))


def _concurrent(older: FieldStamp, newer: FieldStamp) -> bool:
    """The newer write came from another device that had not seen the older one."""
    if older[1] == newer[1] or int(older[0]) >= TOMBSTONE_HLC or int(newer[0]) >= TOMBSTONE_HLC:
        return False
    return int(newer[2]) < int(older[0])


def merge_record(state: RecordState, change: Change) -> tuple[set[str], list[FieldConflict]]:
    """Apply one record change to ``state`` in place. Returns the fields changed and conflicts."""
    if change.op is Op.DELETE:
        hlc = TOMBSTONE_HLC
        incoming = dict(change.fields)
        incoming[DELETED_FIELD] = True
    elif change.op is Op.UPSERT:
        hlc = change.hlc
        incoming = change.fields
    else:
        raise ValueError(f"not a record change: {change.op!r}")
    new_stamp: FieldStamp = [hlc, change.device_id, change.seen]
    changed: set[str] = set()
    conflicts: list[FieldConflict] = []
    for name, value in incoming.items():
        current = state.stamps.get(name)
        old_value = state.values.get(name)
        if current is None or _wins(new_stamp, value, current, old_value):
            if current is not None and old_value != value and _concurrent(current, new_stamp):
                conflicts.append(
                    FieldConflict(name, value, _key(new_stamp), old_value, _key(current))
                )
            state.stamps[name] = new_stamp
            if name not in state.values or old_value != value:
                changed.add(name)
            state.values[name] = value
        elif _key(new_stamp) < _key(current):
            kept = state.values.get(name)
            if kept != value and _concurrent(new_stamp, current):
                conflicts.append(FieldConflict(name, kept, _key(current), value, _key(new_stamp)))
    return changed, conflicts
