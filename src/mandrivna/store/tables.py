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
    reader_id: str | None = None
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
