"""One entry of the change log: the unit that is stored, synced and merged.

Every write to replicated data is recorded as a Change in the same transaction as the write.
``(device_id, seq)`` identifies a change everywhere; ``seq`` is gap-free per device.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    #: For record edits: the newest stamp of this record the writer had seen (0 if new).
    #: Lets a merge tell a concurrent overwrite (a conflict) from an ordinary later edit.
    seen: int = 0

    @property
    def key(self) -> tuple[str, int]:
        return (self.device_id, self.seq)
