"""Loans as a projection of desk events, the same on every laptop whatever order events arrive.

Lending, renewing and returning are facts (``loan_event``): recorded once, never edited, so two
laptops offline never overwrite each other. A copy's loans are computed from all its events in
stamp order (HLC, then device): a lend opens a loan; a renew moves the open loan's due date; a
return closes the loan it names, or the copy's open loan. What offline work can produce is kept
and flagged, never dropped, for the coordinator:

- ``lent_again``: a copy lent while still on loan (lent at two hubs before they synced); the
  earlier loan stays open and flagged, since nobody recorded its return.
- ``return_without_loan``: a return of a copy with no open loan known (returned at another hub
  before its loan synced, or never lent through the app).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

LEND, RENEW, RETURN = "lend", "renew", "return"
LENT_AGAIN = "lent_again"
RETURN_WITHOUT_LOAN = "return_without_loan"
DEFAULT_LOAN_DAYS = 30


@dataclass(frozen=True, slots=True, kw_only=True)
class LoanEvent:
    """Lending, renewing or returning a copy (a fact). Its stamp (``hlc``, then ``device_id``)
    orders a copy's events for the projection."""

    id: str
    kind: str  # lend, renew or return
    copy_id: str
    reader_id: str | None = None
    loan_id: str | None = None  # the lend a renew or return refers to, when the laptop knew it
    day: str
    due_on: str | None = None
    hub: str | None = None
    session_id: str | None = None
    override_reason: str | None = None  # why it was lent despite a warning
    device_id: str
    hlc: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Loan:
    """One loan (keyed by its lend event), or a return that matched no loan: computed on every
    laptop from a copy's events, never synced."""

    id: str
    copy_id: str
    reader_id: str | None = None
    lent_on: str | None = None
    due_on: str | None = None
    hub: str | None = None
    returned_on: str | None = None
    return_hub: str | None = None
    renewals: int = 0
    flag: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LendingRule:
    """How many days a type of item is lent for (id = the record type, e.g. "book")."""

    id: str
    days: int | None = None


def project(events: Iterable[LoanEvent]) -> list[Loan]:
    """The loans of one copy from all its events (any order in, the same answer out)."""
    ordered = sorted(events, key=lambda e: (e.hlc, e.device_id, e.id))
    loans: dict[str, Loan] = {}
    open_id: str | None = None
    for event in ordered:
        if event.kind == LEND:
            if open_id is not None:
                loans[open_id] = replace(loans[open_id], flag=LENT_AGAIN)
            loans[event.id] = Loan(
                id=event.id,
                copy_id=event.copy_id,
                reader_id=event.reader_id,
                lent_on=event.day,
                due_on=event.due_on,
                hub=event.hub,
            )
            open_id = event.id
            continue
        target = event.loan_id if event.loan_id in loans else open_id
        loan = loans.get(target) if target else None
        if event.kind == RENEW:
            if target and loan is not None and loan.returned_on is None:
                loans[target] = replace(loan, due_on=event.due_on, renewals=loan.renewals + 1)
        elif event.kind == RETURN:
            if target is None or loan is None or loan.returned_on is not None:
                loans[event.id] = Loan(
                    id=event.id,
                    copy_id=event.copy_id,
                    reader_id=event.reader_id,
                    returned_on=event.day,
                    return_hub=event.hub,
                    flag=RETURN_WITHOUT_LOAN,
                )
                continue
            loans[target] = replace(loan, returned_on=event.day, return_hub=event.hub)
            if target == open_id:
                open_id = None
    return list(loans.values())


def due_date(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


@dataclass(frozen=True, slots=True, kw_only=True)
class InHouseUse:
    """Items read at the hub without being taken away, counted at the desk (a fact; a
    correction holds a negative count)."""

    id: str
    day: str
    hub: str | None = None
    count: int
    session_id: str | None = None
    device_id: str
    hlc: int
