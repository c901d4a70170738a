"""The items of the coordinator's review queue, as every layer sees them: a copy lent at two hubs,
a return without a loan, a desk override with its reason, a value that replaced another in a
concurrent edit, a laptop whose clock ran ahead. Each item has a key made from what it is about
(the same on every laptop), so the decision on it (``core.review.ReviewDecision``, id from
``decision_id``) takes it out of the queue everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from mandrivna.core.change import JsonValue
from mandrivna.core.review import decision_id
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

LENT_TWICE = "lent_twice"
RETURN_WITHOUT_LOAN = "return_without_loan"
OVERRIDE = "override"
CONFLICT = "conflict"
CLOCK = "clock"
KINDS = (LENT_TWICE, RETURN_WITHOUT_LOAN, OVERRIDE, CONFLICT, CLOCK)
KIND_LABELS = {
    LENT_TWICE: QT_TRANSLATE_NOOP("review", "Copy lent at two hubs"),
    RETURN_WITHOUT_LOAN: QT_TRANSLATE_NOOP("review", "Return without a loan"),
    OVERRIDE: QT_TRANSLATE_NOOP("review", "Lent despite a warning"),
    CONFLICT: QT_TRANSLATE_NOOP("review", "Concurrent edit"),
    CLOCK: QT_TRANSLATE_NOOP("review", "Laptop clock ahead"),
}
DECISION_LABELS = {
    "kept": QT_TRANSLATE_NOOP("review", "kept"),
    "took_other": QT_TRANSLATE_NOOP("review", "other value taken"),
    "corrected": QT_TRANSLATE_NOOP("review", "record corrected"),
    "dismissed": QT_TRANSLATE_NOOP("review", "dismissed"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Author:
    """Who wrote a value or a desk entry: the hub and librarian of a laptop, and when."""

    hub: str = ""
    librarian: str = ""
    at_ms: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewItem:
    kind: str
    key: str
    hub: str = ""  # the hub it happened at (the directory's name for it)
    day: str = ""  # the day it happened (ISO), for sorting and showing
    subject: str = ""  # the reader, the copy's title, the laptop
    detail: str = ""  # a reason, a card or barcode
    entity: str | None = None  # the record it is about, when it is one
    entity_id: str | None = None
    field: str | None = None  # a concurrent edit: the field, the value kept and the one replaced
    kept_value: JsonValue = None
    other_value: JsonValue = None
    kept_by: Author | None = None
    other_by: Author | None = None
    reader_id: str | None = None  # the reader to correct, if the item is about one
    copy_id: str | None = None  # the copy to correct, if the item is about one
    copy_flagged: bool = False  # an override: the copy was lost, in transit or written off
    decision: str | None = None  # set once decided (then shown read-only, out of the queue)

    @property
    def decision_id(self) -> str:
        return decision_id(self.kind, self.key)

    def involves(self, hub: str) -> bool:
        """Whether the item is of this hub: it happened there, or a value written there was
        replaced (or replaced another)."""
        authors = (self.kept_by, self.other_by)
        return self.hub == hub or any(a is not None and a.hub == hub for a in authors)

    @property
    def about_copy(self) -> bool:
        """Whether «correct the record» opens the copy (else the reader's card)."""
        if self.copy_id is None:
            return False
        return self.kind in (LENT_TWICE, RETURN_WITHOUT_LOAN) or (
            self.kind == OVERRIDE and self.copy_flagged
        )

    @property
    def can_take_other(self) -> bool:
        return self.kind == CONFLICT and self.entity is not None and self.decision is None


def conflict_key(entity: str, entity_id: str, field: str, lost_hlc: int, lost_device: str) -> str:
    """A concurrent edit's key: the record, the field and the write that lost."""
    return f"{entity}|{entity_id}|{field}|{lost_hlc}|{lost_device}"


def sort_key(item: ReviewItem) -> tuple[str, str, str]:
    """Newest first within the queue (callers reverse)."""
    return (item.day, item.kind, item.key)
