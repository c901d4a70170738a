"""Which tables are replicated, how each merges, and which of its columns travel in changes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Table

from mandrivna.store import tables
from mandrivna.store.tables import RECORD_BOOKKEEPING


class Kind(StrEnum):
    RECORD = "record"  # editable, merged field by field
    FACT = "fact"  # append-only, inserted once


@dataclass(frozen=True)
class EntitySpec:
    name: str
    table: Table
    kind: Kind
    fields: frozenset[str]


def _spec(table: Table, kind: Kind) -> EntitySpec:
    local = set(RECORD_BOOKKEEPING) if kind is Kind.RECORD else {"device_id", "hlc"}
    fields = frozenset(str(c.name) for c in table.columns if c.name not in local | {"id"})
    return EntitySpec(table.name, table, kind, fields)


ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        _spec(tables.reader, Kind.RECORD),
        _spec(tables.visit, Kind.FACT),
        _spec(tables.bib_record, Kind.RECORD),
        _spec(tables.book_copy, Kind.RECORD),
        _spec(tables.parcel, Kind.RECORD),
        _spec(tables.parcel_item, Kind.RECORD),
        _spec(tables.service_session, Kind.RECORD),
        _spec(tables.loan_event, Kind.FACT),
        _spec(tables.e_loan, Kind.FACT),
        _spec(tables.consultation, Kind.FACT),
        _spec(tables.virtual_visits, Kind.RECORD),
        _spec(tables.lending_rule, Kind.RECORD),
        _spec(tables.event_series, Kind.RECORD),
        _spec(tables.library_event, Kind.RECORD),
        _spec(tables.event_checkin, Kind.FACT),
        _spec(tables.course, Kind.RECORD),
        _spec(tables.course_enrollment, Kind.RECORD),
        _spec(tables.hub, Kind.RECORD),
        _spec(tables.hub_name, Kind.RECORD),
        _spec(tables.device_profile, Kind.RECORD),
        _spec(tables.review_decision, Kind.RECORD),
        _spec(tables.reader_pair, Kind.RECORD),
        _spec(tables.plan_figure, Kind.RECORD),
        _spec(tables.person_served, Kind.FACT),
        _spec(tables.in_house_use, Kind.FACT),
        _spec(tables.reregistration, Kind.FACT),
    )
}

# Values older versions of the app wrote that this version stores otherwise, whenever they
# arrive (entity → field → old value → value stored). A copy's status no longer says "on
# loan": that follows from its loans (migration 0010 converted the values already stored).
LEGACY_VALUES: dict[str, dict[str, dict[Any, Any]]] = {
    "book_copy": {"status": {"on_loan": "available"}},
}
