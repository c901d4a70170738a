"""SQLModel tables of the local database. Migrations in ``migrations/versions`` create them.

Replicated tables (reader, visit, ...) are projections of the change log: only
``replica.apply_changes`` writes them. Their ``stamps`` column keeps each field's merge stamp.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class DeviceState(SQLModel, table=True):
    """This device: its identity, where it works, and the counters of its change log."""

    __tablename__ = "device_state"
    id: int = Field(default=1, primary_key=True)
    device_id: str  # this laptop's identity on the sync server (enrollment)
    #: The id this database writes its change log under; a database put back from a backup
    #: starts a new one, so that (origin, seq) names one change for ever (``own_origin``).
    origin_id: str | None = None
    hub_name: str
    librarian_name: str
    language: str | None = None
    hlc_last: int = 0
    seq_last: int = 0
    created_at_ms: int = 0
    backup_folder: str | None = None  # a second folder (a USB stick) for daily backups


class ChangeLogEntry(SQLModel, table=True):
    """Every change this device made or received, kept for sync, audit and backups."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)
    device_id: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    hlc: int
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    seen: int = 0
    recorded_at_ms: int


class Conflict(SQLModel, table=True):
    """A value that lost a merge, kept for the coordinator's review queue."""

    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("entity", "entity_id", "field", "lost_hlc", "lost_device"),)
    id: int | None = Field(default=None, primary_key=True)
    entity: str
    entity_id: str
    field: str
    kept_value: Any = Field(default=None, sa_column=Column(JSON))
    kept_hlc: int
    kept_device: str
    lost_value: Any = Field(default=None, sa_column=Column(JSON))
    lost_hlc: int
    lost_device: str
    detected_at_ms: int
    resolved_at_ms: int | None = None


class Reader(SQLModel, table=True):
    """A registered reader (ЄРК): an editable record, merged field by field."""

    __tablename__ = "reader"
    id: str = Field(primary_key=True)
    card_number: str | None = Field(default=None, index=True)
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    birth_year: int | None = None
    phone: str | None = None
    email: str | None = None
    messenger: str | None = None
    settlement: str | None = None
    categories: list[str] | None = Field(default=None, sa_column=Column(JSON))
    registration_hub: str | None = None
    registered_on: str | None = None
    registration_years: list[int] | None = Field(default=None, sa_column=Column(JSON))
    consent_on: str | None = None
    notes: str | None = None
    blocked: bool | None = None
    block_reason: str | None = None
    merged_into: str | None = None  # a duplicate merged into this reader (core.redirects)
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class BibRecord(SQLModel, table=True):
    """A bibliographic record of the catalogue: one title, whatever number of copies it has."""

    __tablename__ = "bib_record"
    id: str = Field(primary_key=True)
    title: str | None = None
    authors: list[str] | None = Field(default=None, sa_column=Column(JSON))
    publisher: str | None = None
    place: str | None = None
    year: int | None = None
    isbn: str | None = Field(default=None, index=True)  # ISBN-13, digits only
    language: str | None = None
    udc: str | None = None
    subjects: list[str] | None = Field(default=None, sa_column=Column(JSON))
    material_type: str | None = None
    url: str | None = None
    source_id: str | None = Field(default=None, index=True)  # the record's id where it came from
    created_on: str | None = None  # the day it was catalogued here
    created_hub: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class BookCopy(SQLModel, table=True):
    """One physical (or licensed) copy of a record: its barcode, where it is and its state."""

    __tablename__ = "book_copy"
    id: str = Field(primary_key=True)
    record_id: str | None = Field(default=None, index=True)
    barcode: str | None = Field(default=None, index=True)
    hub: str | None = None
    acquisition: str | None = None  # donation, purchase, other
    acquisition_source: str | None = None  # e.g. the Ukrainian Book Institute
    acquired_on: str | None = None
    status: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class Parcel(SQLModel, table=True):
    """A parcel of donated books formed for a hub, sent by a carrier and confirmed on receipt."""

    __tablename__ = "parcel"
    id: str = Field(primary_key=True)
    destination_hub: str | None = None
    waybill: str | None = None
    status: str | None = None  # formed, sent, received
    formed_on: str | None = None
    sent_on: str | None = None
    received_on: str | None = None
    notes: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class ParcelItem(SQLModel, table=True):
    """One line of a parcel: a copy, or a title with a quantity."""

    __tablename__ = "parcel_item"
    id: str = Field(primary_key=True)
    parcel_id: str | None = Field(default=None, index=True)
    copy_id: str | None = None
    record_id: str | None = None
    quantity: int | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class Visit(SQLModel, table=True):
    """Visits counted at a hub on a day by channel (a fact: recorded once, never edited)."""

    __tablename__ = "visit"
    id: str = Field(primary_key=True)
    day: str = Field(index=True)
    hub: str
    channel: str
    count: int
    reader_id: str | None = Field(default=None, index=True)
    #: where it came from: desk, tally, checkin, consultation, registration, e_loan
    source: str | None = None
    device_id: str
    hlc: int


