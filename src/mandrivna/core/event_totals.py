"""A month's events added up: how many were held and how many people came, in all, by the
department that ran them and by the hub where they were held. Cancelled events count nowhere;
an event whose attendance is not recorded yet counts as held with nobody counted. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mandrivna.core.events import LibraryEvent


@dataclass(frozen=True, slots=True)
class Tally:
    """Events held and people who came (in person and online)."""

    events: int = 0
    in_person: int = 0
    online: int = 0

    @property
    def came(self) -> int:
        return self.in_person + self.online

    def plus(self, event: LibraryEvent) -> Tally:
        return Tally(
            self.events + 1,
            self.in_person + (event.attended_in_person or 0),
            self.online + (event.attended_online or 0),
        )


@dataclass(frozen=True, slots=True)
class MonthTotals:
    """All events, then by department and by hub (None: not given), each sorted by name."""

    total: Tally
    by_department: tuple[tuple[str | None, Tally], ...]
    by_hub: tuple[tuple[str | None, Tally], ...]


def _sorted(groups: dict[str | None, Tally]) -> tuple[tuple[str | None, Tally], ...]:
    return tuple(sorted(groups.items(), key=lambda item: (item[0] is None, item[0] or "")))


def month_totals(events: Iterable[LibraryEvent]) -> MonthTotals:
    total = Tally()
    departments: dict[str | None, Tally] = {}
    hubs: dict[str | None, Tally] = {}
    for event in events:
        if event.status == "cancelled":
            continue
        total = total.plus(event)
        departments[event.department] = departments.get(event.department, Tally()).plus(event)
        hubs[event.hub] = hubs.get(event.hub, Tally()).plus(event)
    return MonthTotals(total, _sorted(departments), _sorted(hubs))
