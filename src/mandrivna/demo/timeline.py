"""The demo's calendar: its period (a whole year, or this year up to now), the working days of a
hub, the agenda of the laptops' steps in time order, and how many things of a kind happen on one
day."""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from mandrivna.demo.hubs import DemoHub

OPENS = dt.time(9, 0)
CLOSES = dt.time(17, 30)
# How busy each month is against the year's mean (summer is quiet, autumn busy).
SEASON = {1: 0.85, 2: 1.0, 3: 1.1, 4: 1.05, 5: 1.0, 6: 0.9, 7: 0.8, 8: 0.8, 9: 1.1, 10: 1.2}
SEASON |= {11: 1.15, 12: 0.95}
# The demo needs this many days of its year (for its planted cases to play out): a current
# year younger than that gives way to the whole year before.
SHORTEST = 60


@dataclass(frozen=True)
class Period:
    """The days the demo covers: ``start`` to ``end``; nothing happens after ``cutoff``. Events
    are planned up to ``horizon``: the year's end, or five weeks on in a year not over yet."""

    start: dt.date
    end: dt.date
    cutoff: dt.datetime

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def horizon(self) -> dt.date:
        if self.end == dt.date(self.year, 12, 31):
            return self.end
        return self.end + dt.timedelta(days=35)

    @property
    def share_of_year(self) -> float:
        whole = (dt.date(self.year + 1, 1, 1) - dt.date(self.year, 1, 1)).days
        return ((self.end - self.start).days + 1) / whole

    def days(self) -> list[dt.date]:
        count = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=n) for n in range(count)]

    def at(self, fraction: float) -> dt.date:
        """The day that far through the period (0 is the first day, 1 the last)."""
        return self.start + dt.timedelta(days=round((self.end - self.start).days * fraction))


def period_of(year: int | None, now: dt.datetime) -> Period:
    """The whole ``year``, or by default this year up to ``now`` (the whole year before when
    this one has hardly begun)."""
    if year is None:
        year = now.year
        if (now.date() - dt.date(year, 1, 1)).days < SHORTEST:
            year -= 1
    if year == now.year:
        return Period(dt.date(year, 1, 1), now.date(), now)
    last = dt.date(year, 12, 31)
    return Period(dt.date(year, 1, 1), last, dt.datetime.combine(last, CLOSES))


def opens(hub: DemoHub, day: dt.date) -> bool:
    return day.weekday() in hub.workdays


def next_open(hub: DemoHub, day: dt.date) -> dt.date:
    while not opens(hub, day):
        day += dt.timedelta(days=1)
    return day


def last_open(hub: DemoHub, day: dt.date) -> dt.date:
    """The hub's last working day on or before ``day``."""
    while not opens(hub, day):
        day -= dt.timedelta(days=1)
    return day


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


def during(
    rng: random.Random, day: dt.date, first: dt.time = OPENS, last: dt.time = CLOSES
) -> dt.datetime:
    """A random moment of the working day."""
    start = dt.datetime.combine(day, first)
    seconds = int((dt.datetime.combine(day, last) - start).total_seconds())
    return start + dt.timedelta(seconds=rng.randrange(seconds))


def draw(rng: random.Random, mean: float) -> int:
    """How many happen on one day when ``mean`` happen on average."""
    whole = int(mean)
    return whole + (1 if rng.random() < mean - whole else 0)


@dataclass(order=True)
class Step:
    """One thing a laptop does at a moment."""

    when: dt.datetime
    order: int
    run: Callable[[], None] = field(compare=False)


class Agenda:
    """What the laptops are to do, by day: filled ahead (a plan, a next meeting, a parcel to
    send) and while a day runs. A day's steps run in time order, every laptop's together, so the
    simulated clock only moves forward."""

    def __init__(self) -> None:
        self._days: dict[dt.date, list[Step]] = defaultdict(list)
        self._count = 0
        self._today: list[Step] | None = None
        self.now: dt.datetime | None = None

    def add(self, when: dt.datetime, run: Callable[[], None]) -> None:
        if self.now is not None:
            if when.date() < self.now.date():
                raise ValueError(f"{when} is in the past")
            when = max(when, self.now)
        self._count += 1
        step = Step(when, self._count, run)
        if self._today is not None and self.now is not None and when.date() == self.now.date():
            heapq.heappush(self._today, step)
        else:
            self._days[when.date()].append(step)

    def run_day(
        self, day: dt.date, clock: Callable[[dt.datetime], None], cutoff: dt.datetime
    ) -> None:
        """Run the day's steps in time order, up to ``cutoff`` (steps after it never happen)."""
        self._today = self._days.pop(day, [])
        heapq.heapify(self._today)
        self.now = dt.datetime.combine(day, dt.time(0, 0))
        while self._today:
            step = heapq.heappop(self._today)
            if step.when >= cutoff:
                continue
            self.now = step.when
            clock(step.when)
            step.run()
        self._today = None