class ServiceSession(SQLModel, table=True):
    """A librarian's day of service at a hub or venue; desk work records which session it was."""

    __tablename__ = "service_session"
    id: str = Field(primary_key=True)
    hub: str | None = None
    venue: str | None = None
    day: str | None = Field(default=None, index=True)
    librarian: str | None = None
    channel: str | None = None  # stationary or non_stationary: how its visits count
    closed: bool | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class LoanEvent(SQLModel, table=True):
    """Lending, renewing or returning a copy (a fact); loans are computed from these."""

    __tablename__ = "loan_event"
    id: str = Field(primary_key=True)
    kind: str
    copy_id: str = Field(index=True)
    reader_id: str | None = Field(default=None, index=True)
    loan_id: str | None = None
    day: str
    due_on: str | None = None
    hub: str | None = None
    session_id: str | None = None
    override_reason: str | None = None
    device_id: str
    hlc: int


class ELoan(SQLModel, table=True):
    """Electronic access given to a reader, or a free internet resource given out (a fact)."""

    __tablename__ = "e_loan"
    id: str = Field(primary_key=True)
    kind: str  # e_loan or free_resource
    title: str | None = None
    url: str | None = None
    reader_id: str | None = None
    day: str = Field(index=True)
    hub: str | None = None
    session_id: str | None = None
    channel: str | None = None  # in_person or remote: how the reader's visit counts
    device_id: str
    hlc: int


class Consultation(SQLModel, table=True):
    """A reference question or a consultation answered (a fact)."""

    __tablename__ = "consultation"
    id: str = Field(primary_key=True)
    kind: str  # reference or consultation
    topic: str
    channel: str
    outcome: str  # answered or referred
    reader_id: str | None = None
    note: str | None = None
    topics: list[str] | None = Field(default=None, sa_column=Column(JSON))  # all of them
    client: str | None = None  # reader, or library (a library asking for help)
    day: str = Field(index=True)
    hub: str | None = None
    session_id: str | None = None
    device_id: str
    hlc: int


class VirtualVisits(SQLModel, table=True):
    """Virtual visits for a period from one source (website statistics, a social network)."""

    __tablename__ = "virtual_visits"
    id: str = Field(primary_key=True)
    period_start: str | None = None
    period_end: str | None = None
    source: str | None = None
    count: int | None = None
    kind: str | None = None  # visits (default) or users
    measure: str | None = None  # sessions (default), views, reach: only sessions are visits
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class LendingRule(SQLModel, table=True):
    """How many days a type of item is lent for (id = the record type, e.g. "book")."""

    __tablename__ = "lending_rule"
    id: str = Field(primary_key=True)
    days: int | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class Loan(SQLModel, table=True):
    """Local projection of ``loan_event`` (``core.loans.project``): never synced, rebuilt from
    the events of a copy whenever one arrives."""

    __tablename__ = "loan"
    id: str = Field(primary_key=True)
    copy_id: str = Field(index=True)
    reader_id: str | None = Field(default=None, index=True)
    lent_on: str | None = None
    due_on: str | None = None
    hub: str | None = None
    returned_on: str | None = None
    return_hub: str | None = None
    renewals: int = 0
    flag: str | None = None


