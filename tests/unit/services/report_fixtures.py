"""Writing the records a report counts, as the desk, events and catalogue write them: through
the change log (``Database.write``), with the ids the services make (a reader's visit once a
day per hub)."""

from __future__ import annotations

import uuid
from typing import Any

from mandrivna.core import hubs
from mandrivna.core.visits import event_visit_channel, reader_visit_id
from mandrivna.store.database import Database


def _id() -> str:
    return str(uuid.uuid4())


def reader(db: Database, hub: str, registered_on: str, **fields: Any) -> str:
    rid = _id()
    with db.write() as w:
        w.upsert(
            "reader",
            rid,
            {
                "surname": fields.pop("surname", "Коваль"),
                "given_name": fields.pop("given_name", "Ірина"),
                "card_number": fields.pop("card_number", rid[:6]),
                "registration_hub": hub,
                "registered_on": registered_on,
                "registration_years": [int(registered_on[:4])],
                **fields,
            },
        )
    return rid


def merge(db: Database, duplicate: str, kept: str) -> None:
    with db.write() as w:
        w.upsert("reader", duplicate, {"merged_into": kept})


def visit(db: Database, reader_id: str, day: str, hub: str, channel: str = "non_stationary") -> str:
    """A reader served: one visit a day per hub whatever the number of services."""
    vid = reader_visit_id(reader_id, day, hub)
    with db.write() as w:
        w.fact(
            "visit",
            vid,
            {"day": day, "hub": hub, "channel": channel, "count": 1, "reader_id": reader_id},
        )
    return vid


def tally(db: Database, day: str, hub: str, channel: str, count: int) -> None:
    with db.write() as w:
        w.fact(
            "visit",
            _id(),
            {"day": day, "hub": hub, "channel": channel, "count": count, "source": "tally"},
        )


def consultation(
    db: Database,
    day: str,
    hub: str,
    kind: str = "consultation",
    topics: tuple[str, ...] = ("other",),
    reader_id: str | None = None,
    channel: str = "phone",
) -> None:
    with db.write() as w:
        w.fact(
            "consultation",
            _id(),
            {
                "kind": kind,
                "topic": topics[0],
                "topics": list(topics),
                "channel": channel,
                "outcome": "answered",
                "reader_id": reader_id,
                "day": day,
                "hub": hub,
            },
        )
    if reader_id is not None:
        visit(db, reader_id, day, hub, "remote" if channel != "in_person" else "non_stationary")


def copy(db: Database, hub: str, acquired_on: str, material_type: str = "book") -> str:
    record, copy_id = _id(), _id()
    with db.write() as w:
        w.upsert(
            "bib_record",
            record,
            {
                "title": "Кобзар",
                "material_type": material_type,
                "created_on": acquired_on,
                "created_hub": hub,
            },
        )
        w.upsert(
            "book_copy",
            copy_id,
            {"record_id": record, "barcode": copy_id[:8], "hub": hub, "acquired_on": acquired_on},
        )
    return copy_id


def loan_event(db: Database, kind: str, copy_id: str, reader_id: str, day: str, hub: str) -> None:
    with db.write() as w:
        w.fact(
            "loan_event",
            _id(),
            {"kind": kind, "copy_id": copy_id, "reader_id": reader_id, "day": day, "hub": hub},
        )
    visit(db, reader_id, day, hub)


def e_loan(db: Database, kind: str, day: str, hub: str, reader_id: str | None = None) -> None:
    with db.write() as w:
        w.fact(
            "e_loan",
            _id(),
            {"kind": kind, "title": "Е-книга", "day": day, "hub": hub, "reader_id": reader_id},
        )


def counted(db: Database, entity: str, day: str, hub: str, count: int = 1) -> None:
    """A desk counter: ``person_served`` or ``in_house_use``."""
    with db.write() as w:
        w.fact(entity, _id(), {"day": day, "hub": hub, "count": count})


def event(db: Database, hub: str, starts_at: str, **fields: Any) -> str:
    eid = _id()
    with db.write() as w:
        w.upsert(
            "library_event",
            eid,
            {"title": "ЛітРозмови", "hub": hub, "starts_at": starts_at, **fields},
        )
    return eid


def check_in(db: Database, event_id: str, reader_id: str, day: str, hub: str, fmt: str) -> None:
    with db.write() as w:
        w.fact(
            "event_checkin",
            _id(),
            {"event_id": event_id, "reader_id": reader_id, "day": day, "hub": hub},
        )
    visit(db, reader_id, day, hub, event_visit_channel(fmt))


def virtual(
    db: Database, start: str, end: str, count: int, kind: str = "visits", measure: str = "sessions"
) -> None:
    with db.write() as w:
        w.upsert(
            "virtual_visits",
            _id(),
            {
                "period_start": start,
                "period_end": end,
                "source": "сайт",
                "count": count,
                "kind": kind,
                "measure": measure,
            },
        )


def hub_with_spellings(db: Database, name: str, *spellings: str) -> str:
    """A hub of the directory, and the spellings the data uses for it."""
    hub_id = hubs.proposed_hub_id(name)
    with db.write() as w:
        w.upsert("hub", hub_id, {"name": name, "kind": "hub"})
        for spelling in (name, *spellings):
            w.upsert("hub_name", hubs.name_id(spelling), {"name": spelling, "hub_id": hub_id})
    return hub_id


def plan(
    db: Database,
    year: int,
    code: str,
    value: int,
    period: str = "year",
    hub: str | None = None,
    kind: str = "target",
) -> None:
    from mandrivna.core.plan_figures import figure_id

    with db.write() as w:
        w.upsert(
            "plan_figure",
            figure_id(kind, year, code, period, hub),
            {
                "kind": kind,
                "year": year,
                "indicator": code,
                "period": period,
                "hub": hub,
                "value": value,
            },
        )
