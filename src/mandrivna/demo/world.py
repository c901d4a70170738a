"""What is true in the demo's world, whatever each laptop knows of it yet: the readers and where
they come, the copies and where they stand, the loans and when each book will come back.

The simulation decides from this (never from what a database returns in an order of ids, which
differ from run to run), so one seed gives the same year; the laptops record what happens.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field

from mandrivna.demo.books import Book
from mandrivna.demo.hubs import DemoHub
from mandrivna.demo.people import Person


@dataclass(eq=False)
class DemoReader:
    reader_id: str
    card: str
    person: Person
    hub: str  # where they come
    years: set[int]  # the years they are registered for (ЄРК)
    keen: float  # how often they come, against the others
    erased: bool = False
    planted: bool = False  # kept for one of the story's cases: not picked at random


@dataclass(eq=False)
class DemoCopy:
    copy_id: str
    barcode: str
    book: Book
    hub: str
    on_shelf: bool = True


@dataclass(eq=False)
class DemoLoan:
    loan_id: str
    copy: DemoCopy
    reader: DemoReader
    hub: str
    lent_on: dt.date
    renews_on: dt.date | None
    returns_on: dt.date | None  # None: not back within the demo's period


@dataclass
class Tally:
    """What the demo did, for its summary."""

    reregistrations: int = 0
    lends: int = 0
    returns: int = 0
    renewals: int = 0
    e_loans: int = 0
    free_resources: int = 0
    consultations: int = 0
    references: int = 0
    events: int = 0
    checkins: int = 0
    courses: int = 0
    parcels: int = 0
    records: int = 0
    copies: int = 0


@dataclass
class World:
    rng: random.Random
    year: int
    hubs: tuple[DemoHub, ...]
    readers: dict[str, list[DemoReader]] = field(default_factory=lambda: defaultdict(list))
    shelf: dict[str, list[DemoCopy]] = field(default_factory=lambda: defaultdict(list))
    # (hub, day) → the loans whose books come back there that day, or are renewed.
    returns: dict[tuple[str, dt.date], list[DemoLoan]] = field(
        default_factory=lambda: defaultdict(list)
    )
    renewals: dict[tuple[str, dt.date], list[DemoLoan]] = field(
        default_factory=lambda: defaultdict(list)
    )
    on_loan: dict[str, DemoLoan] = field(default_factory=dict)  # copy id → its loan
    lent_again: list[DemoLoan] = field(default_factory=list)  # a second loan of a copy on loan
    done: Tally = field(default_factory=Tally)

    def add_reader(self, reader: DemoReader) -> None:
        self.readers[reader.hub].append(reader)

    def regulars(self, hub: str) -> list[DemoReader]:
        return [r for r in self.readers[hub] if not (r.erased or r.planted)]

    def pick_reader(self, hub: str, wanted: str | None = None) -> DemoReader | None:
        """A reader of the hub, the keen ones more often (of a category, if one is wanted)."""
        pool = [r for r in self.regulars(hub) if wanted is None or wanted in r.person.categories]
        if not pool:
            return None
        return self.rng.choices(pool, [r.keen for r in pool])[0]

    def take_copy(self, hub: str, children: bool) -> DemoCopy | None:
        """A copy from the hub's shelf (a children's book for a child, if there is one)."""
        shelf = self.shelf[hub]
        if not shelf:
            return None
        fitting = [c for c in shelf if (c.book.kind[1] == "Література для дітей") == children]
        copy = self.rng.choice(fitting or shelf)
        shelf.remove(copy)
        copy.on_shelf = False
        return copy

    def put_back(self, copy: DemoCopy, hub: str) -> None:
        copy.hub = hub
        copy.on_shelf = True
        self.shelf[hub].append(copy)