class EventSeries(SQLModel, table=True):
    """A recurring event (the monthly book club): the defaults its next event starts from."""

    __tablename__ = "event_series"
    id: str = Field(primary_key=True)
    title: str | None = None
    repeat: str | None = None  # none, weekly, monthly
    direction: str | None = None
    form: str | None = None
    format: str | None = None
    department: str | None = None
    hub: str | None = None
    venue: str | None = None
    platform: str | None = None
    description: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class LibraryEvent(SQLModel, table=True):
    """An event or a course session, with its headcounts and audience breakdown."""

    __tablename__ = "library_event"
    id: str = Field(primary_key=True)
    title: str | None = None
    series_id: str | None = Field(default=None, index=True)
    course_id: str | None = Field(default=None, index=True)
    direction: str | None = None
    form: str | None = None
    format: str | None = None
    department: str | None = None
    hub: str | None = None
    venue: str | None = None
    platform: str | None = None
    partner_project: str | None = None
    starts_at: str | None = Field(default=None, index=True)
    ends_at: str | None = None
    capacity: int | None = None
    description: str | None = None
    attended_in_person: int | None = None
    attended_online: int | None = None
    audience_idp: int | None = None
    audience_age55: int | None = None
    audience_children: int | None = None
    audience_youth: int | None = None
    audience_military: int | None = None
    audience_disability: int | None = None
    audience_military_family: int | None = None
    audience_librarians: int | None = None
    status: str | None = None  # planned, held, cancelled
    plan_section: str | None = None  # the plan's section it fulfils: 1, 3.1, 3.2, 3.3
    plan_item: str | None = None  # the plan's item, as the plan names it
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class EventCheckin(SQLModel, table=True):
    """A registered reader checked in at an event by card (a fact; one per reader and event)."""

    __tablename__ = "event_checkin"
    id: str = Field(primary_key=True)
    event_id: str = Field(index=True)
    reader_id: str = Field(index=True)
    day: str
    hub: str | None = None
    device_id: str
    hlc: int


class Course(SQLModel, table=True):
    """A course (the digital-literacy intensive for 55+): sessions are its events."""

    __tablename__ = "course"
    id: str = Field(primary_key=True)
    title: str | None = None
    direction: str | None = None
    department: str | None = None
    hub: str | None = None
    description: str | None = None
    sessions_required: int | None = None  # sessions attended to complete the course
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class CourseEnrollment(SQLModel, table=True):
    """A reader enrolled in a course (id from course and reader: enrolling twice is once)."""

    __tablename__ = "course_enrollment"
    id: str = Field(primary_key=True)
    course_id: str | None = Field(default=None, index=True)
    reader_id: str | None = None
    enrolled_on: str | None = None
    withdrawn: bool | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class OwnOrigin(SQLModel, table=True):
    """An origin this laptop's database wrote its change log under (one per lineage: a new
    one after every restore from a backup), and how much of it the server acknowledged."""

    __tablename__ = "own_origin"
    origin_id: str = Field(primary_key=True)
    acked_seq: int = 0
    created_at_ms: int = 0


