"""The tables of the local database, as SQLAlchemy tables. Migrations in ``migrations/versions``
create them; these describe them for the queries.

A replicated table is made from the core's type of its entity (``core.reader.Reader``, ...), so
each entity's fields are written once, in the core: a record's table adds the merge bookkeeping
screens never see (``deleted``, each field's merge stamp in ``stamps``, ``updated_hlc``); a fact
(a loan event, a visit) carries its stamp (``device_id``, ``hlc``) in its type. Replicated tables
are projections of the change log: only ``replica`` writes them. ``from_row`` turns a row into
the core's type. This laptop's own types (``DeviceState``, ``SyncState``) are in ``local_state``,
read at start without SQLAlchemy, and named here too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar, get_type_hints

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from mandrivna.core.catalogue import BibRecord, BookCopy
from mandrivna.core.desk import Consultation, ELoan, ServiceSession
from mandrivna.core.device_profile import DeviceProfile
from mandrivna.core.events import Course, CourseEnrollment, EventCheckin, EventSeries, LibraryEvent
from mandrivna.core.hubs import Hub, HubName
from mandrivna.core.loans import InHouseUse, LendingRule, Loan, LoanEvent
from mandrivna.core.parcel import Parcel, ParcelItem
from mandrivna.core.plan_figures import PlanFigure
from mandrivna.core.reader import Reader, ReaderPair, Reregistration
from mandrivna.core.review import ReviewDecision
from mandrivna.core.visits import PersonServed, VirtualVisits, Visit
from mandrivna.store.local_state import DeviceState as DeviceState
from mandrivna.store.local_state import SyncState as SyncState
from mandrivna.store.row_kinds import column_kind

T = TypeVar("T")
metadata = MetaData()
# The columns a record's table adds to its entity's fields: what merging needs.
RECORD_BOOKKEEPING = ("deleted", "stamps", "updated_hlc")
_TYPES: dict[str, type[TypeEngine[Any]]] = {
    "bool": Boolean,
    "int": Integer,
    "str": String,
    "json": JSON,
}


def _sql_type(hint: Any) -> tuple[TypeEngine[Any], bool]:
    """The column type of a field's annotation, and whether it may be null."""
    kind, nullable = column_kind(hint)
    return _TYPES[kind](), nullable


def _columns(entity: type, key: tuple[str, ...], indexed: tuple[str, ...]) -> list[Column[Any]]:
    hints = get_type_hints(entity)
    columns: list[Column[Any]] = []
    for field in dataclasses.fields(entity):
        kind, nullable = _sql_type(hints[field.name])
        default: Any = None
        if field.default is not dataclasses.MISSING:
            default = field.default
        elif field.default_factory is not dataclasses.MISSING:
            default = field.default_factory
        columns.append(
            Column(
                field.name,
                kind,
                primary_key=field.name in key,
                nullable=nullable and field.name not in key,
                index=field.name in indexed,
                default=default,
            )
        )
    return columns


def _table(name: str, entity: type, *indexed: str, key: tuple[str, ...] = ("id",)) -> Table:
    """A table holding ``entity``'s fields (a fact, a projection, a local state)."""
    return Table(name, metadata, *_columns(entity, key, indexed))


def _record_table(name: str, entity: type, *indexed: str) -> Table:
    """An editable record's table: the entity's fields and the merge bookkeeping."""
    return Table(
        name,
        metadata,
        *_columns(entity, ("id",), indexed),
        Column("deleted", Boolean, nullable=False, default=False),
        Column("stamps", JSON, nullable=False, default=lambda: {}),
        Column("updated_hlc", Integer, nullable=False, default=0),
    )


@cache
def _names(entity: Any) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(entity))


def from_row(entity: type[T], row: Mapping[Any, Any]) -> T:
    """A row (with whatever other columns) as the core's type ``entity``."""
    names: tuple[str, ...] = _names(entity)  # type: ignore[arg-type]  # a class is hashable
    return entity(**{name: row[name] for name in names})


# --- this laptop (its types in ``local_state``, read at start without SQLAlchemy) ---------------
device_state = _table("device_state", DeviceState)
sync_state = _table("sync_state", SyncState)

