"""What the demo plants for the coordinator to find, each the way offline work really makes it,
between the first two hubs (A and B):

- **a duplicate reader:** one woman registered at A and, the same day before either synced, at B
  from her foreign passport in Latin letters, her phone written another way;
- **a conflict:** a reader who moved from A's town to B's; the same day, A types her new phone and
  B her new phone and town, both offline: one edit wins, the other waits for the coordinator;
- **a lend with an override:** a reader blocked at A (a book not returned), unblocked there in the
  morning; in the afternoon B, which has not synced since, warns and lends with a reason;
- **a copy lent at two hubs:** lent at A in the morning and left, unscanned, on a visit to B,
  where another reader borrows it the same afternoon before either synced; both loans stay open
  for the coordinator to sort out;
- **a book returned at another hub:** lent at A, brought back to B after both synced;
- **a reader erased** at their request (personal data gone everywhere, counts kept);
- **an overdue book** at A that is never brought back.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from mandrivna.core.loans import LEND
from mandrivna.core.transliteration import latin
from mandrivna.demo.desk_days import HubDesk
from mandrivna.demo.laptops import Laptop
from mandrivna.demo.people import Person, person, phone_number, written_phone
from mandrivna.demo.timeline import Agenda, Period, at, next_open, opens
from mandrivna.demo.world import DemoLoan, DemoReader, World
from mandrivna.services.lending_service import NeedsOverride

BLOCK_REASON = "Не повернув книжку, взяту торік"


@dataclass
class Planted:
    """Who the planted cases are about, for the summary (names as the hubs typed them)."""

    duplicate: tuple[str, str] = ("", "")
    conflict: str = ""
    override: str = ""
    lent_twice: str = ""  # the title of the copy lent at two hubs
    moved_book: str = ""
    erased: int = 0


@dataclass
class Story:
    """The planted cases, put in the agenda of the first two hubs' desks (A and B)."""

    world: World
    a: HubDesk
    b: HubDesk
    period: Period
    agenda: Agenda
    planted: Planted = field(default_factory=Planted)
    syncs: dict[dt.date, list[Laptop]] = field(default_factory=dict)  # laptops that must sync
    readers: dict[str, DemoReader] = field(default_factory=dict)  # the cases' readers, by role

    @property
    def rng(self) -> random.Random:
        return self.world.rng

    def _both_open(self, fraction: float, after: dt.date | None = None) -> dt.date:
        day = max(self.period.at(fraction), after or self.period.start)
        while not (opens(self.a.hub, day) and opens(self.b.hub, day)):
            day += dt.timedelta(days=1)
        return day

    # --- before the year: the readers the story is about ------------------------------------
    def register_before(self, day: dt.date) -> None:
        """The readers the cases are about, registered at their hubs the year before."""
        year = self.period.year
        moved = self._fixed("Ковальчук", "Ніна", "Петрівна", year - 68, ("age55", "idp"))
        blocked = self._fixed("Бондар", "Олег", "Іванович", year - 46, ("idp", "military_family"))
        borrower = self._fixed("Савчук", "Ірина", "Миколаївна", year - 38, ("idp",))
        leaving = person(self.rng, year - 1)
        self.agenda.add(at(day, 11), lambda: self._register(self.a, day, moved, "moved"))
        self.agenda.add(at(day, 11, 5), lambda: self._register(self.a, day, blocked, "blocked"))
        self.agenda.add(at(day, 11, 10), lambda: self._register(self.a, day, borrower, "borrower"))
        self.agenda.add(at(day, 11, 15), lambda: self._register(self.b, day, leaving, "leaving"))

    def _fixed(
        self, surname: str, given: str, patronymic: str, born: int, categories: tuple[str, ...]
    ) -> Person:
        phone = phone_number(self.rng)[1]
        return Person(surname, given, patronymic, born, phone, None, "Viber", categories)

    def _register(self, desk: HubDesk, day: dt.date, who: Person, role: str) -> None:
        readers = desk.laptop.on(day).readers
        in_person = day >= self.period.start  # the year before makes no visits (see HubDesk)
        reader_id, _ = readers.register(
            who.surname, who.given_name, True, in_person=in_person, **who.details()
        )
        card = readers.get(reader_id).card_number or ""
        reader = DemoReader(reader_id, card, who, desk.hub.name, {day.year}, 1.0, planted=True)
        self.world.add_reader(reader)
        self.readers[role] = reader

    # --- the year ---------------------------------------------------------------------------
    def plan_year(self) -> None:
        lent = self._both_open(0.2)
        self.a.work_on(lent)
        self.agenda.add(at(lent, 12), lambda: self._lend_to_move(lent))
        self._must_sync(lent, self.a.laptop, self.b.laptop)
        twice = self._both_open(0.3)
        self.a.work_on(twice)
        self.b.work_on(twice)
        self.agenda.add(at(twice, 10, 10), lambda: self._lend_twice(twice))
        duplicate = self._both_open(0.35)
        self.a.work_on(duplicate)
        self.b.work_on(duplicate)
        self.agenda.add(at(duplicate, 10, 30), lambda: self._duplicate(duplicate))
        erase = next_open(self.b.hub, self.period.at(0.45))
        self.agenda.add(at(erase, 12), lambda: self._erase(erase))
        conflict = self._both_open(0.5)
        self.agenda.add(at(conflict, 10, 15), lambda: self._new_details(self.a, conflict))
        self.agenda.add(at(conflict, 16, 5), lambda: self._new_details(self.b, conflict))
        blocked = next_open(self.a.hub, self.period.at(0.6))
        self.agenda.add(at(blocked, 16), lambda: self._block(blocked))
        self._must_sync(blocked, self.a.laptop, self.b.laptop)
        unblocked = self._both_open(0.6, blocked + dt.timedelta(days=7))
        self.agenda.add(at(unblocked, 9, 30), lambda: self._unblock(unblocked))
        self.agenda.add(at(unblocked, 15), lambda: self._lend_blocked(unblocked))
        self.b.work_on(unblocked)
        forgotten = next_open(self.a.hub, self.period.end - dt.timedelta(days=45))
        self.a.work_on(forgotten)
        self.a.work_on(self.period.end)  # the last day, A's desk is at work (if it opens)
        self.agenda.add(at(forgotten, 13), lambda: self._never_back(forgotten))

    def _must_sync(self, day: dt.date, *laptops: Laptop) -> None:
        self.syncs.setdefault(day, []).extend(laptops)

    def _lend_to_move(self, day: dt.date) -> None:
        """Lent at A; brought back to B ten days on (both have synced the loan by then)."""
        reader = self.readers["borrower"]
        self.a.serve(self.a.laptop.on(day), reader)
        loan = self.a.lend(day, reader, schedule=False)
        if loan is None:
            return
        back = self._both_open(0.2, day + dt.timedelta(days=10))
        self.b.work_on(back)
        self.planted.moved_book = loan.copy.book.title
        self.agenda.add(at(back, 14), lambda: self.b.give_back(back, loan))

    def _lend_twice(self, day: dt.date) -> None:
        """A copy lent at A in the morning, and the same copy lent at B in the afternoon (the
        reader left it there unscanned), before either laptop synced: the merge flags it."""
        first, second = (
            self.world.pick_reader(self.a.hub.name),
            self.world.pick_reader(self.b.hub.name),
        )
        if first is None or second is None:
            return
        self.a.serve(self.a.laptop.on(day), first)
        loan = self.a.lend(day, first, schedule=False)
        if loan is None:
            return
        self.agenda.add(at(day, 15, 40), lambda: self._lent_again(day, loan, second))

    def _lent_again(self, day: dt.date, loan: DemoLoan, reader: DemoReader) -> None:
        desk = self.b.laptop.on(day)
        self.b.serve(desk, reader)
        result = desk.lending.scan(loan.copy.barcode, reader.reader_id)
        if result.action != LEND:
            raise RuntimeError(f"{loan.copy.barcode} was returned at B, not lent again")
        again = DemoLoan(result.loan_id, loan.copy, reader, self.b.hub.name, day, None, None)
        self.world.lent_again.append(again)
        self.world.done.lends += 1
        self.planted.lent_twice = loan.copy.book.title

    def _duplicate(self, day: dt.date) -> None:
        """The same woman registered at A, and at B from her passport, before either synced."""
        digits = phone_number(self.rng)[0]
        her = Person(
            "Гнатюк",
            "Мар'яна",
            "Василівна",
            self.period.year - 46,
            written_phone(self.rng, digits),
            None,
            "Telegram",
            ("idp", "military_family"),
        )
        again = Person(
            latin(her.surname),
            latin(her.given_name),
            None,
            her.birth_year,
            f"0{digits}",
            None,
            None,
            her.categories,
        )
        self.agenda.add(at(day, 10, 45), lambda: self.a.register(day, her, 1))
        self.agenda.add(at(day, 15, 20), lambda: self.b.register(day, again, 1))
        self.planted.duplicate = (
            f"{her.surname} {her.given_name} {her.patronymic}",
            f"{again.surname} {again.given_name}",
        )

    def _erase(self, day: dt.date) -> None:
        """A reader asks for their personal data to be deleted."""
        reader = self.readers["leaving"]
        self.b.laptop.on(day).readers.erase(reader.reader_id)
        reader.erased = True
        self.planted.erased += 1

    def _new_details(self, desk: HubDesk, day: dt.date) -> None:
        """The moved reader's new phone and town, typed at one hub (the other does the same
        the same day, offline)."""
        reader = self.readers["moved"]
        desk.laptop.on(day).readers.edit(
            reader.reader_id, phone=phone_number(self.rng)[1], settlement=desk.hub.settlement
        )
        who = reader.person
        self.planted.conflict = f"{who.surname} {who.given_name} {who.patronymic}"

    def _block(self, day: dt.date) -> None:
        self.a.laptop.on(day).readers.block(self.readers["blocked"].reader_id, BLOCK_REASON)

    def _unblock(self, day: dt.date) -> None:
        self.a.laptop.on(day).readers.unblock(self.readers["blocked"].reader_id)

    def _lend_blocked(self, day: dt.date) -> None:
        """At B the reader is still blocked: the desk warns, the librarian lends with a reason."""
        reader = self.readers["blocked"]
        reason = f"Читач показав розписку: борг повернуто в «{self.a.hub.name}»"
        try:
            lent = self.b.lend(day, reader)
        except NeedsOverride:
            self.b.lend(day, reader, override=reason)
        else:
            if lent is not None:
                raise RuntimeError("the desk lent to a blocked reader without a warning")
            return  # nothing on B's shelf to lend
        who = reader.person
        self.planted.override = f"{who.surname} {who.given_name} {who.patronymic}"

    def _never_back(self, day: dt.date) -> None:
        """A book lent at A that is not brought back: overdue by the demo's last day."""
        reader = self.readers["moved"]
        self.a.lend(day, reader, schedule=False)
