"""The hub directory's rules: the kinds of service point, how a written hub name finds its hub,
and ids that every laptop makes alike.

Data keeps the hub's name as it was written (a visit, a loan, an event, a copy's place); the
directory maps every spelling (``hub_name`` records) to a hub (``hub`` records), and a hub merged
into another (``merged_into``, see ``core.redirects``) stands for the one kept. So renaming a hub
renames it everywhere, two spellings merged count as one hub in every report, and facts, which
are never rewritten, still count where they belong. A spelling's id comes from the spelling
itself (folded as search folds names: case, apostrophes, Latin or Cyrillic letters), so two
laptops that propose the same name offline make the same records. Pure functions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from mandrivna.core import redirects, search_text
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

KINDS = ("hub", "partner_library", "mobile_point")
KIND_LABELS = {
    "hub": QT_TRANSLATE_NOOP("hubs", "Humanitarian hub"),
    "partner_library": QT_TRANSLATE_NOOP("hubs", "Partner library"),
    "mobile_point": QT_TRANSLATE_NOOP("hubs", "Mobile point"),
}
_NAMES = uuid.UUID("3b8e8f0e-5f3c-4b0b-9a51-2d9f1b0c6a11")
_HUBS = uuid.UUID("9c2f4e77-1a0d-4c57-8f3e-6b2a7d5e0c42")


def clean(name: str) -> str:
    """A hub's name as it is kept: spaces collapsed."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What two spellings of one name share (case, apostrophes and alphabet folded)."""
    return " ".join(search_text.skeleton(word) for word in clean(name).split())


def name_id(name: str) -> str:
    """The id of the ``hub_name`` record of a spelling."""
    return str(uuid.uuid5(_NAMES, name_key(name)))


def proposed_hub_id(name: str) -> str:
    """The id of the hub a laptop proposes under a new name (the same on every laptop)."""
    return str(uuid.uuid5(_HUBS, name_key(name)))


def resolve(
    name: str | None,
    spellings: Mapping[str, str],
    merged_into: Mapping[str, str | None],
) -> str | None:
    """The hub a written name stands for, or None when the directory does not know it.
    ``spellings``: ``hub_name`` id → hub id; ``merged_into``: hub id → the hub it was merged
    into (or None)."""
    if not name or not clean(name):
        return None
    hub_id = spellings.get(name_id(name))
    return None if hub_id is None else redirects.kept(hub_id, merged_into)


@dataclass(frozen=True, slots=True, kw_only=True)
class Hub:
    """A service point of the directory the coordinator keeps (an editable record)."""

    id: str
    name: str | None = None
    settlement: str | None = None
    oblast: str | None = None
    kind: str | None = None  # hub, partner_library, mobile_point
    active: bool | None = None  # None or True: open; False: closed
    merged_into: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class HubName:
    """A spelling of a hub's name met in the data (id = ``name_id(name)``) and its hub."""

    id: str
    name: str | None = None
    hub_id: str | None = None


def proposals_taken(spellings: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Hubs proposed under a name that another hub now holds: proposed hub id → the hub
    holding the spelling it was proposed under. From every spelling (name, hub id)."""
    taken = {}
    for name, hub_id in spellings:
        proposed = proposed_hub_id(name)
        if proposed != hub_id:
            taken[proposed] = hub_id
    return taken


@dataclass(frozen=True)
class HubDirectory:
    """The directory as one laptop holds it: hubs by id, every spelling's hub, and the hubs
    proposed under a name another hub now holds (``proposals_taken``)."""

    hubs: dict[str, Hub] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)  # hub_name id -> hub id
    proposals: dict[str, str] = field(default_factory=dict)  # proposed hub id -> hub holding

    def merged(self) -> dict[str, str | None]:
        """Each hub's ``merged_into``; and a hub only proposed (no record of its own) whose
        name another hub took since (a hub renamed to it on another laptop, the name's record
        kept the rename) stands for that hub: what was merged into the proposal follows it,
        on every laptop alike."""
        merged: dict[str, str | None] = {h.id: h.merged_into for h in self.hubs.values()}
        for proposed, holder in self.proposals.items():
            if proposed not in self.hubs:
                merged[proposed] = holder
        return merged

    def hub_of(self, name: str | None) -> str | None:
        """The id of the hub (kept after merges) a written name stands for, if known."""
        return resolve(name, self.spellings, self.merged())

    def display(self, name: str | None) -> str:
        """The hub's name today for a name written in the data (the written name itself when
        the directory does not know it)."""
        hub_id = self.hub_of(name)
        hub = self.hubs.get(hub_id) if hub_id else None
        return hub.name if hub is not None and hub.name else clean(name or "")

    def live(self) -> list[Hub]:
        """Hubs not merged away, by name (closed ones included; of a loop of merges, the one
        kept)."""
        merged = self.merged()
        return sorted(
            (h for h in self.hubs.values() if redirects.kept(h.id, merged) == h.id),
            key=lambda h: (h.name or "").casefold(),
        )
