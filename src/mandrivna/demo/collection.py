"""Headquarters' work on the collection: the catalogue as it stood when the year began (records
and every hub's copies), the Ukrainian Book Institute's deliveries catalogued and formed into
parcels for the hubs, sent with a waybill and confirmed at each hub on arrival; and the web
statistics entered every month as virtual visits.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from functools import partial

from mandrivna.core.errors import ValidationError
from mandrivna.demo.books import BOOKS, CHILDREN, Book
from mandrivna.demo.laptops import Laptop
from mandrivna.demo.plan import Volumes
from mandrivna.demo.timeline import SEASON, Agenda, Period, at, last_open, next_open
from mandrivna.demo.world import DemoCopy, World
from mandrivna.services.plan_service import PlanService

UKRAINIAN_BOOK_INSTITUTE = "Український інститут книги"
READERS_GIFT = "Дарунок читачів"
WEB_STATISTICS = "Вебсайт бібліотеки: сеанси (Google Analytics)"
# When the Institute's deliveries reach headquarters: (month, day); one more comes just before
# the demo's end (its parcels are still on their way).
DELIVERIES = ((2, 12), (5, 14), (8, 13), (10, 15))
# Lending periods set at headquarters: type of item → days.
LENDING_DAYS = {"periodical": 14, "audiobook": 21, "ebook": 21}
# Recent books the catalogue lacks until a delivery brings them.
ARRIVING = 24


@dataclass
class Parcel:
    parcel_id: str
    hub: Laptop
    copies: list[DemoCopy]
    sent_on: dt.date | None = None


@dataclass
class Collection:
    """The records catalogued so far and what headquarters has to do with them."""

    world: World
    headquarters: Laptop
    hubs: list[Laptop]
    period: Period
    volumes: Volumes
    agenda: Agenda
    records: dict[Book, str] = field(default_factory=dict)  # book → its record's id
    arriving: list[Book] = field(default_factory=list)

    @property
    def rng(self) -> random.Random:
        return self.world.rng

    # --- before the year -------------------------------------------------------------------
    def catalogue_before(self, days: list[dt.date]) -> None:
        """The collection as it stood: every record but the books still to arrive, and each
        hub's shelf, catalogued at headquarters over ``days`` of the year before."""
        recent = [b for b in BOOKS if b.recent]
        self.arriving = self.rng.sample(recent, min(ARRIVING, len(recent)))
        books = [b for b in BOOKS if b not in self.arriving]
        per_day = -(-len(books) // len(days))
        for n, day in enumerate(days):
            batch = books[n * per_day : (n + 1) * per_day]
            self.agenda.add(at(day, 10), partial(self._catalogue, day, batch))
        last = days[-1]
        self.agenda.add(at(last, 15), lambda: self._shelves(last))
        self.agenda.add(at(days[0], 9, 30), partial(self._lending_periods, days[0]))

    def _lending_periods(self, day: dt.date) -> None:
        """The library-wide lending periods headquarters sets (books keep the app's 30 days)."""
        lending = self.headquarters.on(day).lending
        for material_type, days in LENDING_DAYS.items():
            lending.set_loan_days(material_type, days)

    def _catalogue(self, day: dt.date, books: list[Book]) -> None:
        catalogue = self.headquarters.on(day).catalogue
        for book in books:
            self.records[book], _ = catalogue.add_record(book.title, **book.record_fields())
            self.world.done.records += 1

    def _shelves(self, day: dt.date) -> None:
        """Every hub's copies, as many as its shelf holds (children's books and the popular
        ones in several copies)."""
        catalogue = self.headquarters.on(day).catalogue
        books = list(self.records)
        weights = [2.0 if b.kind == CHILDREN or b.recent else 1.0 for b in books]
        for hub in self.hubs:
            size = round(self.volumes.shelf_per_hub * (0.6 + 0.4 * hub.hub.size))
            counts = Counter(self.rng.choices(books, weights, k=size))
            for book, count in sorted(counts.items(), key=lambda item: books.index(item[0])):
                gift = self.rng.random() < 0.7
                self._add_copies(
                    catalogue.add_copies(
                        self.records[book],
                        count,
                        hub=hub.hub.name,
                        acquisition="donation" if gift else "purchase",
                        acquisition_source=(
                            self.rng.choice((UKRAINIAN_BOOK_INSTITUTE, READERS_GIFT))
                            if gift
                            else None
                        ),
                    )[0],
                    book,
                    hub,
                    day,
                )

    def _add_copies(self, ids: list[str], book: Book, hub: Laptop, day: dt.date) -> None:
        """The new copies, with the barcodes the app gave them, go on the hub's shelf."""
        codes = {
            c.id: c.barcode
            for c in self.headquarters.on(day).catalogue.copies_of(self.records[book])
        }
        copies = [DemoCopy(copy_id, codes[copy_id] or "", book, hub.hub.name) for copy_id in ids]
        for copy in copies:
            self.world.put_back(copy, hub.hub.name)
        self.world.done.copies += len(copies)

    # --- the year --------------------------------------------------------------------------
    def plan_year(self) -> None:
        """The deliveries of the year and the monthly web statistics, at headquarters."""
        hq = self.headquarters.hub
        last = last_open(hq, self.period.end - dt.timedelta(days=1))
        days = [next_open(hq, dt.date(self.period.year, m, d)) for m, d in DELIVERIES]
        days = [day for day in days if day < last - dt.timedelta(days=14)] + [last]
        per_delivery = max(len(self.hubs), round(self.volumes.books_acquired / len(days)))
        for day in days:
            self.agenda.add(at(day, 9, 30), partial(self._delivery, day, per_delivery))
        for month in range(2, 13):
            day = next_open(hq, dt.date(self.period.year, month, 1))
            self.agenda.add(at(day, 9, 10), partial(self._web_statistics, day))

    def _delivery(self, day: dt.date, books: int) -> None:
        """The Institute's boxes: catalogued, shared out in parcels, sent the next working day."""
        desk = self.headquarters.on(day)
        new = [self.arriving.pop(0) for _ in range(min(3, len(self.arriving)))]
        for book in new:
            self.records[book], _ = desk.catalogue.add_record(book.title, **book.record_fields())
            self.world.done.records += 1
        recent = [b for b in self.records if b.recent]
        chosen = new + self.rng.choices(recent, k=max(books - len(new), 0))
        arrived: list[tuple[Book, str]] = []
        for book, count in sorted(Counter(chosen).items(), key=lambda item: chosen.index(item[0])):
            ids, _ = desk.catalogue.add_copies(
                self.records[book],
                count,
                acquisition="donation",
                acquisition_source=UKRAINIAN_BOOK_INSTITUTE,
            )
            arrived.extend((book, copy_id) for copy_id in ids)
        codes: dict[str, str] = {}
        for book in dict.fromkeys(b for b, _ in arrived):
            codes |= {c.id: c.barcode or "" for c in desk.catalogue.copies_of(self.records[book])}
        self.world.done.copies += len(arrived)
        children = [b for b in self.records if b.kind == CHILDREN]
        sent = next_open(self.headquarters.hub, day + dt.timedelta(days=1))
        for n, hub in enumerate(self.hubs):
            share = arrived[n :: len(self.hubs)]
            parcel_id, _ = desk.parcels.form(hub.hub.name, f"Книги від: {UKRAINIAN_BOOK_INSTITUTE}")
            copies = []
            for book, copy_id in share:
                desk.parcels.add_copy(parcel_id, codes[copy_id])
                copies.append(DemoCopy(copy_id, codes[copy_id], book, hub.hub.name, False))
            if children:  # picture books for the reading corner, not catalogued one by one
                book = self.rng.choice(children)
                desk.parcels.add_title(parcel_id, self.records[book], self.rng.randint(3, 10))
            self.world.done.parcels += 1
            parcel = Parcel(parcel_id, hub, copies)
            self.agenda.add(at(sent, 10, n), partial(self._send, parcel, sent))

    def _send(self, parcel: Parcel, day: dt.date) -> None:
        waybill = "20" + "".join(str(self.rng.randrange(10)) for _ in range(12))
        self.headquarters.on(day).parcels.send(parcel.parcel_id, waybill)
        parcel.sent_on = day
        arrives = next_open(parcel.hub.hub, day + dt.timedelta(days=self.rng.randint(2, 4)))
        self.agenda.add(at(arrives, 11), lambda: self._receive(parcel, arrives))

    def _receive(self, parcel: Parcel, day: dt.date) -> None:
        """The hub confirms the parcel once its laptop knows it was sent (else the next day)."""
        parcels = parcel.hub.on(day).parcels
        try:
            known = parcels.detail(parcel.parcel_id).parcel.status == "sent"
        except ValidationError:
            known = False
        if not known:
            later = next_open(parcel.hub.hub, day + dt.timedelta(days=1))
            self.agenda.add(at(later, 11), lambda: self._receive(parcel, later))
            return
        parcels.confirm_received(parcel.parcel_id)
        for copy in parcel.copies:
            self.world.put_back(copy, parcel.hub.hub.name)

    def _web_statistics(self, day: dt.date) -> None:
        """Last month's web sessions, from the site's statistics."""
        last = day.replace(day=1) - dt.timedelta(days=1)
        first = last.replace(day=1)
        monthly = self.volumes.virtual_visits / self.period.share_of_year / 12 * SEASON[first.month]
        count = round(monthly * self.rng.uniform(0.85, 1.15))
        self.headquarters.on(day).visits.add_virtual_visits(first, last, WEB_STATISTICS, count)
        users = self.volumes.virtual_users / self.period.share_of_year / 12 * SEASON[first.month]
        PlanService(self.headquarters.db, day).set_virtual(
            first, last, WEB_STATISTICS, round(users * self.rng.uniform(0.85, 1.15)), kind="users"
        )
