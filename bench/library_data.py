"""A whole library as its hubs' laptops recorded it over a year, as changes (issue #17's size:
100,000 readers, 200,000 catalogue records, 300,000 copies, 1,000,000 loan events, 2,000,000
visits, 5,000 events; ``scale`` multiplies every count).

Readers, catalogue records and copies come from ``readers_catalogue_data`` (Ukrainian names and
phones, ISBNs, barcodes); loans are lent and mostly returned at the same hub, some renewed, a few
still out; visits are a served reader's one visit a day and the desk's tallies over the channels
of the domain; events carry their attendance and audience breakdown, and registered readers check
in at them (each check-in also counted as a visit, as the app does).

Each of ``devices`` hub laptops writes its share; a laptop's changes are numbered from 1 and
stamped in the order it wrote them (a year, spread evenly). The changes come in phases by kind,
readers first, so that a pull of them can be timed kind by kind: ``KINDS`` is that order.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bench import readers_catalogue_data as data
from mandrivna.core.change import Change, Op
from mandrivna.core.events import DEPARTMENTS, DIRECTIONS, FORMATS, FORMS
from mandrivna.core.hlc import pack
from mandrivna.core.ids import time_ordered_id
from mandrivna.core.visits import reader_visit_id

#: The whole library (scale 1).
SIZES = {
    "reader": 100_000,
    "bib_record": 200_000,
    "book_copy": 300_000,
    "library_event": 5_000,
    "loan_event": 1_000_000,
    "event_checkin": 20_000,
    "visit": 2_000_000,
}
#: The order the phases are pushed in (records, then facts).
KINDS = tuple(SIZES)
RECORDS = ("reader", "bib_record", "book_copy", "library_event")
YEAR_START = dt.date(2025, 12, 1)
DAYS = 365


def sizes(scale: float) -> dict[str, int]:
    """Every kind's count at ``scale``; visits include the check-ins' visits."""
    return {kind: max(1, round(n * scale)) for kind, n in SIZES.items()}


@dataclass
class Laptop:
    """One hub's laptop: its id, hub, next sequence number and stamp."""

    device_id: str
    hub: str
    seq: int = 0
    start_ms: int = 0
    step_ms: int = 1

    def change(self, entity: str, entity_id: str, op: Op, fields: dict[str, Any]) -> Change:
        self.seq += 1
        stamp = pack(self.start_ms + self.seq * self.step_ms, 0)
        return Change(self.device_id, self.seq, stamp, entity, entity_id, op, fields, 0)


