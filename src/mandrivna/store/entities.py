"""Which tables are replicated, how each merges, and which of its columns travel in changes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Table

from mandrivna.store.tables import (
    BibRecord,
    BookCopy,
    Consultation,
    Course,
    CourseEnrollment,
    DeviceProfile,
    ELoan,
    EventCheckin,
    EventSeries,
    Hub,
    HubName,
    InHouseUse,
    LendingRule,
    LibraryEvent,
    LoanEvent,
    Parcel,
    ParcelItem,
    PersonServed,
    PlanFigure,
    Reader,
    ReaderPair,
    Reregistration,
    ReviewDecision,
    ServiceSession,
    VirtualVisits,
    Visit,
)


class Kind(StrEnum):
    RECORD = "record"  # editable, merged field by field
    FACT = "fact"  # append-only, inserted once


@dataclass(frozen=True)
class EntitySpec:
    name: str
    table: Table
    kind: Kind
    fields: frozenset[str]


def _spec(name: str, model: type, kind: Kind, local_columns: set[str]) -> EntitySpec:
    table: Table = model.__table__  # type: ignore[attr-defined]
    fields = frozenset(c.name for c in table.columns if c.name not in local_columns | {"id"})
    return EntitySpec(name, table, kind, fields)


_RECORD_LOCAL = {"deleted", "stamps", "updated_hlc"}
_FACT_LOCAL = {"device_id", "hlc"}

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        _spec("reader", Reader, Kind.RECORD, _RECORD_LOCAL),
        _spec("visit", Visit, Kind.FACT, _FACT_LOCAL),
        _spec("bib_record", BibRecord, Kind.RECORD, _RECORD_LOCAL),
        _spec("book_copy", BookCopy, Kind.RECORD, _RECORD_LOCAL),
        _spec("parcel", Parcel, Kind.RECORD, _RECORD_LOCAL),
        _spec("parcel_item", ParcelItem, Kind.RECORD, _RECORD_LOCAL),
        _spec("service_session", ServiceSession, Kind.RECORD, _RECORD_LOCAL),
        _spec("loan_event", LoanEvent, Kind.FACT, _FACT_LOCAL),
        _spec("e_loan", ELoan, Kind.FACT, _FACT_LOCAL),
        _spec("consultation", Consultation, Kind.FACT, _FACT_LOCAL),
        _spec("virtual_visits", VirtualVisits, Kind.RECORD, _RECORD_LOCAL),
        _spec("lending_rule", LendingRule, Kind.RECORD, _RECORD_LOCAL),
        _spec("event_series", EventSeries, Kind.RECORD, _RECORD_LOCAL),
        _spec("library_event", LibraryEvent, Kind.RECORD, _RECORD_LOCAL),
        _spec("event_checkin", EventCheckin, Kind.FACT, _FACT_LOCAL),
        _spec("course", Course, Kind.RECORD, _RECORD_LOCAL),
        _spec("course_enrollment", CourseEnrollment, Kind.RECORD, _RECORD_LOCAL),
        _spec("hub", Hub, Kind.RECORD, _RECORD_LOCAL),
        _spec("hub_name", HubName, Kind.RECORD, _RECORD_LOCAL),
        _spec("device_profile", DeviceProfile, Kind.RECORD, _RECORD_LOCAL),
        _spec("review_decision", ReviewDecision, Kind.RECORD, _RECORD_LOCAL),
        _spec("reader_pair", ReaderPair, Kind.RECORD, _RECORD_LOCAL),
        _spec("plan_figure", PlanFigure, Kind.RECORD, _RECORD_LOCAL),
        _spec("person_served", PersonServed, Kind.FACT, _FACT_LOCAL),
        _spec("in_house_use", InHouseUse, Kind.FACT, _FACT_LOCAL),
        _spec("reregistration", Reregistration, Kind.FACT, _FACT_LOCAL),
    )
}

#: Values older versions of the app wrote that this version stores otherwise, whenever they
#: arrive (entity → field → old value → value stored). A copy's status no longer says "on
#: loan": that follows from its loans (migration 0010 converted the values already stored).
LEGACY_VALUES: dict[str, dict[str, dict[Any, Any]]] = {
    "book_copy": {"status": {"on_loan": "available"}},
}
