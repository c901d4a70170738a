"""Visits as every layer sees them: a day's headcount at a hub by channel (a fact, recorded once,
never edited), and virtual visits entered as a period's total from one source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Visit:
    """Visits counted at a hub on a day by channel: a served reader's one visit, or a tally."""

    id: str
    day: str
    hub: str
    channel: str
    count: int
    reader_id: str | None = None
    device_id: str
    hlc: int


@dataclass(frozen=True, slots=True, kw_only=True)
class VirtualVisits:
    """Virtual visits for a period from one source (website statistics, a social network)."""

    id: str
    period_start: str | None = None
    period_end: str | None = None
    source: str | None = None
    count: int | None = None