class Hub(SQLModel, table=True):
    """A service point of the directory kept by the coordinator (``core.hubs``)."""

    __tablename__ = "hub"
    id: str = Field(primary_key=True)
    name: str | None = None
    settlement: str | None = None
    oblast: str | None = None
    kind: str | None = None  # hub, partner_library, mobile_point
    active: bool | None = None
    merged_into: str | None = None
    notes: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class HubName(SQLModel, table=True):
    """A spelling of a hub's name met in the data, and the hub it stands for."""

    __tablename__ = "hub_name"
    id: str = Field(primary_key=True)
    name: str | None = None
    hub_id: str | None = Field(default=None, index=True)
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class DeviceProfile(SQLModel, table=True):
    """A laptop as the others know it, by its log origin: its hub, librarian and app version."""

    __tablename__ = "device_profile"
    id: str = Field(primary_key=True)
    device_id: str | None = None
    hub: str | None = None
    librarian: str | None = None
    app_version: str | None = None
    role: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class ReviewDecision(SQLModel, table=True):
    """What a coordinator decided about an item of the review queue (id from the item's key)."""

    __tablename__ = "review_decision"
    id: str = Field(primary_key=True)
    item_kind: str | None = None
    item_key: str | None = None
    decision: str | None = None  # kept, took_other, corrected, dismissed
    note: str | None = None
    decided_by: str | None = None
    decided_on: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class ReaderPair(SQLModel, table=True):
    """Two readers a coordinator found not to be one person (id from the pair)."""

    __tablename__ = "reader_pair"
    id: str = Field(primary_key=True)
    reader_a: str | None = None
    reader_b: str | None = None
    verdict: str | None = None  # distinct
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class PlanFigure(SQLModel, table=True):
    """A plan's target, or a figure done in a year the app has no records of (id from kind,
    year, indicator, period and hub: entering it again replaces it)."""

    __tablename__ = "plan_figure"
    id: str = Field(primary_key=True)
    kind: str | None = None  # target or done
    year: int | None = Field(default=None, index=True)
    indicator: str | None = None  # core.indicators code
    period: str | None = None  # year, q1, q2, q3, q4
    hub: str | None = None  # None: the whole library
    value: int | None = None
    note: str | None = None
    deleted: bool = False
    stamps: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_hlc: int = 0


class PersonServed(SQLModel, table=True):
    """A person served without a card, counted once at the desk (a fact; a correction holds a
    negative count)."""

    __tablename__ = "person_served"
    id: str = Field(primary_key=True)
    day: str = Field(index=True)
    hub: str | None = None
    channel: str | None = None
    count: int
    session_id: str | None = None
    device_id: str
    hlc: int


class InHouseUse(SQLModel, table=True):
    """Items read at the hub without being taken away, counted at the desk (a fact)."""

    __tablename__ = "in_house_use"
    id: str = Field(primary_key=True)
    day: str = Field(index=True)
    hub: str | None = None
    count: int
    session_id: str | None = None
    device_id: str
    hlc: int


class Reregistration(SQLModel, table=True):
    """A reader re-registered for a year, on a day at a hub (a fact; id from reader and year)."""

    __tablename__ = "reregistration"
    id: str = Field(primary_key=True)
    reader_id: str = Field(index=True)
    year: int
    day: str = Field(index=True)
    hub: str | None = None
    device_id: str
    hlc: int


class SyncState(SQLModel, table=True):
    """Where this device syncs, and how far: we have applied the server's changes up to
    ``pull_cursor``, whose history id on the server is ``pull_chain`` (how much of our own log
    the server holds is in ``own_origin``)."""

    __tablename__ = "sync_state"
    id: int = Field(default=1, primary_key=True)
    server_url: str | None = None
    token: str | None = None
    pull_cursor: int = 0
    pull_chain: str | None = None
    last_sync_at_ms: int | None = None
    last_error: str | None = None
    device_key: str | None = None
    role: str | None = None
    signing_key: str | None = None  # Ed25519 private key (base64) that signs USB bundles
    #: What the last sync learned of this laptop's clock: wall clock minus the server's (ms),
    #: the server's time then, and the newest stamp seen from other laptops.
    clock_skew_ms: int | None = None
    server_time_ms: int | None = None
    newest_seen_hlc: int | None = None


class ClockWarning(SQLModel, table=True):
    """A device whose stamps ran far ahead of real time (its clock is set wrong)."""

    __tablename__ = "clock_warning"
    device_id: str = Field(primary_key=True)
    max_hlc: int
    detected_at_ms: int
