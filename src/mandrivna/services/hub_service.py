"""The hub directory the coordinator keeps: list, add, rename, merge, close; spellings met in
the data attached to their hub; and what every laptop says of itself (its ``device_profile``,
written by ``laptop_profile``), so that changes and laptops are named by hub and librarian.

Every write is a change that syncs. A hub merged into another keeps its record with
``merged_into`` set, so every record written under its names counts for the hub kept, on every
laptop (``core.hubs``, ``core.redirects``). A laptop set up under a name the directory does not
know proposes it (``laptop_profile.propose``).
"""

from __future__ import annotations

from dataclasses import dataclass

from mandrivna.core import redirects
from mandrivna.core.change import Changed
from mandrivna.core.device_profile import DeviceProfile
from mandrivna.core.errors import ValidationError
from mandrivna.core.hubs import KINDS, Hub, HubDirectory, clean, name_id, proposed_hub_id
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services import laptop_profile
from mandrivna.services.device_service import clean_hub
from mandrivna.services.service import Service
from mandrivna.store import directory_queries, hub_queries

MAX_PLACE = 120


@dataclass(frozen=True)
class HubEntry:
    """A hub of the directory as its screen shows it."""

    hub: Hub
    spellings: tuple[str, ...]  # every name met for it (and for the hubs merged into it)
    merged: tuple[str, ...]  # the names of the hubs merged into it

    @property
    def id(self) -> str:
        return self.hub.id

    @property
    def name(self) -> str:
        return self.hub.name or (self.spellings[0] if self.spellings else "")

    @property
    def closed(self) -> bool:
        return self.hub.active is False


def _place(value: str | None) -> str | None:
    text = clean(value or "")
    if len(text) > MAX_PLACE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The place name is too long (at most {n} characters)."),
            n=MAX_PLACE,
        )
    return text or None


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=kind)
    return kind


