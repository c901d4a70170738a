"""``mandrivna demo``: a year of the travelling library made day by day on simulated laptops, and
put in a data folder as the first hub's laptop (or the coordinator's) after a sync.

The steps, in order:

1. **hubs** (``hubs``): a laptop for each hub and one at headquarters, set up as at first run;
2. **the plan** (``plan``): how much the year holds, from the 2024 plan's figures;
3. **the year before**: headquarters catalogues the collection and every hub's shelf, the hubs
   register the readers who will come back this year; every laptop syncs;
4. **the year**: every day, each hub's desk, the plan's events and courses, headquarters' parcels
   and web statistics, and the story's planted cases, in time order; each laptop that worked
   syncs in the evening when its link allows;
5. a last sync of every laptop; the chosen laptop's database goes into the data folder, which is
   left not enrolled anywhere.

Everything is written through the services, on a clock set to the simulated moment, so stamps
are in the past and in order and every derived table is what real use makes. One seed gives the
same year (the people, books, days and counts; ids, card numbers and barcodes are drawn by the
app as in real use).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.demo import target_folder
from mandrivna.demo.collection import Collection
from mandrivna.demo.desk_days import HubDesk, hub_rates
from mandrivna.demo.events_held import Programme
from mandrivna.demo.hubs import HEADQUARTERS, HUBS, MAX_HUBS, demo_hubs, fill_directory
from mandrivna.demo.laptops import Exchange, Laptop, SimulatedClock
from mandrivna.demo.people import person
from mandrivna.demo.plan import Volumes, record_plan, volumes
from mandrivna.demo.story import Planted, Story
from mandrivna.demo.timeline import (
    SHORTEST,
    Agenda,
    Period,
    at,
    during,
    next_open,
    opens,
    period_of,
)
from mandrivna.demo.world import Tally, World
from mandrivna.services.lending_service import LendingService
from mandrivna.services.plan_service import PlanService
from mandrivna.services.reader_service import ReaderService

FIRST_YEAR = 2000
MOST_SCALE = 50.0
# Laptops sync in the evening, when their link allows.
EVENING = dt.time(20, 0)

# progress(day): the simulation has got to the end of ``day`` (called once a month).
Progress = Callable[[dt.date], None]


@dataclass(frozen=True)
class DemoOptions:
    hubs: int = 3
    year: int | None = None  # None: this year up to now
    coordinator: bool = False  # the folder becomes headquarters' laptop, not the first hub's
    scale: float = 1.0
    seed: int = 1


@dataclass
class DemoSummary:
    folder: Path
    hub: str  # the hub the folder's laptop is set up for
    hubs: list[str]
    period: Period
    volumes: Volumes
    done: Tally
    readers: int  # registered and not erased, every hub
    new_readers: int  # registered in the demo's year
    open_loans: int
    overdue: int
    conflicts: int
    planted: Planted
    kept: Path | None = None  # the backup of the database the demo replaced
    seconds: float = 0.0
    changes: dict[str, int] = field(default_factory=dict)  # laptop's hub → changes it made


def _check(options: DemoOptions, now: dt.datetime) -> Period:
    if not 2 <= options.hubs <= MAX_HUBS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose from 2 to {most} hubs."), most=MAX_HUBS
        )
    if options.year is not None and not FIRST_YEAR <= options.year <= now.year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a year from {first} to {last}."),
            first=FIRST_YEAR,
            last=now.year,
        )
    if not 0 < options.scale <= MOST_SCALE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The scale must be above 0 and at most {most}."),
            most=MOST_SCALE,
        )
    period = period_of(options.year, now)
    if (period.end - period.start).days + 1 < SHORTEST:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The year {year} has only just begun: make the demo of {previous} with --year "
                "{previous}.",
            ),
            year=period.year,
            previous=period.year - 1,
        )
    return period


def make_demo(
    folder: Path,
    options: DemoOptions,
    *,
    replace: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill ``folder`` with a demo year (refused if it holds data, unless ``replace``)."""
    started = time.perf_counter()
    now = now or dt.datetime.now().replace(microsecond=0)
    period = _check(options, now)
    target_folder.check(folder, replace)
    with tempfile.TemporaryDirectory(prefix="mandrivna-demo-") as work:
        simulation = Simulation(Path(work), options, period, now)
        try:
            simulation.run(progress or (lambda _day: None))
            summary = simulation.finish(folder)
        finally:
            simulation.close()
        summary.kept = target_folder.put_in_place(simulation.target.db.path, folder)
    summary.seconds = time.perf_counter() - started
    return summary


