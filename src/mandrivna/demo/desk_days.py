"""A hub's day at the lending desk, as its librarian works it: the session opened in the
morning, new readers registered, books returned, renewed and lent by scanning their barcodes,
e-books and free internet resources given, questions answered, anonymous visitors counted with
F7 and F8 (and the day's totals set from the paper list at closing), the session closed.

How much happens comes from the plan's volumes, shared among the hubs by their size and the
season; who comes and what they take is drawn from the world's readers and shelves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from mandrivna.core.errors import MandrivnaError
from mandrivna.core.loans import LEND, RETURN
from mandrivna.core.reader import CATEGORIES
from mandrivna.demo.books import BOOKS, CHILDREN, E_BOOK_SERVICES, FREE_RESOURCES
from mandrivna.demo.laptops import Desk, Laptop
from mandrivna.demo.people import Person, person
from mandrivna.demo.plan import Volumes
from mandrivna.demo.timeline import SEASON, Agenda, Period, at, draw, during, next_open, opens
from mandrivna.demo.world import DemoLoan, DemoReader, World

LOAN_DAYS = 30  # the app's lending period for books unless set otherwise
MOBILE_VENUE = "Виїзна бібліотечка: гуртожиток для ВПО"

# What people ask, by topic: (topic, share of consultations, notes).
CONSULTATIONS = (
    (
        "digital",
        0.35,
        (
            "Встановлення застосунку Дія",
            "Заява на допомогу ВПО через Дію",
            "Дія.Підпис: як отримати і користуватися",
            "Запис до лікаря через Helsi",
            "Оплата комунальних послуг онлайн",
            "Відеодзвінок з рідними: налаштування смартфона",
        ),
    ),
    (
        "educational",
        0.25,
        (
            "Курси Дія.Цифрова освіта для початківців",
            "Підготовка до НМТ: онлайн-ресурси",
            "Безкоштовні курси англійської мови",
            "Онлайн-курси з кар'єрного розвитку",
        ),
    ),
    (
        "literature",
        0.15,
        (
            "Що почитати із сучасної української прози",
            "Книжки для дитини восьми років",
            "Книжки про Луганщину та її письменників",
            "Аудіокниги українською",
        ),
    ),
    (
        "legal_social",
        0.2,
        (
            "Де отримати безоплатну правову допомогу",
            "Відновлення документів, втрачених під час евакуації",
            "Оформлення довідки ВПО",
            "Компенсація за зруйноване житло (єВідновлення)",
        ),
    ),
    ("other", 0.05, ("Де надрукувати документи", "Розклад заходів хабу")),
)
REFERENCES = (
    ("literature", "Бібліографічна довідка: твори Василя Голобородька"),
    ("literature", "Список літератури до реферату з історії України"),
    ("literature", "Чи є в бібліотеці «Ворошиловград» Сергія Жадана"),
    ("legal_social", "Адреси центрів надання адміністративних послуг"),
    ("other", "Контакти гуманітарних організацій міста"),
)
CHANNELS = (("in_person", 0.55), ("phone", 0.2), ("messenger", 0.17), ("online", 0.08))


@dataclass(frozen=True)
class Rates:
    """How many of each happen on an ordinary day at one hub (before the season)."""

    registrations: float
    lends: float
    e_loans: float
    free_resources: float
    consultations: float
    references: float
    non_stationary: float
    remote: float


def hub_rates(volumes: Volumes, share: float, days: int) -> Rates:
    """A hub's daily rates: its ``share`` of the volumes over its ``days`` working days."""
    per_day = share / max(days, 1)
    return Rates(
        volumes.registrations * per_day,
        volumes.printed_loans * per_day,
        volumes.e_loans * per_day,
        volumes.free_resources * per_day,
        volumes.consultations * per_day,
        volumes.references * per_day,
        volumes.visits_non_stationary * per_day,
        volumes.visits_remote * per_day,
    )


