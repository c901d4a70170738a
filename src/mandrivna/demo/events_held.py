"""Holding the plan's events and courses on the laptops, as librarians do: a series is set up in
January and each meeting's next one is made in one action after it; an occasion is put in the
plan two weeks ahead; a course is planned with all its sessions, its readers enrolled at the
first one. At each event readers are checked in by card, and afterwards the headcount and the
audience breakdown are recorded. Events after the demo's last moment stay planned.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import partial

from mandrivna.core.events import next_start
from mandrivna.demo.laptops import Laptop
from mandrivna.demo.programme import (
    ADULTS,
    COURSES,
    FAMILIES,
    LIBRARIANS,
    OCCASIONS,
    SENIORS,
    SERIES,
    CourseOfPlan,
    Occasion,
    Series,
    course_sessions,
    first_meeting,
    nth_weekday,
    plan_fields,
)
from mandrivna.demo.timeline import Agenda, Period, at
from mandrivna.demo.world import DemoReader, World

# Which readers come to an event for an audience, by category (None: anyone).
AUDIENCE_CATEGORY = {FAMILIES: "child", SENIORS: "age55", LIBRARIANS: None}


@dataclass
class Held:
    """An event on a laptop, and what is known of it."""

    laptop: Laptop
    event_id: str
    starts: dt.datetime
    ends: dt.datetime
    format: str
    in_person: tuple[int, int]
    online: tuple[int, int]
    audience: str
    series: Series | None = None


class Programme:
    """The plan's events and courses, day by day, on the laptops that hold them."""

    def __init__(
        self,
        world: World,
        hubs: list[Laptop],
        headquarters: Laptop,
        period: Period,
        agenda: Agenda,
        scale: float,
    ) -> None:
        self.world = world
        self.scale = min(scale, 1.0)  # below scale 1, fewer people come
        self.rng: random.Random = world.rng
        self.hubs = hubs
        self.headquarters = headquarters
        self.period = period
        self.agenda = agenda

    def plan_year(self) -> None:
        """Set up the series on the year's first day, and put the occasions and the courses in
        the plan two weeks ahead."""
        start, year = self.period.start, self.period.year
        for series in SERIES:
            self.agenda.add(at(start, 9, 20), partial(self._create_series, series))
        for occasion in OCCASIONS:
            for month in occasion.months:
                when = nth_weekday(year, month, occasion.weekday, occasion.week)
                plan_on = max(start, when - dt.timedelta(days=14))
                self.agenda.add(at(plan_on, 9, 30), partial(self._create_occasion, occasion, when))
        for course in COURSES:
            for run in course.runs:
                sessions = course_sessions(course, year, run)
                if sessions:
                    plan_on = max(start, sessions[0].date() - dt.timedelta(days=14))
                    self.agenda.add(
                        at(plan_on, 9, 40), partial(self._create_course, course, sessions)
                    )

    def _owner(self, hub: int | None) -> Laptop:
        return self.headquarters if hub is None else self.hubs[hub % len(self.hubs)]

    def _today(self) -> dt.date:
        assert self.agenda.now is not None
        return self.agenda.now.date()

    # --- series ----------------------------------------------------------------------------
    def _create_series(self, series: Series) -> None:
        laptop = self._owner(series.hub)
        events = laptop.on(self._today()).events
        series_id, _ = events.create_series(
            series.title,
            series.repeat,
            direction=series.direction,
            form=series.form,
            format=series.format,
            department=series.department,
            platform=series.platform,
            description=series.description,
        )
        starts = first_meeting(series, self.period.year)
        ends = starts + dt.timedelta(minutes=series.minutes)
        event_id, _ = events.create_event(
            series.title, starts, ends, series_id=series_id, **plan_fields(series.title)
        )
        self._hold(
            Held(
                laptop,
                event_id,
                starts,
                ends,
                series.format,
                series.in_person,
                series.online,
                series.audience,
                series,
            )
        )

    def _next_of(self, held: Held) -> None:
        """After a meeting: the next one of its series, made in one action."""
        series = held.series
        assert series is not None
        starts = next_start(held.starts.isoformat(), series.repeat)
        if starts.date() > self.period.horizon:
            return
        events = held.laptop.on(self._today()).events
        event_id, _ = events.next_in_series(held.event_id)
        length = held.ends - held.starts
        self._hold(
            Held(
                held.laptop,
                event_id,
                starts,
                starts + length,
                held.format,
                held.in_person,
                held.online,
                held.audience,
                series,
            )
        )

    # --- occasions -------------------------------------------------------------------------
    def _create_occasion(self, occasion: Occasion, when: dt.date) -> None:
        laptop = self._owner(occasion.hub)
        starts = dt.datetime.combine(when, occasion.starts)
        ends = starts + dt.timedelta(days=occasion.days - 1, minutes=occasion.minutes)
        event_id, _ = laptop.on(self._today()).events.create_event(
            occasion.title,
            starts,
            ends,
            direction=occasion.direction,
            form=occasion.form,
            format=occasion.format,
            department=occasion.department,
            platform=occasion.platform,
            description=occasion.description,
            venue=None if occasion.format == "online" else laptop.hub.venue,
            **plan_fields(occasion.title),
        )
        self._hold(
            Held(
                laptop,
                event_id,
                starts,
                ends,
                occasion.format,
                occasion.in_person,
                occasion.online,
                occasion.audience,
            )
        )

    # --- holding an event ------------------------------------------------------------------
    def _hold(self, held: Held) -> None:
        """On the event's day: readers checked in by card; afterwards, the headcounts."""
        self.world.done.events += 1
        if held.starts.date() > self.period.end:
            return  # planned, not yet held
        self.agenda.add(held.starts - dt.timedelta(minutes=30), lambda: self._held(held))

    def _held(self, held: Held) -> None:
        day = self.agenda
        in_person = self._people(held.in_person) if held.format != "online" else 0
        online = self._people(held.online) if held.format != "offline" else 0
        checked: list[DemoReader] = []
        if in_person and held.audience != LIBRARIANS:
            wanted = round(in_person * self.rng.uniform(0.3, 0.6))
            category = AUDIENCE_CATEGORY.get(held.audience)
            checked = self._guests(held.laptop.hub.name, category, wanted)
            for n, reader in enumerate(checked):
                when = held.starts + dt.timedelta(minutes=n % 15, seconds=n)
                day.add(when, partial(self._check_in, held, reader))
        in_person = max(in_person, len(checked))
        closes = held.ends
        if held.ends.date() != held.starts.date():  # an exhibition: counted at its opening
            closes = held.starts.replace(hour=18, minute=0)
        day.add(
            closes + dt.timedelta(minutes=10),
            lambda: self._attendance(held, in_person, online, checked),
        )
        if held.series is not None:
            day.add(closes + dt.timedelta(minutes=15), lambda: self._next_of(held))

    def _people(self, between: tuple[int, int]) -> int:
        """How many come, of a usual ``between`` (fewer below scale 1, never none)."""
        usual = self.rng.randint(*between)
        return max(1, round(usual * self.scale)) if usual else 0

    def _guests(self, hub: str, category: str | None, count: int) -> list[DemoReader]:
        """Up to ``count`` of the hub's readers, most of them of ``category`` if one is given."""
        chosen: list[DemoReader] = []
        for _ in range(count * 2):
            if len(chosen) == count:
                break
            prefer = category if category and self.rng.random() < 0.7 else None
            reader = self.world.pick_reader(hub, prefer) or self.world.pick_reader(hub)
            if reader is not None and reader not in chosen:
                chosen.append(reader)
        return chosen

    def _check_in(self, held: Held, reader: DemoReader) -> None:
        held.laptop.on(held.starts.date()).events.check_in(held.event_id, reader.card)
        self.world.done.checkins += 1

    def _attendance(
        self, held: Held, in_person: int, online: int, checked: list[DemoReader]
    ) -> None:
        total = in_person + online
        breakdown = audience_breakdown(self.rng, total, held.audience, checked)
        held.laptop.on(held.starts.date()).events.record_attendance(
            held.event_id, in_person, online, breakdown
        )

    # --- courses ---------------------------------------------------------------------------
    def _create_course(self, course: CourseOfPlan, sessions: list[dt.datetime]) -> None:
        laptop = self._owner(course.hub)
        courses = laptop.on(self._today()).courses
        season = "весна" if sessions[0].month < 7 else "осінь"
        course_id, _ = courses.create_course(
            f"{course.title} ({season} {self.period.year})",
            course.required,
            direction=course.direction,
            department=course.department,
            description=course.description,
        )
        self.world.done.courses += 1
        session_ids = []
        for number, starts in enumerate(sessions):
            topic = course.topics[number] if number < len(course.topics) else None
            session_id, _ = courses.add_session(
                course_id, starts, starts + dt.timedelta(minutes=course.minutes), topic
            )
            session_ids.append(session_id)
        people = self._guests(laptop.hub.name, course.category, max(3, self._people((10, 16))))
        keen = {r.reader_id: (0.95 if self.rng.random() < 0.75 else 0.4) for r in people}
        first = sessions[0]
        self.agenda.add(
            first - dt.timedelta(minutes=20),
            lambda: self._enroll(laptop, course_id, people, first.date()),
        )
        audience = SENIORS if course.category == "age55" else ADULTS
        for session_id, starts in zip(session_ids, sessions, strict=True):
            ends = starts + dt.timedelta(minutes=course.minutes)
            held = Held(laptop, session_id, starts, ends, "offline", (0, 0), (0, 0), audience)
            self.agenda.add(
                starts - dt.timedelta(minutes=30), partial(self._session, held, people, keen)
            )

    def _enroll(
        self, laptop: Laptop, course_id: str, people: list[DemoReader], day: dt.date
    ) -> None:
        courses = laptop.on(day).courses
        for reader in people:
            courses.enroll(course_id, reader.reader_id)

    def _session(self, held: Held, people: list[DemoReader], keen: dict[str, float]) -> None:
        day = self.agenda
        present = [r for r in people if self.rng.random() < keen[r.reader_id] and not r.erased]
        for n, reader in enumerate(present):
            day.add(
                held.starts + dt.timedelta(minutes=n % 10, seconds=n),
                partial(self._check_in, held, reader),
            )
        guests = self.rng.randint(0, 2)
        day.add(
            held.ends + dt.timedelta(minutes=10),
            lambda: self._attendance(held, len(present) + guests, 0, present),
        )


