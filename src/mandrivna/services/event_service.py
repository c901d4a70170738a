"""Events and series: plan a month, create the next event of a series in one action, record the
headcount and audience, and check in readers by card (each counts as served and as a visit).
Every write goes through the change log."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.events import (
    REPEATS,
    EventFilter,
    EventSeries,
    LibraryEvent,
    next_start,
    validate_attendance,
    validate_event,
)
from mandrivna.core.ids import new_id
from mandrivna.core.reader import Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.visits import event_visit_channel
from mandrivna.services.service import Service
from mandrivna.services.visit_service import VisitService
from mandrivna.store import code_lookup, event_queries
from mandrivna.store.database import Database

_EVENT_NAMESPACE = uuid.UUID("0b5e7a8c-2f7d-4a43-8c7e-59c1e8d2a6f4")
# What the next event of a series takes over from the previous one.
CARRIED = (
    "title",
    "series_id",
    "course_id",
    "direction",
    "form",
    "format",
    "department",
    "hub",
    "venue",
    "platform",
    "partner_project",
    "capacity",
    "description",
    "plan_section",
    "plan_item",
)


def checkin_id(event_id: str, reader_id: str) -> str:
    """One check-in per reader and event, on every laptop: scanning twice counts once."""
    return str(uuid.uuid5(_EVENT_NAMESPACE, f"{event_id}|{reader_id}"))


@dataclass
class EventSummary:
    event: LibraryEvent
    checked_in: list[Reader] = field(default_factory=list)

    @property
    def headcount(self) -> int:
        return (self.event.attended_in_person or 0) + (self.event.attended_online or 0)


@dataclass
class CheckIn:
    reader: Reader
    already: bool
    changed: Changed


class EventService(Service):
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        super().__init__(db, today)
        self.visits = VisitService(db, today)

    # series ----------------------------------------------------------------------------
    def create_series(
        self, title: str, repeat: str = "monthly", **defaults: Any
    ) -> tuple[str, Changed]:
        if repeat not in REPEATS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=repeat)
        clean = validate_event({"title": title, **defaults})
        series_id = new_id()
        with self.db.write() as writer:
            writer.upsert("event_series", series_id, {"repeat": repeat, **clean})
        return series_id, writer.changed

    def series(self) -> list[EventSeries]:
        with self.db.read() as conn:
            return event_queries.all_series(conn)

    # events ----------------------------------------------------------------------------
    def create_event(
        self, title: str, starts_at: Any, ends_at: Any, **fields: Any
    ) -> tuple[str, Changed]:
        """A new event; in a series, fields left out come from the series."""
        base: dict[str, Any] = {}
        if fields.get("series_id"):
            with self.db.read() as conn:
                series = event_queries.get_series(conn, fields["series_id"])
            if series is not None:
                base = {
                    k: getattr(series, k)
                    for k in ("direction", "form", "format", "department", "hub", "venue")
                    if getattr(series, k) is not None
                }
                base["platform"] = series.platform
                base["description"] = series.description
        clean = validate_event(
            {**base, "title": title, "starts_at": starts_at, "ends_at": ends_at, **fields}
        )
        clean.setdefault("hub", self.device().hub_name)
        clean.setdefault("status", "planned")
        event_id = new_id()
        with self.db.write() as writer:
            writer.upsert("library_event", event_id, clean)
        return event_id, writer.changed

    def get(self, event_id: str) -> LibraryEvent:
        with self.db.read() as conn:
            event = event_queries.get_event(conn, event_id)
        if event is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This event no longer exists."))
        return event

    def edit_event(self, event_id: str, **fields: Any) -> Changed:
        current = self.get(event_id)
        clean = validate_event(fields, {"starts_at": current.starts_at, "ends_at": current.ends_at})
        clean = {k: v for k, v in clean.items() if getattr(current, k) != v}
        if not clean:  # nothing changed: no write, so no edit made elsewhere is overwritten
            return Changed()
        with self.db.write() as writer:
            writer.upsert("library_event", event_id, clean)
        return writer.changed

    def delete_event(self, event_id: str) -> Changed:
        with self.db.write() as writer:
            writer.delete("library_event", event_id, [])
        return writer.changed

    def next_in_series(self, event_id: str) -> tuple[str, Changed]:
        """The next event of the same series (a week or a month on), without attendance."""
        event = self.get(event_id)
        repeat = "monthly"
        if event.series_id:
            with self.db.read() as conn:
                series = event_queries.get_series(conn, event.series_id)
            repeat = series.repeat if series and series.repeat else "monthly"
        start = next_start(event.starts_at or "", repeat)
        length = dt.datetime.fromisoformat(event.ends_at or event.starts_at or "") - (
            dt.datetime.fromisoformat(event.starts_at or "")
        )
        fields = {k: getattr(event, k) for k in CARRIED if getattr(event, k) is not None}
        title = fields.pop("title")
        return self.create_event(title, start, start + length, **fields)

    def month(
        self, year: int, month: int, filters: EventFilter | None = None
    ) -> list[LibraryEvent]:
        start = dt.date(year, month, 1)
        end = dt.date(year + (month == 12), month % 12 + 1, 1)
        with self.db.read() as conn:
            return event_queries.events_between(conn, start.isoformat(), end.isoformat(), filters)

    def hubs(self) -> list[str]:
        """The hubs events were held at (for the month's filter)."""
        with self.db.read() as conn:
            return event_queries.event_hubs(conn)

    # attendance ------------------------------------------------------------------------
    def record_attendance(
        self, event_id: str, in_person: int, online: int, breakdown: dict[str, int]
    ) -> Changed:
        """Headcounts (online views may come later) and the audience breakdown: the event was
        held (unless it is recorded as cancelled)."""
        event = self.get(event_id)
        fields = validate_attendance(in_person, online, breakdown)
        if event.status != "cancelled":
            fields["status"] = "held"
        with self.db.write() as writer:
            writer.upsert("library_event", event_id, fields)
        return writer.changed

    def check_in(self, event_id: str, typed_card: str) -> CheckIn:
        """A registered reader at the event, by card: served, and one visit today at this hub."""
        event = self.get(event_id)
        with self.db.read() as conn:
            found = code_lookup.reader_by_card(conn, typed_card)
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "No reader has the card {code}."),
                    code=" ".join(typed_card.split()),
                )
            reader = found
            already = reader.id in event_queries.checked_in(conn, [event_id])[event_id]
        if already:
            return CheckIn(reader, True, Changed())
        hub = event.hub or self.device().hub_name
        day = self.today().isoformat()
        with self.db.write() as writer:
            writer.fact(
                "event_checkin",
                checkin_id(event_id, reader.id),
                {"event_id": event_id, "reader_id": reader.id, "day": day, "hub": hub},
            )
            self.visits.count_reader(
                writer, reader.id, event_visit_channel(event.format), hub, source="checkin"
            )
        return CheckIn(reader, False, writer.changed)

    def summary(self, event_id: str) -> EventSummary:
        event = self.get(event_id)
        with self.db.read() as conn:
            ids = event_queries.checked_in(conn, [event_id])[event_id]
            return EventSummary(event, event_queries.readers(conn, ids))