@dataclass
class Library:
    """Generates the changes phase by phase, remembering the ids later phases refer to."""

    scale: float
    devices: int = 8
    seed: int = 17
    time_ids: bool = False  # the facts' and events' ids as this app makes them now (UUIDv7)
    counts: dict[str, int] = field(init=False)
    laptops: list[Laptop] = field(init=False)

    def __post_init__(self) -> None:
        self.counts = sizes(self.scale)
        rnd = random.Random(self.seed)
        per_laptop = sum(self.counts.values()) // self.devices + 1
        start = int(dt.datetime(2025, 12, 1, 9, tzinfo=dt.UTC).timestamp() * 1000)
        self.laptops = [
            Laptop(
                str(uuid.UUID(int=rnd.getrandbits(128))),
                data.HUBS[i % len(data.HUBS)],
                start_ms=start,
                step_ms=max(1, DAYS * 86_400_000 // per_laptop),
            )
            for i in range(self.devices)
        ]
        self.rnd = random.Random(self.seed + 1)
        self.reader_ids: list[str] = []
        self.record_ids: list[str] = []
        self.copy_ids: list[str] = []
        self.events: list[tuple[str, str, str, str]] = []  # id, day, hub, format

    def laptop(self, i: int) -> Laptop:
        return self.laptops[i % len(self.laptops)]

    def new_id(self, laptop: Laptop, rnd: random.Random) -> str:
        """An id the laptop makes for its next change: random (as before issue #17's ids) or
        time-ordered at the change's time (``core.ids``), from the same random bits."""
        bits = rnd.getrandbits(128)
        if not self.time_ids:
            return str(uuid.UUID(int=bits))
        return time_ordered_id(laptop.start_ms + (laptop.seq + 1) * laptop.step_ms, bits)

    def phase(self, kind: str) -> Iterator[Change]:
        """The changes of one kind, laptop after laptop interleaved as they were written."""
        return getattr(self, f"_{kind}")(self.counts[kind])  # type: ignore[no-any-return]

    def day(self, rnd: random.Random | None = None) -> str:
        return (YEAR_START + dt.timedelta(days=(rnd or self.rnd).randrange(DAYS))).isoformat()

    # --- records ---------------------------------------------------------------------------
    def _reader(self, n: int) -> Iterator[Change]:
        prefixes = [data.device_prefix(laptop.device_id) for laptop in self.laptops]
        for i, (reader_id, fields) in enumerate(data.readers(n, prefixes, seed=self.seed)):
            laptop = self.laptop(i)
            fields["registration_hub"] = laptop.hub
            self.reader_ids.append(reader_id)
            yield laptop.change("reader", reader_id, Op.UPSERT, fields)

    def _bib_record(self, n: int) -> Iterator[Change]:
        for i, (record_id, fields) in enumerate(data.records(n, seed=self.seed + 10)):
            self.record_ids.append(record_id)
            yield self.laptop(i).change("bib_record", record_id, Op.UPSERT, fields)

    def _book_copy(self, n: int) -> Iterator[Change]:
        prefixes = [data.device_prefix(laptop.device_id) for laptop in self.laptops]
        rows = data.copies(self.record_ids, n, prefixes, seed=self.seed + 20)
        for i, (copy_id, fields) in enumerate(rows):
            laptop = self.laptop(i)
            fields["hub"] = laptop.hub
            self.copy_ids.append(copy_id)
            yield laptop.change("book_copy", copy_id, Op.UPSERT, fields)

    def _library_event(self, n: int) -> Iterator[Change]:
        rnd = random.Random(self.seed + 2)
        titles = ("Книжковий клуб", "Цифрова грамотність 55+", "Розмовний клуб", "Майстер-клас")
        for i in range(n):
            laptop = self.laptop(i)
            event_id = self.new_id(laptop, rnd)
            day, form_at = self.day(rnd), rnd.choice(tuple(FORMATS))
            in_person = 0 if form_at == "online" else rnd.randint(5, 40)
            online = rnd.randint(5, 60) if form_at != "offline" else 0
            people = in_person + online
            fields: dict[str, Any] = {
                "title": f"{rnd.choice(titles)}: {rnd.choice(data.TITLE_NOUNS)}",
                "direction": rnd.choice(tuple(DIRECTIONS)),
                "form": rnd.choice(tuple(FORMS)),
                "format": form_at,
                "department": rnd.choice(tuple(DEPARTMENTS)),
                "hub": laptop.hub,
                "venue": f"Зала {rnd.randint(1, 4)}",
                "starts_at": f"{day}T{rnd.randint(10, 17):02d}:00",
                "ends_at": f"{day}T{rnd.randint(18, 20):02d}:00",
                "capacity": 40,
                "attended_in_person": in_person,
                "attended_online": online,
                "audience_idp": people * 6 // 10,
                "audience_age55": people // 5,
                "audience_children": people // 10,
                "status": "held",
                "plan_section": rnd.choice(("3.1", "3.2", "3.3")),
            }
            self.events.append((event_id, day, laptop.hub, form_at))
            yield laptop.change("library_event", event_id, Op.UPSERT, fields)

    # --- facts -----------------------------------------------------------------------------
    def _loan_event(self, n: int) -> Iterator[Change]:
        """Loans lent and, most of them, returned at the same hub (a tenth renewed first)."""
        rnd = random.Random(self.seed + 3)
        made = 0
        loan = 0
        while made < n:
            laptop = self.laptop(loan)
            loan += 1
            copy_id = rnd.choice(self.copy_ids)
            lent = YEAR_START + dt.timedelta(days=rnd.randrange(DAYS - 40))
            lend_id = self.new_id(laptop, rnd)
            lend = {
                "kind": "lend",
                "copy_id": copy_id,
                "reader_id": rnd.choice(self.reader_ids),
                "loan_id": None,
                "day": lent.isoformat(),
                "due_on": (lent + dt.timedelta(days=30)).isoformat(),
                "hub": laptop.hub,
                "session_id": None,
                "override_reason": None,
            }
            yield laptop.change("loan_event", lend_id, Op.FACT, lend)
            made += 1
            later = [("renew", 20)] if rnd.random() < 0.1 else []
            if rnd.random() < 0.95:
                later.append(("return", rnd.randint(7, 40)))
            for kind, days in later:
                if made >= n:
                    break
                fields = {**lend, "kind": kind, "loan_id": lend_id}
                fields["day"] = (lent + dt.timedelta(days=days)).isoformat()
                fields["due_on"] = (
                    (lent + dt.timedelta(days=50)).isoformat() if kind == "renew" else None
                )
                event_id = self.new_id(laptop, rnd)
                yield laptop.change("loan_event", event_id, Op.FACT, fields)
                made += 1

    def _event_checkin(self, n: int) -> Iterator[Change]:
        """Registered readers checked in at events by card (about four an event)."""
        rnd = random.Random(self.seed + 4)
        self.checkin_visits: list[tuple[str, str, str, str]] = []
        taken: set[tuple[str, str]] = set()
        for i in range(n):
            event_id, day, hub, form_at = self.events[i % len(self.events)]
            reader_id = rnd.choice(self.reader_ids)
            while (event_id, reader_id) in taken:  # a reader checks in at an event once
                reader_id = rnd.choice(self.reader_ids)
            taken.add((event_id, reader_id))
            fields = {"event_id": event_id, "reader_id": reader_id, "day": day, "hub": hub}
            laptop = next((lt for lt in self.laptops if lt.hub == hub), self.laptop(i))
            self.checkin_visits.append((reader_id, day, hub, form_at))
            checkin_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{event_id}|{reader_id}"))
            yield laptop.change("event_checkin", checkin_id, Op.FACT, fields)

    def _visit(self, n: int) -> Iterator[Change]:
        """The check-ins' visits, then readers served at the desk (one visit a day and hub) and
        the desk's tallies of people without a card (two thirds of the rest)."""
        rnd = random.Random(self.seed + 5)
        made = 0
        seen: set[str] = set()
        for reader_id, day, hub, form_at in getattr(self, "checkin_visits", []):
            if made >= n:
                return
            visit_id = reader_visit_id(reader_id, day, hub)
            if visit_id in seen:
                continue
            seen.add(visit_id)
            channel = "remote" if form_at == "online" else "non_stationary"
            fields = {"day": day, "hub": hub, "channel": channel, "count": 1}
            fields |= {"reader_id": reader_id, "source": "checkin"}
            laptop = next((lt for lt in self.laptops if lt.hub == hub), self.laptop(made))
            yield laptop.change("visit", visit_id, Op.FACT, fields)
            made += 1
        i = 0
        while made < n:
            laptop = self.laptop(i)
            i += 1
            day = self.day(rnd)
            if rnd.random() < 0.35:
                reader_id = rnd.choice(self.reader_ids)
                visit_id = reader_visit_id(reader_id, day, laptop.hub)
                if visit_id in seen:
                    continue
                seen.add(visit_id)
                channel = rnd.choice(("stationary", "non_stationary"))
                fields = {"day": day, "hub": laptop.hub, "channel": channel, "count": 1}
                fields |= {"reader_id": reader_id, "source": "desk"}
            else:
                visit_id = self.new_id(laptop, rnd)
                channel = rnd.choices(("stationary", "non_stationary", "remote"), (5, 3, 2))[0]
                fields = {"day": day, "hub": laptop.hub, "channel": channel}
                fields |= {"count": rnd.choice((1, 1, 1, 2, 3)), "source": "tally"}
            yield laptop.change("visit", visit_id, Op.FACT, fields)
            made += 1


def document(change: Change) -> dict[str, Any]:
    """The change as the peers store it: one JSON document of the same fields."""
    return {"id": change.entity_id, "kind": change.entity, **change.fields}
