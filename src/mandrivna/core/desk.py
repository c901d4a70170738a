"""The lending desk's day (a service session), its electronic loans and reference help as every
layer sees them, and its rules: the kinds of requests, topics and channels."""

from __future__ import annotations

from dataclasses import dataclass, field

from mandrivna.core.loans import Loan
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

REQUEST_KINDS = ("reference", "consultation")
TOPICS = ("educational", "digital", "literature", "legal_social", "other")
REQUEST_CHANNELS = ("in_person", "phone", "messenger", "online")
OUTCOMES = ("answered", "referred")
E_LOAN_KINDS = ("e_loan", "free_resource")
# The desk's counters beside the visit tallies: a person served without a card (each person
# once, users served) and an item used in the hub without being taken away (книговидача).
DESK_COUNTERS = ("person_served", "in_house_use")

TOPIC_LABELS = {
    "educational": QT_TRANSLATE_NOOP("desk", "Educational"),
    "digital": QT_TRANSLATE_NOOP("desk", "Digital services and e-government (Дія)"),
    "literature": QT_TRANSLATE_NOOP("desk", "Literature and reading"),
    "legal_social": QT_TRANSLATE_NOOP("desk", "Legal and social"),
    "other": QT_TRANSLATE_NOOP("desk", "Other"),
}
CHANNEL_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("desk", "In person"),
    "phone": QT_TRANSLATE_NOOP("desk", "Phone"),
    "messenger": QT_TRANSLATE_NOOP("desk", "Messenger"),
    "online": QT_TRANSLATE_NOOP("desk", "Online"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceSession:
    """A librarian's day of service at a hub or venue; desk work records which session it was."""

    id: str
    hub: str | None = None
    venue: str | None = None
    day: str | None = None
    librarian: str | None = None
    channel: str | None = None  # stationary or non_stationary: how its visits count
    closed: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ELoan:
    """Electronic access given to a reader, or a free internet resource given out (a fact)."""

    id: str
    kind: str  # e_loan or free_resource
    title: str | None = None
    url: str | None = None
    reader_id: str | None = None
    day: str
    hub: str | None = None
    session_id: str | None = None
    channel: str | None = None  # in_person or remote: how the reader's visit counts
    device_id: str
    hlc: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Consultation:
    """A reference question or a consultation answered (a fact)."""

    id: str
    kind: str  # reference or consultation
    topic: str
    channel: str
    outcome: str  # answered or referred
    reader_id: str | None = None
    note: str | None = None
    topics: list[str] | None = None  # every topic it touched (``topic`` is the first)
    client: str | None = None  # reader, or library (a library asking for help)
    day: str
    hub: str | None = None
    session_id: str | None = None
    device_id: str
    hlc: int


@dataclass
class LoanLine:
    """A loan as the desk shows it: the loan, and the copy's barcode and title."""

    loan: Loan
    barcode: str | None
    title: str | None
    material_type: str | None


@dataclass
class SessionSummary:
    """What was done in a session (shown when it closes): readers served, visits by channel,
    loans, returns and renewals, electronic loans, reference help, events."""

    readers_served: int = 0
    visits: dict[str, int] = field(default_factory=dict)
    loans: int = 0
    returns: int = 0
    renewals: int = 0
    e_loans: int = 0
    free_resources: int = 0
    references: int = 0
    consultations: int = 0
    events: int = 0
