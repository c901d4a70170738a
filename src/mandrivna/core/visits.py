"""Visits as every layer sees them: a day's headcount at a hub by channel (a fact, recorded once,
never edited), and virtual visits entered as a period's total from one source; the channels a
visit counts by, and how a served reader's one visit a day per hub is counted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# Where a day of service is held: the library's premises, or a hub or mobile point.
SESSION_CHANNELS = ("stationary", "non_stationary")
# The channels visits are counted by (a served reader, a tally at the desk); virtual visits are
# entered apart, for a period (``VirtualVisits``).
VISIT_CHANNELS = (*SESSION_CHANNELS, "remote")
# Where a visit came from: a reader served at the desk (loans), an anonymous tally, an event
# check-in, a consultation, a registration or re-registration in person, an electronic loan.
VISIT_SOURCES = ("desk", "tally", "checkin", "consultation", "registration", "e_loan")
# How an electronic loan or a free resource was given: at the desk, or remotely (its own
# channel, not the session's).
E_LOAN_CHANNELS = ("in_person", "remote")
_VISIT_NAMESPACE = uuid.UUID("6f1c3d4e-3a52-4f0e-9d38-6d2f5f1a7b10")
_VIRTUAL_NAMESPACE = uuid.UUID("9d4b2e71-0c3a-4f5e-8a6d-2b7c1e9f3a05")
# What a virtual entry counts: virtual visits (web sessions), or virtual users.
VIRTUAL_KINDS = ("visits", "users")
# What the figure entered measures; only sessions are virtual visits (ISO 2789), views and
# reach are kept apart and not counted.
VIRTUAL_MEASURES = ("sessions", "views", "reach")


def virtual_source(source: str) -> str:
    """A source as entered, spaces tidied (it names the entry: "Сайт бібліотеки")."""
    return " ".join(source.split())


def virtual_entry_id(kind: str, source: str, period_start: str, period_end: str) -> str:
    """The id of a virtual entry: one per kind, source and period on every laptop, so a second
    entry for the same month replaces the first, never adds to it."""
    key = f"{kind}|{virtual_source(source).casefold()}|{period_start}|{period_end}"
    return str(uuid.uuid5(_VIRTUAL_NAMESPACE, key))


def reader_visit_id(reader_id: str, day: str, hub: str) -> str:
    """The id of a reader's visit on a day at a hub: the same on every laptop, so serving the
    reader several times that day (here or on another laptop) counts one visit."""
    return str(uuid.uuid5(_VISIT_NAMESPACE, f"{reader_id}|{day}|{hub}"))


def request_visit_channel(request_channel: str, session_channel: str) -> str:
    """How a reader helped at the desk counts: in person as the session's channel, else
    remote."""
    return session_channel if request_channel == "in_person" else "remote"


def event_visit_channel(event_format: str | None) -> str:
    """How a reader checked in at an event counts: online as remote, else at a hub."""
    return "remote" if event_format == "online" else "non_stationary"


@dataclass(frozen=True, slots=True, kw_only=True)
class Visit:
    """Visits counted at a hub on a day by channel: a served reader's one visit, or a tally."""

    id: str
    day: str
    hub: str
    channel: str
    count: int
    reader_id: str | None = None
    # where it came from: desk, tally, checkin, consultation, registration, e_loan
    source: str | None = None
    device_id: str
    hlc: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonServed:
    """A person served without a card, counted once at the desk (a fact; a correction holds a
    negative count, as the tallies' do)."""

    id: str
    day: str
    hub: str | None = None
    channel: str | None = None
    count: int
    session_id: str | None = None
    device_id: str
    hlc: int


@dataclass(frozen=True, slots=True, kw_only=True)
class VirtualVisits:
    """Virtual visits for a period from one source (website statistics, a social network)."""

    id: str
    period_start: str | None = None
    period_end: str | None = None
    source: str | None = None
    count: int | None = None
    kind: str | None = None  # visits (the default) or users
    measure: str | None = None  # sessions (the default), views, reach: only sessions are visits
