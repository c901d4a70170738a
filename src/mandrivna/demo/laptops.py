"""The demo's laptops: one database per hub (and one at headquarters), each with its own device
and log origin, whose clock reads the simulated time; and the exchange that carries their
changes to one another as a sync server would.

A laptop writes only through the app's services, on the day the simulation is at, so its change
log, stamps and derived tables are what real use makes. Its changes reach the others only when
it syncs: the exchange keeps how far each origin was sent, and a laptop that syncs sends its own
and receives the others' through ``SyncStore.apply_pulled``, the path a pull takes.

The laptop the demo is made for receives every other laptop's changes, as from a real server.
The others, thrown away at the end, receive only those their own work depends on (a hub:
headquarters' catalogue and parcels, and the hub it shares readers with), which makes the demo
several times faster and changes nothing they write.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from mandrivna.demo.hubs import DemoHub, set_up_laptop
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.course_service import CourseService
from mandrivna.services.desk_service import DeskService
from mandrivna.services.event_service import EventService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.parcel_service import ParcelService
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.visit_service import VisitService
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore

# Changes applied per pulled page.
PAGE = 2000
# The history id the demo's laptops see (no server: forgotten when the demo is done).
CHAIN = "demo"


class ScratchDatabase(Database):
    """A demo laptop's database: thrown away, or copied whole once the demo is made, so no
    write of it needs to reach the disk on its own (no flush at every commit, as for a pulled
    page)."""

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Connection]:
        with super().transaction(durable=False) as conn:
            yield conn


class SimulatedClock:
    """The time every demo laptop reads: the simulated moment, never ahead of real time."""

    def __init__(self, latest: dt.datetime) -> None:
        self.latest = latest
        self._ms = 0

    def at(self, moment: dt.datetime) -> None:
        if moment > self.latest:
            raise ValueError(f"{moment} is after {self.latest}")
        self._ms = int(moment.timestamp() * 1000)

    def now_ms(self) -> int:
        return self._ms


@dataclass
class Desk:
    """A laptop's services on one day (each takes the day as its today)."""

    readers: ReaderService
    desk: DeskService
    lending: LendingService
    visits: VisitService
    events: EventService
    courses: CourseService
    catalogue: CatalogueService
    parcels: ParcelService


class Laptop:
    """One hub's laptop: its database, set up for the hub, and what it has received."""

    def __init__(
        self, folder: Path, hub: DemoHub, clock: SimulatedClock, rng: random.Random
    ) -> None:
        self.hub = hub
        self.db = ScratchDatabase.open(folder, physical_clock=clock.now_ms)
        self.librarian = set_up_laptop(self.db, hub, rng)
        self.store = SyncStore(self.db)
        self.received: dict[str, int] = {}  # origin → the last of its changes applied here
        self.pulled = 0
        self.conflicts = 0  # concurrent edits its syncs found (kept for the coordinator)
        self.used_on: dt.date | None = None  # the last day the librarian worked on it
        # The laptops whose changes it receives (None: every one).
        self.sources: list[Laptop] | None = None
        self._day: tuple[dt.date, Desk] | None = None

    def on(self, day: dt.date) -> Desk:
        """The services as the librarian uses them on ``day``."""
        self.used_on = day
        if self._day is None or self._day[0] != day:
            db = self.db
            self._day = (
                day,
                Desk(
                    ReaderService(db, day),
                    DeskService(db, day),
                    LendingService(db, day),
                    VisitService(db, day),
                    EventService(db, day),
                    CourseService(db, day),
                    CatalogueService(db, day),
                    ParcelService(db, day),
                ),
            )
        return self._day[1]

    def listens_to(self, other: Laptop) -> bool:
        return self.sources is None or other in self.sources

    def forget_server(self) -> None:
        """As a laptop never enrolled: no pull cursor, none of its own changes acknowledged."""
        self.store.reset_pull()
        for origin in self.store.own_origins():
            self.store.set_acked(origin, 0)

    def close(self) -> None:
        self.db.close()


class Exchange:
    """Carries changes between the demo's laptops in place of a sync server."""

    def __init__(self) -> None:
        self._sent: dict[str, tuple[Laptop, int]] = {}  # origin → (its laptop, sent so far)

    def sync(self, laptop: Laptop) -> int:
        """One sync of ``laptop``: its new changes are sent, and it receives those of the
        laptops it listens to (all of them for the laptop the demo is made for). Returns how
        many changes it received."""
        own = laptop.store.own_origins()
        for origin, acked in own.items():
            newest = laptop.store.local_max(origin)
            self._sent[origin] = (laptop, newest)
            if newest != acked:
                laptop.store.set_acked(origin, newest)
        received = 0
        for origin, (source, newest) in self._sent.items():
            if origin in own or not laptop.listens_to(source):
                continue
            after = laptop.received.get(origin, 0)
            while after < newest:
                page = [c for c in source.store.outbox(origin, after, PAGE) if c.seq <= newest]
                laptop.pulled += len(page)
                applied = laptop.store.apply_pulled(page, laptop.pulled, CHAIN, None)
                laptop.conflicts += applied.changed.conflicts
                after = page[-1].seq
                received += len(page)
            laptop.received[origin] = after
        return received
