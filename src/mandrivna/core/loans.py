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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

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


# A loan event as a row: its fields in this order (``project_rows`` reads them so).
EVENT_COLUMNS = tuple(name for name in LoanEvent.__dataclass_fields__)
# A loan as a row: its fields in this order (``project_rows`` writes them so).
LOAN_COLUMNS = tuple(name for name in Loan.__dataclass_fields__)
_E = {name: i for i, name in enumerate(EVENT_COLUMNS)}
_L = {name: i for i, name in enumerate(LOAN_COLUMNS)}
_E_ID, _E_KIND, _E_COPY, _E_READER = _E["id"], _E["kind"], _E["copy_id"], _E["reader_id"]
_E_LOAN, _E_DAY, _E_DUE, _E_HUB = _E["loan_id"], _E["day"], _E["due_on"], _E["hub"]
_E_DEVICE, _E_HLC = _E["device_id"], _E["hlc"]
_L_DUE, _L_RETURNED, _L_RETURN_HUB = _L["due_on"], _L["returned_on"], _L["return_hub"]
_L_RENEWALS, _L_FLAG = _L["renewals"], _L["flag"]


def _loan_row(**values: object) -> list[object]:
    row: list[object] = [None] * len(LOAN_COLUMNS)
    row[_L_RENEWALS] = 0
    for name, value in values.items():
        row[_L[name]] = value
    return row


def project_rows(events: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The loans of one copy (rows in ``LOAN_COLUMNS`` order) from all its events (rows in
    ``EVENT_COLUMNS`` order), any order in, the same answer out: ``project`` on rows, as the
    loan table holds them (no object per event or loan)."""
    ordered = sorted(events, key=lambda e: (e[_E_HLC], e[_E_DEVICE], e[_E_ID]))
    loans: dict[str, list[Any]] = {}
    open_id: str | None = None
    for event in ordered:
        kind = event[_E_KIND]
        if kind == LEND:
            if open_id is not None:
                loans[open_id][_L_FLAG] = LENT_AGAIN
            row: list[Any] = [None] * len(LOAN_COLUMNS)
            row[_L["id"]] = event[_E_ID]
            row[_L["copy_id"]] = event[_E_COPY]
            row[_L["reader_id"]] = event[_E_READER]
            row[_L["lent_on"]] = event[_E_DAY]
            row[_L_DUE] = event[_E_DUE]
            row[_L["hub"]] = event[_E_HUB]
            row[_L_RENEWALS] = 0
            loans[event[_E_ID]] = row
            open_id = event[_E_ID]
            continue
        named = event[_E_LOAN]
        target = named if named in loans else open_id
        loan = loans.get(target) if target else None
        if kind == RENEW:
            if loan is not None and loan[_L_RETURNED] is None:
                loan[_L_DUE] = event[_E_DUE]
                loan[_L_RENEWALS] += 1
        elif kind == RETURN:
            if loan is None or loan[_L_RETURNED] is not None:
                loans[event[_E_ID]] = _loan_row(
                    id=event[_E_ID],
                    copy_id=event[_E_COPY],
                    reader_id=event[_E_READER],
                    returned_on=event[_E_DAY],
                    return_hub=event[_E_HUB],
                    flag=RETURN_WITHOUT_LOAN,
                )
                continue
            loan[_L_RETURNED] = event[_E_DAY]
            loan[_L_RETURN_HUB] = event[_E_HUB]
            if target == open_id:
                open_id = None
    return [tuple(row) for row in loans.values()]


def project(events: Iterable[LoanEvent]) -> list[Loan]:
    """The loans of one copy from all its events (any order in, the same answer out)."""
    rows = project_rows(tuple(getattr(e, name) for name in EVENT_COLUMNS) for e in events)
    return [Loan(**dict(zip(LOAN_COLUMNS, row, strict=True))) for row in rows]


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