class HubService(Service):
    # --- reading ---------------------------------------------------------------------------
    def directory(self) -> HubDirectory:
        with self.db.read() as conn:
            return directory_queries.hub_directory(conn)

    def entries(self, with_closed: bool = True) -> list[HubEntry]:
        """Hubs not merged away (closed ones too, unless told), by name."""
        with self.db.read() as conn:
            directory = directory_queries.hub_directory(conn)
            names = hub_queries.spellings(conn)
        merged = directory.merged()
        for hub_id in names:  # a proposed hub has a spelling before it has a record
            if hub_id not in directory.hubs:
                directory.hubs[hub_id] = Hub(id=hub_id)
        members: dict[str, list[str]] = {}
        for hub_id in directory.hubs:
            members.setdefault(redirects.kept(hub_id, merged), []).append(hub_id)
        out = []
        for hub in directory.hubs.values():
            if redirects.kept(hub.id, merged) != hub.id:  # merged away (a loop keeps one)
                continue
            if hub.active is False and not with_closed:
                continue
            group = sorted(members.get(hub.id, [hub.id]), key=lambda i: i != hub.id)
            spelt = tuple(dict.fromkeys(n for i in group for n in names.get(i, [])))
            # a proposed hub is named by the spelling it was proposed under, whatever joins it
            proposed = [n for n in spelt if proposed_hub_id(n) == hub.id]
            spelt = (*proposed, *(n for n in spelt if n not in proposed))
            away = tuple(
                directory.hubs[i].name or (names.get(i) or [""])[0] for i in group if i != hub.id
            )
            out.append(HubEntry(hub, spelt, away))
        return sorted(out, key=lambda e: e.name.casefold())

    def entry(self, hub_id: str) -> HubEntry:
        kept = redirects.kept(hub_id, self.directory().merged())
        for entry in self.entries():
            if entry.id == kept:
                return entry
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This hub is not in the directory."))

    def names_not_in_directory(self) -> list[str]:
        """Hub names written in the data that no hub of the directory holds, by name."""
        with self.db.read() as conn:
            directory = directory_queries.hub_directory(conn)
            found = hub_queries.names_in_data(conn)
        unknown = {name_id(n): clean(n) for n in sorted(found) if directory.hub_of(n) is None}
        return sorted(unknown.values(), key=str.casefold)

    # --- the coordinator's work --------------------------------------------------------------
    def add(
        self,
        name: str,
        settlement: str | None = None,
        oblast: str | None = None,
        kind: str = "hub",
    ) -> tuple[str, Changed]:
        """A new hub; its name joins the directory as its first spelling."""
        title = clean_hub(name)
        self._name_free(title, None)
        hub_id = proposed_hub_id(title)
        fields = {
            "name": title,
            "settlement": _place(settlement),
            "oblast": _place(oblast),
            "kind": _kind(kind),
            "active": True,
            "merged_into": None,
        }
        with self.db.write() as writer:
            writer.upsert("hub", hub_id, fields)
            writer.upsert("hub_name", name_id(title), {"name": title, "hub_id": hub_id})
        return hub_id, writer.changed

    def edit(
        self,
        hub_id: str,
        name: str,
        settlement: str | None = None,
        oblast: str | None = None,
        kind: str = "hub",
    ) -> Changed:
        """Rename a hub (everywhere: data keeps its spelling, which finds the hub) and set its
        place and kind."""
        entry = self.entry(hub_id)
        title = clean_hub(name)
        self._name_free(title, entry.id)
        fields = {
            "name": title,
            "settlement": _place(settlement),
            "oblast": _place(oblast),
            "kind": _kind(kind),
        }
        changed_fields = {k: v for k, v in fields.items() if getattr(entry.hub, k) != v}
        with self.db.write() as writer:
            if changed_fields:
                writer.upsert("hub", entry.id, changed_fields)
            if directory_queries.hub_directory(writer.conn).hub_of(title) != entry.id:
                writer.upsert("hub_name", name_id(title), {"name": title, "hub_id": entry.id})
        return writer.changed

    def merge(self, away_id: str, keep_id: str) -> Changed:
        """Two entries are one hub: ``away_id`` is merged into ``keep_id`` on every laptop, and
        every record written under either's names counts for the hub kept."""
        away, keep = self.entry(away_id), self.entry(keep_id)
        if away.id == keep.id:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different hubs."))
        with self.db.write() as writer:
            writer.upsert("hub", away.id, {"merged_into": keep.id})
            if keep.hub.active is False and away.hub.active is not False:
                writer.upsert("hub", keep.id, {"active": True})  # work goes on there
        return writer.changed

    def close(self, hub_id: str, closed: bool = True) -> Changed:
        """Close a hub (its records stay and count; it is no longer offered), or reopen it."""
        entry = self.entry(hub_id)
        with self.db.write() as writer:
            writer.upsert("hub", entry.id, {"active": not closed})
        return writer.changed

    def attach(self, name: str, hub_id: str) -> Changed:
        """A name met in the data stands for this hub (a spelling of its name)."""
        entry = self.entry(hub_id)
        spelling = clean_hub(name)
        with self.db.write() as writer:
            writer.upsert("hub_name", name_id(spelling), {"name": spelling, "hub_id": entry.id})
        return writer.changed

    def _name_free(self, name: str, own_id: str | None) -> None:
        holder = self.directory().hub_of(name)
        if holder is not None and holder != own_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The directory already has a hub called {name}. To make them one hub, "
                    "merge them.",
                ),
                name=name,
            )

    # --- every laptop ------------------------------------------------------------------------
    def propose(self, name: str) -> Changed:
        """A hub name joins the directory if it does not know it (``laptop_profile.propose``)."""
        return laptop_profile.propose(self.db, name)

    def note_laptop(self) -> Changed:
        """This laptop's profile as it is now, and its hub proposed (``laptop_profile``)."""
        return laptop_profile.note_laptop(self.db)

    def laptops(self) -> dict[str, DeviceProfile]:
        """Every laptop's latest profile, by device id (the newest origin's, after restores)."""
        with self.db.read() as conn:
            found = hub_queries.profiles(conn)
        out: dict[str, DeviceProfile] = {}
        for profile in found:
            key = profile.device_id or profile.id
            if key not in out or (profile.librarian and not out[key].librarian):
                out[key] = profile
        return out
