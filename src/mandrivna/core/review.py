"""The coordinator's review queue: what was decided about each item (a copy lent twice, a
return without a loan, a desk override, a value that lost to another), kept as a record whose id
comes from the item itself, so an item resolved on one coordinator's laptop leaves the queue on
every laptop."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

DECISIONS = ("kept", "took_other", "corrected", "dismissed")
_ITEMS = uuid.UUID("0e6b1f2a-8c4d-4f7e-b1a3-5d9c2e7f4a60")


def decision_id(item_kind: str, item_key: str) -> str:
    """The id of the decision about an item: the same on every laptop."""
    return str(uuid.uuid5(_ITEMS, f"{item_kind}|{item_key}"))


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewDecision:
    id: str
    item_kind: str | None = None
    item_key: str | None = None
    decision: str | None = None  # kept, took_other, corrected, dismissed
    note: str | None = None
    decided_by: str | None = None
    decided_on: str | None = None
