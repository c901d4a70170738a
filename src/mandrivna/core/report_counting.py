"""How the report counts each indicator from the period's aggregates (indicators.md §4, §7):
people once per period (a merged duplicate reader once, a person served at two hubs once for
the library), visits once per reader per day per hub, an event's headcount as visits less the
readers checked in by card, renewals apart from loans, e-loans their own line, free resources
not loans. Pure functions: the store reads the aggregates, the service resolves hubs and
readers.

A figure is kept per hub (the hub each record names, resolved through the hub directory) and
for the library. Additive figures sum the hubs; people are a union of sets, so the hubs need
not add up; virtual figures are entered for the library and have no hub.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# Figures per hub as the data writes the hub's name (or None): name -> count.
ByHub = dict[str | None, int]
# The event audience groups the report breaks attendance into.
AUDIENCE_GROUPS = (
    "idp",
    "age55",
    "children",
    "youth",
    "military",
    "military_family",
    "disability",
    "librarians",
)
# Consultation topics that count as educational (§7.4: digital skills by default).
EDUCATIONAL_TOPICS = frozenset({"educational", "digital"})
NOT_HELD = frozenset({"planned", "cancelled"})


@dataclass(frozen=True, slots=True)
class EventFigures:
    """An event of the period as the report counts it."""

    id: str
    hub: str | None
    format: str | None
    status: str | None
    in_person: int | None
    online: int | None
    checkins: int  # distinct readers checked in by card
    audience: dict[str, int]
    starts_at: str

    @property
    def held(self) -> bool:
        """Held: so marked, or (without a status, as events recorded before statuses were)
        with attendance entered or readers checked in."""
        if self.status is not None:
            return self.status not in NOT_HELD
        return self.in_person is not None or self.online is not None or self.checkins > 0

    def extra_visits(self) -> tuple[int, int]:
        """(non-stationary, remote) visits the event adds to the visits recorded by card: the
        in-person headcount less the readers checked in (their visit is already counted),
        and the live online participants (at an online event, less its check-ins)."""
        in_person, online = self.in_person or 0, self.online or 0
        if self.format == "online":
            return 0, max(0, max(online, in_person) - self.checkins)
        return max(0, in_person - self.checkins), online

    def attendance(self) -> int:
        """Headcount (or the card check-ins, if more) plus the live online participants."""
        in_person, online = self.in_person or 0, self.online or 0
        if self.format == "online":
            return max(online, in_person, self.checkins)
        return max(in_person, self.checkins) + online


@dataclass(frozen=True, slots=True)
class Aggregates:
    """What the store reads for a period."""

    visits: dict[str, ByHub] = field(default_factory=dict)  # channel -> by hub
    loans: dict[str, ByHub] = field(default_factory=dict)  # lend, renew -> by hub
    e_loans: dict[str, ByHub] = field(default_factory=dict)  # e_loan, free_resource -> by hub
    # reference, consultation, educational -> by hub
    consultations: dict[str, ByHub] = field(default_factory=dict)
    desk: dict[str, ByHub] = field(default_factory=dict)  # served, in_house -> by hub
    # card holders served and readers registered: distinct persons in all and per hub key
    served: tuple[int, dict[str, int]] = (0, {})
    registered: tuple[int, dict[str, int]] = (0, {})
    events: list[EventFigures] = field(default_factory=list)
    courses: ByHub = field(default_factory=dict)
    collection: dict[str, ByHub] = field(default_factory=dict)
    parcels: ByHub = field(default_factory=dict)
    virtual: dict[str, int] = field(default_factory=dict)  # visits, users (library-wide)


@dataclass(frozen=True, slots=True)
class Figure:
    """An indicator's figure for the library and per hub (key: the hub's id in the directory,
    or its written name when the directory does not know it; "" for records without one)."""

    total: int
    by_hub: dict[str, int]
    library_only: bool = False  # entered for the library (virtual): no hub figure

    def for_hub(self, hub: str | None) -> int | None:
        if hub is None:
            return self.total
        return None if self.library_only else self.by_hub.get(hub, 0)


def _sum(*parts: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for part in parts:
        for hub, count in part.items():
            out[hub] += count
    return dict(out)


def count(data: Aggregates, hub_key: Callable[[str | None], str]) -> dict[str, Figure]:
    """Every indicator's figure (``core.indicators.INDICATORS`` codes)."""

    def hubs(by_written: ByHub | None) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for name, n in (by_written or {}).items():
            out[hub_key(name)] += n
        return dict(out)

    def additive(by_key: dict[str, int]) -> Figure:
        return Figure(sum(by_key.values()), by_key)

    held = [e for e in data.events if e.held]
    extra_ns: dict[str, int] = defaultdict(int)
    extra_remote: dict[str, int] = defaultdict(int)
    attendance: dict[str, int] = defaultdict(int)
    for event in held:
        at_hub, online = event.extra_visits()
        key = hub_key(event.hub)
        extra_ns[key] += at_hub
        extra_remote[key] += online
        attendance[key] += event.attendance()

    figures: dict[str, Figure] = {}
    card_total, card_hubs = data.served
    figures["users.served.card"] = Figure(card_total, card_hubs)
    no_card = hubs(data.desk.get("served"))
    figures["users.served.no_card"] = additive(no_card)
    virtual_users = data.virtual.get("users", 0)
    figures["users.virtual"] = Figure(virtual_users, {}, library_only=True)
    figures["users.served"] = Figure(
        card_total + sum(no_card.values()) + virtual_users, _sum(card_hubs, no_card)
    )
    figures["users.registered"] = Figure(*data.registered)

    stationary = hubs(data.visits.get("stationary"))
    non_stationary = _sum(hubs(data.visits.get("non_stationary")), extra_ns)
    remote = _sum(hubs(data.visits.get("remote")), extra_remote)
    virtual_visits = data.virtual.get("visits", 0)
    figures["visits.stationary"] = additive(stationary)
    figures["visits.non_stationary"] = additive(non_stationary)
    figures["visits.remote"] = additive(remote)
    figures["visits.virtual"] = Figure(virtual_visits, {}, library_only=True)
    in_premises = _sum(stationary, non_stationary, remote)
    figures["visits.total"] = Figure(sum(in_premises.values()) + virtual_visits, in_premises)

    printed = hubs(data.loans.get("lend"))
    electronic = hubs(data.e_loans.get("e_loan"))
    in_house = hubs(data.desk.get("in_house"))
    figures["loans.printed"] = additive(printed)
    figures["loans.electronic"] = additive(electronic)
    figures["loans.in_house"] = additive(in_house)
    figures["loans.total"] = additive(_sum(printed, electronic, in_house))
    figures["loans.renewals"] = additive(hubs(data.loans.get("renew")))
    figures["resources.free"] = additive(hubs(data.e_loans.get("free_resource")))

    figures["reference.answers"] = additive(hubs(data.consultations.get("reference")))
    figures["reference.consultations"] = additive(hubs(data.consultations.get("consultation")))
    figures["reference.educational"] = additive(hubs(data.consultations.get("educational")))
    for code, part in (
        ("collection.books", "books"),
        ("collection.electronic", "electronic"),
        ("collection.processed", "processed"),
        ("collection.catalogued", "catalogued"),
    ):
        figures[code] = additive(hubs(data.collection.get(part)))
    held_count: dict[str, int] = defaultdict(int)
    for event in held:
        held_count[hub_key(event.hub)] += 1
    figures["events.held"] = additive(dict(held_count))
    figures["events.attendance"] = additive(dict(attendance))
    figures["events.courses"] = additive(hubs(data.courses))
    figures["parcels.sent"] = additive(hubs(data.parcels))
    return figures


def audience(events: Iterable[EventFigures]) -> dict[str, int]:
    """Attendance of the events held by audience group (the groups a person belongs to: one
    person may be in several)."""
    out = dict.fromkeys(AUDIENCE_GROUPS, 0)
    for event in events:
        if event.held:
            for group, n in event.audience.items():
                out[group] = out.get(group, 0) + n
    return out