def audience_breakdown(
    rng: random.Random, total: int, audience: str, checked: list[DemoReader]
) -> dict[str, int]:
    """Who came, by group, as the librarian counts them: never a group above the total, and at
    least the readers checked in of each group."""
    if total == 0:
        return {}
    if audience == LIBRARIANS:  # the professional audience: librarians of the oblast
        return {"librarians": total}
    shares = {
        "idp": rng.uniform(0.5, 0.8),
        "age55": rng.uniform(0.5, 0.9) if audience == SENIORS else rng.uniform(0.05, 0.3),
        "children": rng.uniform(0.3, 0.55) if audience == FAMILIES else 0.0,
        "youth": rng.uniform(0.05, 0.25),
        "military": rng.uniform(0.0, 0.08),
        "disability": rng.uniform(0.0, 0.08),
        "military_family": rng.uniform(0.05, 0.2) if audience == FAMILIES else rng.uniform(0, 0.1),
    }
    category = {"children": "child", "age55": "age55", "idp": "idp", "youth": "youth"}
    category |= {"military": "military", "disability": "disability"}
    category |= {"military_family": "military_family"}
    counts = {}
    for group, share in shares.items():
        known = sum(1 for r in checked if category[group] in r.person.categories)
        counts[group] = min(total, max(round(total * share), known))
    return counts
