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

# A field's stamp as stored with the record: [hlc, device_id, seen].
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


def merge_field(
    state: RecordState, name: str, value: JsonValue, stamp: FieldStamp
) -> tuple[bool, FieldConflict | None]:
    """Merge one field write into ``state``. Returns (value changed, conflict if any)."""
    current = state.stamps.get(name)
    old_value = state.values.get(name)
    if current is None or _wins(stamp, value, current, old_value):
        conflict = None
        if current is not None and old_value != value and _concurrent(current, stamp):
            conflict = FieldConflict(name, value, _key(stamp), old_value, _key(current))
        state.stamps[name] = stamp
        changed = name not in state.values or old_value != value
        state.values[name] = value
        return changed, conflict
    if _key(stamp) < _key(current) and old_value != value and _concurrent(stamp, current):
        return False, FieldConflict(name, old_value, _key(current), value, _key(stamp))
    return False, None


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
    stamp: FieldStamp = [hlc, change.device_id, change.seen]
    if not state.stamps and not state.values:  # a record new here (most of a catch-up)
        state.stamps.update(dict.fromkeys(incoming, stamp))
        state.values.update(incoming)
        return set(incoming), []
    changed: set[str] = set()
    conflicts: list[FieldConflict] = []
    for name, value in incoming.items():
        did_change, conflict = merge_field(state, name, value, stamp)
        if did_change:
            changed.add(name)
        if conflict is not None:
            conflicts.append(conflict)
    return changed, conflicts


def merge_state(state: RecordState, other: RecordState) -> list[FieldConflict]:
    """Merge a whole record state from elsewhere (a snapshot) into ``state``, field by field
    with each field's own stamp: the same result as applying the changes behind ``other``."""
    if not state.stamps and not state.values:  # a record new here: it becomes the other
        state.stamps.update(other.stamps)
        state.values.update((name, other.values.get(name)) for name in other.stamps)
        return []
    conflicts = []
    for name, stamp in other.stamps.items():
        _, conflict = merge_field(state, name, other.values.get(name), stamp)
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


def full_stamps(fields: dict[str, JsonValue], stamps: object) -> dict[str, FieldStamp]:
    """A record's stamps as a field → stamp map: ``stamps`` is that map, or one stamp
    ``[hlc, device, seen]`` that every field of ``fields`` carries (a snapshot's short form,
    and how a record written once is kept)."""
    if isinstance(stamps, dict):
        return stamps
    assert isinstance(stamps, list | tuple)
    return {name: [*stamps] for name in fields}