# Every change this device made or received, kept for sync, audit and backups.
change_log = Table(
    "change_log",
    metadata,
    Column("device_id", String, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("hlc", Integer, nullable=False),
    Column("entity", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("op", String, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("seen", Integer, nullable=False, default=0),
    Column("recorded_at_ms", Integer, nullable=False),
    Index("ix_change_log_entity", "entity", "entity_id"),
)

# A record's state as snapshots brought it (values and each field's stamp, JSON): a snapshot
# skips the change log for records, so computing a record again (``replica.replay``) starts here.
record_base = Table(
    "record_base",
    metadata,
    Column("entity", String, primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("fields", JSON, nullable=False),
    Column("stamps", JSON, nullable=False),
)

# A value that lost a merge, kept for the coordinator's review queue.
conflict = Table(
    "conflict",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity", String, nullable=False),
    Column("entity_id", String, nullable=False),
    Column("field", String, nullable=False),
    Column("kept_value", JSON),
    Column("kept_hlc", Integer, nullable=False),
    Column("kept_device", String, nullable=False),
    Column("lost_value", JSON),
    Column("lost_hlc", Integer, nullable=False),
    Column("lost_device", String, nullable=False),
    Column("detected_at_ms", Integer, nullable=False),
    Column("resolved_at_ms", Integer),
    UniqueConstraint("entity", "entity_id", "field", "lost_hlc", "lost_device"),
)

# An origin this laptop's database wrote its change log under (one per lineage: a new one
# after every restore from a backup), and how much of it the server acknowledged.
own_origin = Table(
    "own_origin",
    metadata,
    Column("origin_id", String, primary_key=True),
    Column("acked_seq", Integer, nullable=False, default=0),
    Column("created_at_ms", Integer, nullable=False, default=0),
)

# A device whose stamps ran far ahead of real time (its clock is set wrong).
clock_warning = Table(
    "clock_warning",
    metadata,
    Column("device_id", String, primary_key=True),
    Column("max_hlc", Integer, nullable=False),
    Column("detected_at_ms", Integer, nullable=False),
)

# --- replicated: records (merged field by field) and facts (inserted once) --------------------
reader = _record_table("reader", Reader, "card_number", "merged_into", "registered_on")
# the live readers: counted at every start of the Readers page (migration 0015)
Index("ix_reader_live", reader.c.registered_on, sqlite_where=reader.c.deleted.is_(False))
bib_record = _record_table("bib_record", BibRecord, "isbn", "source_id")
book_copy = _record_table("book_copy", BookCopy, "record_id", "barcode")
parcel = _record_table("parcel", Parcel)
parcel_item = _record_table("parcel_item", ParcelItem, "parcel_id")
service_session = _record_table("service_session", ServiceSession, "day")
virtual_visits = _record_table("virtual_visits", VirtualVisits)
lending_rule = _record_table("lending_rule", LendingRule)
event_series = _record_table("event_series", EventSeries)
library_event = _record_table("library_event", LibraryEvent, "series_id", "course_id", "starts_at")
course = _record_table("course", Course)
course_enrollment = _record_table("course_enrollment", CourseEnrollment, "course_id")
hub = _record_table("hub", Hub)
hub_name = _record_table("hub_name", HubName, "hub_id")
device_profile = _record_table("device_profile", DeviceProfile)
review_decision = _record_table("review_decision", ReviewDecision)
reader_pair = _record_table("reader_pair", ReaderPair)
plan_figure = _record_table("plan_figure", PlanFigure, "year")
visit = _table("visit", Visit, "day", "reader_id")
loan_event = _table("loan_event", LoanEvent, "copy_id", "reader_id", "day")
e_loan = _table("e_loan", ELoan, "day")
consultation = _table("consultation", Consultation, "day")
event_checkin = _table("event_checkin", EventCheckin, "event_id", "reader_id", "day")
# An event's readers checked in, read from the index alone (the reports count them).
Index("ix_event_checkin_event_reader", event_checkin.c.event_id, event_checkin.c.reader_id)
person_served = _table("person_served", PersonServed, "day")
in_house_use = _table("in_house_use", InHouseUse, "day")
reregistration = _table("reregistration", Reregistration, "reader_id", "day")

# Local projection of ``loan_event`` (``core.loans.project``): never synced, rebuilt from the
# events of a copy whenever one arrives.
loan = _table("loan", Loan, "copy_id", "reader_id")

# What a catch-up left to compute once at its end (``catch_up_backlog``): a copy whose loans are
# to be projected again ("loans", the copy's id). Never synced; emptied when the catch-up ends, or
# at the next sync or start after one was stopped.
catch_up_backlog = Table(
    "catch_up_backlog",
    metadata,
    Column("kind", String, primary_key=True),
    Column("id", String, primary_key=True),
    sqlite_with_rowid=False,
)

# --- the reports' local figures (never synced; computed again from the facts) -----------------
# Days whose facts changed since their figures were computed (``report_cache``).
report_stale = Table("report_stale", metadata, Column("day", String, primary_key=True))
# A day's additive figures per hub as written (``visits.remote``, ``loans.lend``, ...).
report_day = Table(
    "report_day",
    metadata,
    Column("day", String, nullable=False),
    Column("hub", String),
    Column("figure", String, nullable=False),
    Column("count", Integer, nullable=False),
    Index("ix_report_day_day", "day", "figure", "hub", "count"),
)
# A month's additive figures per hub as written (sums of ``report_day``).
report_month = Table(
    "report_month",
    metadata,
    Column("month", String, nullable=False),  # YYYY-MM
    Column("hub", String),
    Column("figure", String, nullable=False),
    Column("count", Integer, nullable=False),
    Index("ix_report_month_month", "month", "figure", "hub", "count"),
)
# The months of a year a reader was served (or registered) at a hub ("" for none): bit m-1
# for month m; bit 12 for a registration year whose day is not known.
report_reader_month = Table(
    "report_reader_month",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("kind", String, primary_key=True),
    Column("reader_id", String, primary_key=True),
    Column("hub", String, primary_key=True),
    Column("months", Integer, nullable=False),
    Index("ix_report_reader_month_hub", "year", "kind", "hub", "months"),
    sqlite_with_rowid=False,
)
