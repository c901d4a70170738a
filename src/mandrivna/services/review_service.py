"""The coordinator's review queue: everything the merge and the desk flagged (a copy lent at two
hubs, a return without a loan, a lend despite a warning with its reason, a value that replaced
another in a concurrent edit, a laptop whose clock ran ahead), with filters by hub and kind.

The coordinator decides each item: keep what is, take the other value (a concurrent edit: the
value that lost is written again, as a new edit), say the record was corrected, or dismiss it.
A decision is a ``review_decision`` record whose id comes from the item, so it syncs and the
item leaves the queue on every laptop. A librarian's laptop shows its own hub's items, decided
or not, read-only."""

from __future__ import annotations

from dataclasses import replace

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.hubs import HubDirectory
from mandrivna.core.review import DECISIONS
from mandrivna.core.review_items import Author, ReviewItem, sort_key
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.service import Service
from mandrivna.store import directory_queries, review_queries

COORDINATOR = "coordinator"


def _only_coordinator() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Only a coordinator's laptop decides the review queue.")
    )


class ReviewService(Service):
    def is_coordinator(self) -> bool:
        with self.db.read() as conn:
            return review_queries.role(conn) == COORDINATOR

    def own_hub(self) -> str:
        """This laptop's hub, as the directory names it."""
        with self.db.read() as conn:
            return directory_queries.hub_directory(conn).display(self.device().hub_name)

    def _all_items(self) -> tuple[list[ReviewItem], bool, str]:
        with self.db.read() as conn:
            known = review_queries.authors(conn)
            hubs = directory_queries.hub_directory(conn)
            decided = review_queries.decisions(conn)
            coordinator = review_queries.role(conn) == COORDINATOR
            raw = [
                *review_queries.flagged_loans(conn, known),
                *review_queries.overrides(conn, known),
                *review_queries.conflicts(conn, known),
                *review_queries.clock_warnings(conn, known),
            ]
        own = hubs.display(self.device().hub_name)
        items = [_named(item, hubs, decided.get(item.decision_id)) for item in raw]
        return items, coordinator, own

    def items(
        self, hub: str | None = None, kind: str | None = None, decided: bool = False
    ) -> list[ReviewItem]:
        """The queue, newest first: the items not yet decided (with ``decided``, those decided
        too). A librarian's laptop lists its own hub's items only, decided or not."""
        items, coordinator, own = self._all_items()
        if not coordinator:
            hub, decided = own, True
        out = [
            item
            for item in items
            if (not hub or item.involves(hub))
            and (not kind or item.kind == kind)
            and (decided or item.decision is None)
        ]
        return sorted(out, key=sort_key, reverse=True)

    def hubs(self) -> list[str]:
        """The hubs the queue can be filtered by: the directory's and those named in items."""
        items, _, _ = self._all_items()
        with self.db.read() as conn:
            directory = [h.name for h in directory_queries.hub_directory(conn).live() if h.name]
        return sorted(set(directory) | {i.hub for i in items if i.hub}, key=str.casefold)

    def decide(self, item: ReviewItem, decision: str, note: str | None = None) -> Changed:
        """Record the coordinator's decision on an item (a change that syncs)."""
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        if not self.is_coordinator():
            raise _only_coordinator()
        device = self.device()
        with self.db.write() as writer:
            writer.upsert(
                "review_decision",
                item.decision_id,
                {
                    "item_kind": item.kind,
                    "item_key": item.key,
                    "decision": decision,
                    "note": " ".join((note or "").split()) or None,
                    "decided_by": f"{device.hub_name} · {device.librarian_name}",
                    "decided_on": self.today().isoformat(),
                },
            )
        return writer.changed

    def take_other(self, item: ReviewItem) -> Changed:
        """A concurrent edit: write the value that was replaced again (a new edit of that field,
        which wins on every laptop), and record the decision."""
        if not item.can_take_other or item.entity is None or item.entity_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This item has no other value."))
        if not self.is_coordinator():
            raise _only_coordinator()
        changed = Changed()
        with self.db.write() as writer:
            writer.upsert(item.entity, item.entity_id, {str(item.field): item.other_value})
        changed.merge(writer.changed)
        changed.merge(self.decide(item, "took_other"))
        return changed


def _named(item: ReviewItem, hubs: HubDirectory, decision: str | None) -> ReviewItem:
    """The item with its hubs named as the directory names them today, and its decision."""

    def named(author: Author | None) -> Author | None:
        return replace(author, hub=hubs.display(author.hub)) if author and author.hub else author

    return replace(
        item,
        hub=hubs.display(item.hub) if item.hub else "",
        kept_by=named(item.kept_by),
        other_by=named(item.other_by),
        decision=decision,
    )
