"""One entry of the change log (the unit that is stored, synced and merged), and what a write
or a sync changed (``Changed``), which every screen refreshes from.

Every write to replicated data is recorded as a Change in the same transaction as the write.
``(device_id, seq)`` identifies a change everywhere; ``seq`` is gap-free per device.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JsonValue = Any  # str | int | float | bool | None | list[...] | dict[...] as JSON allows


class Op(StrEnum):
    """What a change does to its entity."""

    UPSERT = "u"  # editable record: write these fields (per-field last writer wins)
    DELETE = "d"  # editable record: tombstone; the named fields are erased for good
    FACT = "f"  # append-only fact (a loan, a return, a visit): inserted once, never edited


@dataclass(frozen=True, slots=True)
class Change:
    device_id: str
    seq: int
    hlc: int
    entity: str
    entity_id: str
    op: Op
    fields: dict[str, JsonValue]
    # For record edits: the newest stamp of this record the writer had seen (0 if new).
    # Lets a merge tell a concurrent overwrite (a conflict) from an ordinary later edit.
    seen: int = 0

    @property
    def key(self) -> tuple[str, int]:
        return (self.device_id, self.seq)


@dataclass
class Changed:
    """What a write or a sync changed: entity name → ids, and how many conflicts it recorded."""

    entities: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    stored: int = 0
    conflicts: int = 0

    def merge(self, other: Changed) -> None:
        for name, ids in other.entities.items():
            self.entities[name] |= ids
        self.stored += other.stored
        self.conflicts += other.conflicts

    def __bool__(self) -> bool:
        return self.stored > 0
