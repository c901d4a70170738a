"""The report's aggregates: for a period of days, each additive figure counted per hub as the
data writes the hub's name (the service resolves the names through the hub directory), the
card holders served and registered (as reader and hub pairs, to be counted once), the events
with their check-ins, and what each laptop last sent. Runs in the caller's transaction.

Every query is one indexed ``GROUP BY`` over a period of days (``day`` is an ISO date; an
event's ``starts_at`` an ISO date and time), so a year at many hubs stays fast
(bench/report_bench.py).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Select, and_, func, literal, or_, select, union

from mandrivna.core.report_counting import (
    AUDIENCE_GROUPS,
    EDUCATIONAL_TOPICS,
    ByHub,
    EventFigures,
)
from mandrivna.store import tables

_visit = tables.visit
_loan = tables.loan_event
_eloan = tables.e_loan
_consult = tables.consultation
_served = tables.person_served
_in_house = tables.in_house_use
_rereg = tables.reregistration
_reader = tables.reader
_event = tables.library_event
_checkin = tables.event_checkin
_copy = tables.book_copy
_bib = tables.bib_record
_parcel = tables.parcel
_course = tables.course
_enrol = tables.course_enrollment
_virtual = tables.virtual_visits
_log = tables.change_log
_profile = tables.device_profile

ELECTRONIC_TYPES = ("ebook", "audiobook", "online")


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _by_hub(conn: Connection, query: Select[Any]) -> ByHub:
    out: ByHub = defaultdict(int)
    for hub, count in conn.execute(query):
        out[hub] += int(count or 0)
    return dict(out)


def visits_by_channel(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """Visits recorded (readers served and tallies) per channel and hub."""
    query = (
        select(_visit.c.channel, _visit.c.hub, func.sum(_visit.c.count))
        .where(_visit.c.day >= start, _visit.c.day <= end)
        .group_by(_visit.c.channel, _visit.c.hub)
    )
    out: dict[str, ByHub] = defaultdict(dict)
    for channel, hub, count in conn.execute(query):
        out[channel][hub] = out[channel].get(hub, 0) + int(count or 0)
    return dict(out)


def loan_events(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """Lends and renewals per hub (returns are not counted)."""
    query = (
        select(_loan.c.kind, _loan.c.hub, func.count())
        .where(_loan.c.day >= start, _loan.c.day <= end, _loan.c.kind.in_(("lend", "renew")))
        .group_by(_loan.c.kind, _loan.c.hub)
    )
    out: dict[str, ByHub] = defaultdict(dict)
    for kind, hub, count in conn.execute(query):
        out[kind][hub] = out[kind].get(hub, 0) + int(count)
    return dict(out)


def e_loans(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """E-loans and free resources given, per kind and hub."""
    query = (
        select(_eloan.c.kind, _eloan.c.hub, func.count())
        .where(_eloan.c.day >= start, _eloan.c.day <= end)
        .group_by(_eloan.c.kind, _eloan.c.hub)
    )
    out: dict[str, ByHub] = defaultdict(dict)
    for kind, hub, count in conn.execute(query):
        out[kind][hub] = out[kind].get(hub, 0) + int(count)
    return dict(out)


def consultations(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """Reference answers, consultations, and the consultations with an educational topic
    (``EDUCATIONAL_TOPICS``), per hub."""
    query = select(_consult.c.kind, _consult.c.hub, _consult.c.topic, _consult.c.topics).where(
        _consult.c.day >= start, _consult.c.day <= end
    )
    out: dict[str, ByHub] = defaultdict(dict)
    for kind, hub, topic, topics in conn.execute(query):
        out[kind][hub] = out[kind].get(hub, 0) + 1
        if kind == "consultation" and EDUCATIONAL_TOPICS.intersection(topics or [topic]):
            out["educational"][hub] = out["educational"].get(hub, 0) + 1
    return dict(out)


def counted_at_desk(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """People served without a card and items used in the hub, per hub (corrections are
    negative counts)."""
    served = select(_served.c.hub, func.sum(_served.c.count)).where(
        _served.c.day >= start, _served.c.day <= end
    )
    used = select(_in_house.c.hub, func.sum(_in_house.c.count)).where(
        _in_house.c.day >= start, _in_house.c.day <= end
    )
    return {
        "served": _by_hub(conn, served.group_by(_served.c.hub)),
        "in_house": _by_hub(conn, used.group_by(_in_house.c.hub)),
    }


def served_pairs_sql(start: str, end: str) -> tuple[str, dict[str, Any]]:
    """(reader, hub) for every card holder served in the period by any channel: visits, loans,
    e-loans, consultations, check-ins, registrations and re-registrations (for
    ``report_cache.count_people``)."""
    facts = " UNION ALL ".join(
        f"SELECT reader_id, hub FROM {table.name} WHERE day BETWEEN :start AND :end "
        "AND reader_id IS NOT NULL"
        for table in (_visit, _loan, _eloan, _consult, _checkin, _rereg)
    )
    sql = (
        f"{facts} UNION ALL SELECT id, registration_hub FROM reader "
        "WHERE registered_on BETWEEN :start AND :end"
    )
    return sql, {"start": start, "end": end}


def events(conn: Connection, start: str, end: str) -> list[EventFigures]:
    """Events (not deleted) starting in the period, with how many readers checked in."""
    checkins = (
        select(func.count())  # one check-in per reader and event (its id says so)
        .where(_checkin.c.event_id == _event.c.id)
        .scalar_subquery()
    )
    query = select(
        *(
            _event.c[name]
            for name in (
                "id",
                "hub",
                "format",
                "status",
                "attended_in_person",
                "attended_online",
                "starts_at",
                *(f"audience_{g}" for g in AUDIENCE_GROUPS),
            )
        ),
        checkins.label("checkins"),
    ).where(
        _event.c.deleted.is_(False),
        _event.c.starts_at >= start,
        _event.c.starts_at < _next_day(end),
    )
    audience = len(AUDIENCE_GROUPS)
    return [
        EventFigures(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            int(r[-1]),
            dict(zip(AUDIENCE_GROUPS, (int(n or 0) for n in r[7 : 7 + audience]), strict=True)),
            r[6],
        )
        for r in conn.execute(query).all()
    ]


def courses_completed(conn: Connection, start: str, end: str) -> ByHub:
    """Enrolments (not withdrawn) whose attended sessions reached the course's number within
    the period (the day of the session that completed it), per course hub."""
    attended = (
        select(_enrol.c.id, _course.c.hub, _course.c.sessions_required, _checkin.c.day)
        .join(_course, _course.c.id == _enrol.c.course_id)
        .join(_event, and_(_event.c.course_id == _course.c.id, _event.c.deleted.is_(False)))
        .join(
            _checkin,
            and_(_checkin.c.event_id == _event.c.id, _checkin.c.reader_id == _enrol.c.reader_id),
        )
        .where(
            _enrol.c.deleted.is_(False),
            or_(_enrol.c.withdrawn.is_(None), _enrol.c.withdrawn.is_(False)),
            _course.c.sessions_required > 0,
            _checkin.c.day <= end,
        )
    )
    days: dict[str, list[str]] = defaultdict(list)
    meta: dict[str, tuple[str | None, int]] = {}
    for enrolment, hub, required, day in conn.execute(attended):
        days[enrolment].append(day)
        meta[enrolment] = (hub, int(required))
    out: ByHub = defaultdict(int)
    for enrolment, seen in days.items():
        hub, required = meta[enrolment]
        if len(seen) >= required and start <= sorted(seen)[required - 1] <= end:
            out[hub] += 1
    return dict(out)


def collection(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """Books acquired, copies processed (given a barcode), records catalogued and electronic
    resources created, per hub."""
    copies = (
        select(_bib.c.material_type, _copy.c.hub, func.count())
        .join(_bib, _bib.c.id == _copy.c.record_id)
        .where(
            _copy.c.deleted.is_(False),
            _copy.c.acquired_on >= start,
            _copy.c.acquired_on <= end,
            _copy.c.barcode.is_not(None),
        )
        .group_by(_bib.c.material_type, _copy.c.hub)
    )
    out: dict[str, ByHub] = {"books": {}, "processed": {}, "catalogued": {}, "electronic": {}}
    for material, hub, count in conn.execute(copies):
        out["processed"][hub] = out["processed"].get(hub, 0) + int(count)
        if material in (None, "book"):
            out["books"][hub] = out["books"].get(hub, 0) + int(count)
    records = (
        select(_bib.c.material_type, _bib.c.created_hub, func.count())
        .where(_bib.c.deleted.is_(False), _bib.c.created_on >= start, _bib.c.created_on <= end)
        .group_by(_bib.c.material_type, _bib.c.created_hub)
    )
    for material, hub, count in conn.execute(records):
        out["catalogued"][hub] = out["catalogued"].get(hub, 0) + int(count)
        if material in ELECTRONIC_TYPES:
            out["electronic"][hub] = out["electronic"].get(hub, 0) + int(count)
    return out


def parcels_sent(conn: Connection, start: str, end: str) -> ByHub:
    """Parcels sent in the period, per destination hub."""
    query = (
        select(_parcel.c.destination_hub, func.count())
        .where(_parcel.c.deleted.is_(False), _parcel.c.sent_on >= start, _parcel.c.sent_on <= end)
        .group_by(_parcel.c.destination_hub)
    )
    return _by_hub(conn, query)


def virtual_entries(conn: Connection, start: str, end: str) -> dict[str, int]:
    """Virtual visits (sessions only) and virtual users entered for periods starting in this
    one (library-wide: they have no hub)."""
    kind = func.coalesce(_virtual.c.kind, literal("visits"))
    query = (
        select(kind, func.sum(_virtual.c.count))
        .where(
            _virtual.c.deleted.is_(False),
            _virtual.c.period_start >= start,
            _virtual.c.period_start <= end,
            or_(_virtual.c.measure.is_(None), _virtual.c.measure == "sessions"),
        )
        .group_by(kind)
    )
    return {k: int(n or 0) for k, n in conn.execute(query)}


def records_in_year(conn: Connection, year: int) -> bool:
    """Whether the laptop holds any visit, loan or e-loan of the year (else the report's "last
    year" column comes from the figures entered for it)."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    for table in (_visit, _loan, _eloan):
        found = conn.execute(
            select(table.c.id).where(table.c.day >= start, table.c.day <= end).limit(1)
        ).first()
        if found:
            return True
    return False


def plan_figures(conn: Connection, year: int) -> list[dict[str, Any]]:
    """The plan figures (targets and figures done) of a year, not deleted."""
    table = tables.plan_figure
    rows = conn.execute(
        select(table).where(table.c.year == year, table.c.deleted.is_(False))
    ).mappings()
    return [dict(r) for r in rows]


def newest_from_laptops(conn: Connection) -> list[tuple[str | None, str | None, int]]:
    """For every laptop that introduced itself (its profile), its hub, its librarian and the
    stamp of the newest change this laptop holds from it."""
    profiles = conn.execute(
        select(_profile.c.id, _profile.c.hub, _profile.c.librarian).where(
            _profile.c.deleted.is_(False)
        )
    ).all()
    out = []
    for origin, hub, librarian in profiles:
        newest = conn.execute(
            select(_log.c.hlc)
            .where(_log.c.device_id == origin)
            .order_by(_log.c.seq.desc())
            .limit(1)
        ).scalar()
        out.append((hub, librarian, int(newest or 0)))
    return out


def hubs_at_work(conn: Connection) -> dict[str | None, str]:
    """Every hub name written on a service session or an event, with the last day worked
    there (small tables: a session a day at a hub)."""
    session, event = tables.service_session, _event
    query = union(
        select(session.c.hub, func.max(session.c.day))
        .where(session.c.deleted.is_(False))
        .group_by(session.c.hub),
        select(event.c.hub, func.max(func.substr(event.c.starts_at, 1, 10)))
        .where(event.c.deleted.is_(False))
        .group_by(event.c.hub),
    )
    out: dict[str | None, str] = {}
    for hub, day in conn.execute(query):
        if day and (hub not in out or day > out[hub]):
            out[hub] = day
    return out