def _author(book_authors: tuple[str, ...]) -> str:
    surname, _, given = book_authors[0].partition(", ")
    return f"{given} {surname}".strip()


class HubDesk:
    """The desk of one hub's laptop, day after day."""

    def __init__(
        self, world: World, laptop: Laptop, rates: Rates, period: Period, agenda: Agenda
    ) -> None:
        self.world = world
        self.agenda = agenda
        self.laptop = laptop
        self.hub = laptop.hub
        self.rates = rates
        self.period = period
        self.rng = world.rng
        self.overdue_planted = False
        self.reader_visits = 0  # readers served today in person (they are visits already)
        self.remote_visits = 0
        # Categories not met yet: the first readers registered here bring each of them once.
        self.categories_to_meet = list(CATEGORIES)
        self.work_days: set[dt.date] = set()

    # --- the day's plan -------------------------------------------------------------------
    def plan(self, day: dt.date) -> None:
        """The day's work at the desk: the session opened in the morning and closed in the
        evening, if anybody comes (or the hub has other work that day)."""
        if not opens(self.hub, day):
            return
        rng, season = self.rng, SEASON[day.month]
        rates = self.rates
        steps: list[tuple[dt.datetime, Callable[[], None]]] = []
        lends = draw(rng, rates.lends * season)
        for _ in range(draw(rng, rates.registrations * season)):
            books = rng.choices((0, 1, 2), (0.7, 0.25, 0.05))[0]
            lends -= books
            wanted = self.categories_to_meet.pop(0) if self.categories_to_meet else None
            newcomer = person(rng, day.year, wanted)
            steps.append((during(rng, day), partial(self.register, day, newcomer, books)))
        for reader, loans in self._due(self.world.returns.pop((self.hub.name, day), [])).items():
            books = rng.choices((0, 1, 2), (0.75, 0.2, 0.05))[0]
            lends -= books
            steps.append((during(rng, day), partial(self.bring_back, day, reader, loans, books)))
        for reader, loans in self._due(self.world.renewals.pop((self.hub.name, day), [])).items():
            steps.append((during(rng, day), partial(self.renew, day, reader, loans)))
        while lends > 0:
            books = min(lends, rng.choice((1, 1, 1, 2)))
            lends -= books
            steps.append((during(rng, day), partial(self.borrow, day, books)))
        for _ in range(draw(rng, rates.e_loans * season)):
            steps.append((during(rng, day), partial(self.e_loan, day, "e_loan", 0.6)))
        for _ in range(draw(rng, rates.free_resources * season)):
            steps.append((during(rng, day), partial(self.e_loan, day, "free_resource", 0.4)))
        for _ in range(draw(rng, rates.consultations * season)):
            steps.append((during(rng, day), partial(self.consult, day, "consultation")))
        for _ in range(draw(rng, rates.references * season)):
            steps.append((during(rng, day), partial(self.consult, day, "reference")))
        walk_ins = draw(rng, rates.non_stationary * season)
        calls = draw(rng, rates.remote * season)
        for _ in range(min(walk_ins, rng.randint(0, 2))):
            steps.append((during(rng, day), partial(self.press, day, "non_stationary")))
        if not (steps or walk_ins or calls or day in self.work_days):
            return  # nobody came: the session was never opened
        self.agenda.add(at(day, 9, 0), partial(self.open_session, day))
        for when, run in steps:
            self.agenda.add(when, run)
        self.agenda.add(at(day, 17, 40), partial(self.close_session, day, walk_ins, calls))

    def work_on(self, day: dt.date) -> None:
        """The desk opens on ``day`` whoever comes (other work needs its session)."""
        self.work_days.add(day)

    @staticmethod
    def _due(loans: list[DemoLoan]) -> dict[DemoReader, list[DemoLoan]]:
        """The loans by reader (those of a reader erased since are gone with them)."""
        by_reader: dict[DemoReader, list[DemoLoan]] = {}
        for loan in loans:
            if not loan.reader.erased:
                by_reader.setdefault(loan.reader, []).append(loan)
        return by_reader

    # --- the session ----------------------------------------------------------------------
    def open_session(self, day: dt.date) -> None:
        self.reader_visits = self.remote_visits = 0
        venue = MOBILE_VENUE if self.rng.random() < 0.1 else self.hub.venue
        self.laptop.on(day).desk.open_session(venue)

    def close_session(self, day: dt.date, walk_ins: int, calls: int) -> None:
        """The paper list's totals go in at closing (anonymous visitors only), then the session
        closes."""
        services = self.laptop.on(day)
        desk, visits = services.desk, services.visits
        anonymous = max(walk_ins - self.reader_visits, visits.tally_total("non_stationary"))
        if anonymous:
            visits.correct_tally("non_stationary", anonymous)
        remote = max(calls - self.remote_visits, 0)
        if remote:
            visits.correct_tally("remote", remote)
        session = desk.current_session()
        if session is not None:
            desk.close_session(session.id)

    def press(self, day: dt.date, channel: str) -> None:
        """F7 (or F8) for a visitor without a card."""
        self.laptop.on(day).visits.tally(channel)

    # --- readers --------------------------------------------------------------------------
    def serve(self, desk: Desk, reader: DemoReader) -> None:
        """A reader at the desk: re-registered for this year first if they are not yet."""
        year = self.period.year
        if year not in reader.years:
            desk.readers.reregister(reader.reader_id)
            reader.years.add(year)
            self.world.done.reregistrations += 1

    def register(self, day: dt.date, newcomer: Person, books: int) -> None:
        desk = self.laptop.on(day)
        # the year before is not served day by day in the demo: its registrations are no visits
        # (the report compares with the figures the plan gives as done that year)
        reader_id, _ = desk.readers.register(
            newcomer.surname,
            newcomer.given_name,
            True,
            in_person=day >= self.period.start,
            **newcomer.details(),
        )
        card = desk.readers.get(reader_id).card_number or ""
        reader = DemoReader(
            reader_id, card, newcomer, self.hub.name, {day.year}, self.rng.uniform(0.5, 2.0)
        )
        self.world.add_reader(reader)
        self.reader_visits += 1 if books else 0
        for _ in range(books):
            self.lend(day, reader)

    def bring_back(
        self, day: dt.date, reader: DemoReader, loans: list[DemoLoan], books: int
    ) -> None:
        desk = self.laptop.on(day)
        self.serve(desk, reader)
        for loan in loans:
            self.give_back(day, loan)
        self.reader_visits += 1
        for _ in range(books):
            self.lend(day, reader)

    def give_back(self, day: dt.date, loan: DemoLoan) -> None:
        """The copy scanned at this desk: its loan is known here, so it is returned."""
        result = self.laptop.on(day).lending.scan(loan.copy.barcode, loan.reader.reader_id)
        if result.action != RETURN:
            raise RuntimeError(f"{loan.copy.barcode} was lent, not returned")
        self.world.on_loan.pop(loan.copy.copy_id, None)
        self.world.put_back(loan.copy, self.hub.name)
        self.world.done.returns += 1

    def renew(self, day: dt.date, reader: DemoReader, loans: list[DemoLoan]) -> None:
        desk = self.laptop.on(day)
        self.serve(desk, reader)
        desk.lending.renew([loan.loan_id for loan in loans])
        self.reader_visits += 1
        self.world.done.renewals += len(loans)

    def borrow(self, day: dt.date, books: int) -> None:
        reader = self.world.pick_reader(self.hub.name)
        if reader is None:
            return
        self.serve(self.laptop.on(day), reader)
        self.reader_visits += 1
        for _ in range(books):
            self.lend(day, reader)

    def lend(
        self, day: dt.date, reader: DemoReader, schedule: bool = True, override: str | None = None
    ) -> DemoLoan | None:
        """A copy from the shelf scanned for the reader; when it comes back is drawn, unless
        the caller decides (``schedule`` false). ``override``: the reason the librarian gives
        when the desk warns (a lend this laptop may not know to be right)."""
        copy = self.world.take_copy(self.hub.name, "child" in reader.person.categories)
        if copy is None:
            return None
        try:
            result = self.laptop.on(day).lending.scan(copy.barcode, reader.reader_id, override)
        except MandrivnaError:
            self.world.put_back(copy, self.hub.name)  # not lent: back on the shelf
            raise
        if result.action != LEND:
            raise RuntimeError(f"{copy.barcode} was returned, not lent")
        loan = DemoLoan(result.loan_id, copy, reader, self.hub.name, day, None, None)
        if schedule:
            self.schedule(loan)
        self.world.on_loan[copy.copy_id] = loan
        self.world.done.lends += 1
        return loan

    def schedule(self, loan: DemoLoan, never: bool = False) -> None:
        """When the reader will bring the book back (or renew it first)."""
        rng, day = self.rng, loan.lent_on
        due = day + dt.timedelta(days=LOAN_DAYS)
        if not self.overdue_planted and 31 <= (self.period.end - day).days <= 60:
            never = self.overdue_planted = True  # at least one book overdue at every hub
        chance = rng.random()
        if never:
            returns_on = None
        elif chance < 0.6:
            returns_on = day + dt.timedelta(days=rng.randint(5, LOAN_DAYS))
        elif chance < 0.8:
            returns_on = due + dt.timedelta(days=rng.randint(1, 20))
        elif chance < 0.92:
            renews = next_open(self.hub, day + dt.timedelta(days=rng.randint(18, LOAN_DAYS - 2)))
            loan.renews_on = renews
            self.world.renewals[(loan.hub, renews)].append(loan)
            returns_on = renews + dt.timedelta(days=rng.randint(5, LOAN_DAYS + 10))
        elif chance < 0.97:
            returns_on = day + dt.timedelta(days=rng.randint(60, 150))
        else:
            returns_on = None
        if returns_on is not None:
            returns_on = next_open(self.hub, returns_on)
            loan.returns_on = returns_on
            self.world.returns[(loan.hub, returns_on)].append(loan)

    # --- e-books, free resources, questions --------------------------------------------------
    def _someone(self, day: dt.date, share_with_card: float) -> DemoReader | None:
        if self.rng.random() >= share_with_card:
            return None
        reader = self.world.pick_reader(self.hub.name)
        if reader is not None:
            self.serve(self.laptop.on(day), reader)
        return reader

    def e_loan(self, day: dt.date, kind: str, share_with_card: float) -> None:
        rng = self.rng
        reader = self._someone(day, share_with_card)
        if kind == "e_loan":
            book = rng.choice([b for b in BOOKS if b.kind != CHILDREN or rng.random() < 0.3])
            title = f"{_author(book.authors)}. {book.title} ({rng.choice(E_BOOK_SERVICES)})"
            url = None
            self.world.done.e_loans += 1
        else:
            resource = rng.choice(FREE_RESOURCES)
            title, url = resource.title, resource.url
            self.world.done.free_resources += 1
        self.laptop.on(day).desk.e_loan(kind, title, url, reader.reader_id if reader else None)
        if reader is not None:
            self.reader_visits += 1

    def consult(self, day: dt.date, kind: str) -> None:
        rng = self.rng
        if kind == "reference":
            topic, note = rng.choice(REFERENCES)
            self.world.done.references += 1
        else:
            topic, _, notes = rng.choices(CONSULTATIONS, [c[1] for c in CONSULTATIONS])[0]
            note = rng.choice(notes)
            self.world.done.consultations += 1
        channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        outcome = "referred" if rng.random() < 0.1 else "answered"
        reader = self._someone(day, 0.55)
        self.laptop.on(day).desk.consultation(
            kind, topic, channel, outcome, reader.reader_id if reader else None, note
        )
        if reader is not None:
            if channel == "in_person":
                self.reader_visits += 1
            else:
                self.remote_visits += 1
