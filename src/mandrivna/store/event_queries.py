"""Reads of events, series and courses: a month's events by filters, an event's check-ins, a
course's sessions, enrolled readers and who attended which session."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from mandrivna.core.events import Course, EventFilter, EventSeries, LibraryEvent
from mandrivna.core.reader import Reader
from mandrivna.store import tables
from mandrivna.store.tables import from_row

_event = tables.library_event
_series = tables.event_series
_checkin = tables.event_checkin
_course = tables.course
_enrollment = tables.course_enrollment
_reader = tables.reader


def _conditions(filters: EventFilter) -> list[Any]:
    where = [_event.c.deleted.is_(False)]
    for name in ("department", "direction", "format", "hub"):
        value = getattr(filters, name)
        if value:
            where.append(_event.c[name] == value)
    return where


def events_between(
    conn: Connection, start: str, end: str, filters: EventFilter | None = None
) -> list[LibraryEvent]:
    """Events starting on or after ``start`` and before ``end`` (ISO dates), in time order."""
    query = (
        select(_event)
        .where(_event.c.starts_at >= start, _event.c.starts_at < end)
        .where(*_conditions(filters or EventFilter()))
        .order_by(_event.c.starts_at)
    )
    return [from_row(LibraryEvent, row) for row in conn.execute(query).mappings()]


def get_event(conn: Connection, event_id: str) -> LibraryEvent | None:
    """The event, unless deleted."""
    row = (
        conn.execute(select(_event).where(_event.c.id == event_id, _event.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    return from_row(LibraryEvent, row) if row else None


def get_series(conn: Connection, series_id: str) -> EventSeries | None:
    """The series, even deleted: its events still start from its defaults."""
    row = conn.execute(select(_series).where(_series.c.id == series_id)).mappings().first()
    return from_row(EventSeries, row) if row else None


def all_series(conn: Connection) -> list[EventSeries]:
    rows = conn.execute(
        select(_series).where(_series.c.deleted.is_(False)).order_by(_series.c.title)
    ).mappings()
    return [from_row(EventSeries, row) for row in rows]


def checked_in(conn: Connection, event_ids: list[str]) -> dict[str, set[str]]:
    """event id → ids of readers checked in."""
    out: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
    for event_id, reader_id in conn.execute(
        select(_checkin.c.event_id, _checkin.c.reader_id).where(_checkin.c.event_id.in_(event_ids))
    ):
        out[event_id].add(reader_id)
    return out


def readers(conn: Connection, ids: set[str]) -> list[Reader]:
    if not ids:
        return []
    rows = conn.execute(
        select(_reader).where(_reader.c.id.in_(sorted(ids))).order_by(_reader.c.surname)
    ).mappings()
    return [from_row(Reader, row) for row in rows]


def get_course(conn: Connection, course_id: str) -> Course | None:
    """The course, unless deleted."""
    row = (
        conn.execute(select(_course).where(_course.c.id == course_id, _course.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    return from_row(Course, row) if row else None


def all_courses(conn: Connection) -> list[Course]:
    rows = conn.execute(
        select(_course).where(_course.c.deleted.is_(False)).order_by(_course.c.title)
    ).mappings()
    return [from_row(Course, row) for row in rows]


def sessions_of(conn: Connection, course_id: str) -> list[LibraryEvent]:
    rows = conn.execute(
        select(_event)
        .where(_event.c.course_id == course_id, _event.c.deleted.is_(False))
        .order_by(_event.c.starts_at)
    ).mappings()
    return [from_row(LibraryEvent, row) for row in rows]


def enrolled(conn: Connection, course_id: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            select(_enrollment.c.reader_id).where(
                _enrollment.c.course_id == course_id,
                _enrollment.c.deleted.is_(False),
                _enrollment.c.withdrawn.is_not(True),
            )
        )
    ]


def hub_names(conn: Connection) -> list[str]:
    """Every hub named in the events and series held, and this laptop's own, by name (for the
    Events page's hub picker; the hub directory, once it exists, can stand behind this)."""
    names = {
        row[0]
        for table in (_event, _series)
        for row in conn.execute(
            select(table.c.hub)
            .distinct()
            .where(table.c.deleted.is_(False), table.c.hub.is_not(None))
        )
    }
    own = conn.execute(select(tables.device_state.c.hub_name)).scalar()
    if own:
        names.add(own)
    return sorted((name for name in names if name and name.strip()), key=str.casefold)