class Simulation:
    """The demo's laptops, world and agenda, from the year before to the demo's last moment."""

    def __init__(self, work: Path, options: DemoOptions, period: Period, now: dt.datetime) -> None:
        self.options = options
        self.period = period
        self.now = now
        self.rng = random.Random(options.seed)
        self.clock = SimulatedClock(now)
        self.agenda = Agenda()
        self.exchange = Exchange()
        self.before = dt.date(period.year - 1, 1, 2)  # the laptops are set up
        self.clock.at(at(self.before, 8))
        hubs = demo_hubs(options.hubs)
        self.world = World(self.rng, period.year, hubs)
        # step 1: the hubs and their laptops
        self.headquarters = Laptop(work / "headquarters", HEADQUARTERS, self.clock, self.rng)
        fill_directory(self.headquarters.db, hubs)
        self.laptops = [
            Laptop(work / f"hub-{n}", hub, self.clock, self.rng) for n, hub in enumerate(hubs, 1)
        ]
        self.target = self.headquarters if options.coordinator else self.laptops[0]
        self._listen()
        # step 2: the plan's volumes
        library = sum(hub.size for hub in hubs) / sum(hub.size for hub in HUBS)
        self.volumes = volumes(options.scale, period.share_of_year, library)
        record_plan(
            PlanService(self.headquarters.db, self.before), period.year, options.scale * library
        )
        total = sum(hub.size for hub in hubs)
        self.desks = [
            HubDesk(
                self.world,
                laptop,
                hub_rates(
                    self.volumes,
                    laptop.hub.size / total,
                    sum(1 for day in period.days() if opens(laptop.hub, day)),
                ),
                period,
                self.agenda,
            )
            for laptop in self.laptops
        ]
        self.programme = Programme(
            self.world, self.laptops, self.headquarters, period, self.agenda, options.scale
        )
        self.collection = Collection(
            self.world,
            self.headquarters,
            self.laptops,
            period,
            self.volumes,
            self.agenda,
        )
        self.story = Story(self.world, self.desks[0], self.desks[1], period, self.agenda)

    @property
    def all_laptops(self) -> list[Laptop]:
        return [self.headquarters, *self.laptops]

    def _listen(self) -> None:
        """Whose changes each laptop receives: the folder's laptop everyone's; a hub
        headquarters' (its catalogue and parcels), the first two hubs each other's too (they
        share readers in the story); headquarters nobody's (its work needs none)."""
        first, second = self.laptops[0], self.laptops[1]
        for laptop in self.laptops:
            laptop.sources = [self.headquarters]
        first.sources = [self.headquarters, second]
        second.sources = [self.headquarters, first]
        self.headquarters.sources = []
        self.target.sources = None

    def run(self, progress: Progress) -> None:
        self._year_before()
        self.programme.plan_year()
        self.collection.plan_year()
        self.story.plan_year()
        for day in self.period.days():
            for desk in self.desks:
                desk.plan(day)
            self.agenda.run_day(day, self.clock.at, self.period.cutoff)
            self._evening(day)
            if day == self.period.end or (day + dt.timedelta(days=1)).day == 1:
                progress(day)

    def _year_before(self) -> None:
        """The catalogue and last year's readers, then a sync of every laptop."""
        year = self.period.year - 1
        autumn = [
            day
            for day in (dt.date(year, 9, 1) + dt.timedelta(days=n) for n in range(30))
            if opens(HEADQUARTERS, day)
        ]
        self.collection.catalogue_before(autumn)
        total = sum(desk.hub.size for desk in self.desks)
        last_day = dt.date(year, 12, 31)
        for desk in self.desks:
            count = round(self.volumes.last_year_readers * desk.hub.size / total)
            for _ in range(max(count, 3)):
                day = next_open(desk.hub, self.before + dt.timedelta(days=self.rng.randrange(355)))
                comer = person(self.rng, year)
                self.agenda.add(during(self.rng, day), partial(desk.register, day, comer, 0))
        self.story.register_before(next_open(self.story.a.hub, dt.date(year, 10, 1)))
        day = self.before
        while day <= last_day:
            self.agenda.run_day(day, self.clock.at, at(last_day, 23, 59))
            day += dt.timedelta(days=1)
        self._sync_all(at(last_day, 21))

    def _evening(self, day: dt.date) -> None:
        moment = min(dt.datetime.combine(day, EVENING), self.period.cutoff)
        self.clock.at(moment)
        must = self.story.syncs.get(day, [])
        for laptop in self.all_laptops:
            link = laptop.used_on == day and self.rng.random() < laptop.hub.link
            if link or laptop in must:
                self.exchange.sync(laptop)

    def _sync_all(self, moment: dt.datetime) -> None:
        """Every laptop sends what it has, then every laptop receives all the others'."""
        self.clock.at(moment)
        for _ in range(2):
            for laptop in self.all_laptops:
                self.exchange.sync(laptop)

    def finish(self, folder: Path) -> DemoSummary:
        """A last sync everywhere; the chosen laptop forgets the exchange; what it holds."""
        last = min(dt.datetime.combine(self.period.end, dt.time(21, 0)), self.period.cutoff)
        self._sync_all(last)
        target = self.target
        target.forget_server()
        if (
            self.options.coordinator
        ):  # headquarters' laptop: the coordinator's pages open, and it decides the review queue
            target.store.update_state(role="coordinator")
        readers = ReaderService(target.db).count()
        overdue = len(LendingService(target.db, self.now.date()).overdue())
        world = self.world
        everyone = [r for hub in world.readers.values() for r in hub]
        return DemoSummary(
            folder=folder,
            hub=target.hub.name,
            hubs=[laptop.hub.name for laptop in self.laptops],
            period=self.period,
            volumes=self.volumes,
            done=world.done,
            readers=readers,
            new_readers=sum(1 for r in everyone if min(r.years) == self.period.year),
            open_loans=len(world.on_loan) + len(world.lent_again),
            overdue=overdue,
            conflicts=target.conflicts,
            planted=self.story.planted,
            changes={
                laptop.hub.name: sum(
                    laptop.store.local_max(origin) for origin in laptop.store.own_origins()
                )
                for laptop in self.all_laptops
            },
        )

    def close(self) -> None:
        for laptop in self.all_laptops:
            laptop.close()
