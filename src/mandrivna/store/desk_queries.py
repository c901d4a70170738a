"""Reads for the lending desk: a reader's loans, a copy's open loan, overdue lists, sessions and
a session's summary."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from mandrivna.core.desk import LoanLine, ServiceSession, SessionSummary
from mandrivna.core.loans import Loan
from mandrivna.store import tables
from mandrivna.store.tables import from_row

_loan = tables.loan
_copy = tables.book_copy
_record = tables.bib_record
_event = tables.loan_event
_session = tables.service_session
_visit = tables.visit
_eloan = tables.e_loan
_consult = tables.consultation
_rule = tables.lending_rule


def _lines(conn: Connection, where: Any) -> list[LoanLine]:
    query = (
        select(_loan, _copy.c.barcode, _record.c.title, _record.c.material_type)
        .select_from(
            _loan.outerjoin(_copy, _copy.c.id == _loan.c.copy_id).outerjoin(
                _record, _record.c.id == _copy.c.record_id
            )
        )
        .where(where)
        .order_by(_loan.c.due_on, _loan.c.lent_on)
    )
    out = []
    for row in conn.execute(query).mappings():
        loan = from_row(Loan, row)
        out.append(LoanLine(loan, row["barcode"], row["title"], row["material_type"]))
    return out


def open_loans_of_reader(conn: Connection, reader_id: str) -> list[LoanLine]:
    return _lines(
        conn,
        (_loan.c.reader_id == reader_id)
        & _loan.c.returned_on.is_(None)
        & _loan.c.lent_on.is_not(None),
    )


def history_of_reader(conn: Connection, reader_id: str) -> list[LoanLine]:
    return _lines(conn, _loan.c.reader_id == reader_id)


def get_loan(conn: Connection, loan_id: str) -> Loan | None:
    row = conn.execute(select(_loan).where(_loan.c.id == loan_id)).mappings().first()
    return from_row(Loan, row) if row else None


def open_loan_of_copy(conn: Connection, copy_id: str) -> Loan | None:
    """The copy's current loan (the latest; one left open by a double lend is flagged)."""
    row = (
        conn.execute(
            select(_loan)
            .where(
                _loan.c.copy_id == copy_id,
                _loan.c.returned_on.is_(None),
                _loan.c.lent_on.is_not(None),
            )
            .order_by(_loan.c.flag.is_(None).desc(), _loan.c.lent_on.desc())
        )
        .mappings()
        .first()
    )
    return from_row(Loan, row) if row else None


def overdue(conn: Connection, today: str, hub: str | None = None) -> list[LoanLine]:
    where = _loan.c.returned_on.is_(None) & _loan.c.lent_on.is_not(None) & (_loan.c.due_on < today)
    if hub:
        where = where & (_loan.c.hub == hub)
    return _lines(conn, where)


def flagged(conn: Connection) -> list[LoanLine]:
    """Loans and returns that offline work left in doubt (for the coordinator)."""
    return _lines(conn, _loan.c.flag.is_not(None))


def loan_days(conn: Connection, material_type: str | None) -> int | None:
    row = conn.execute(
        select(_rule.c.days).where(
            _rule.c.id == (material_type or "book"), _rule.c.deleted.is_(False)
        )
    ).first()
    return int(row[0]) if row and row[0] else None


def open_session(conn: Connection, hub: str, day: str) -> ServiceSession | None:
    row = (
        conn.execute(
            select(_session)
            .where(
                _session.c.hub == hub,
                _session.c.day == day,
                _session.c.closed.is_not(True),
                _session.c.deleted.is_(False),
            )
            .order_by(_session.c.updated_hlc.desc())
        )
        .mappings()
        .first()
    )
    return from_row(ServiceSession, row) if row else None


def get_session(conn: Connection, session_id: str) -> ServiceSession | None:
    row = conn.execute(select(_session).where(_session.c.id == session_id)).mappings().first()
    return from_row(ServiceSession, row) if row else None


def session_summary(conn: Connection, session: ServiceSession) -> SessionSummary:
    """What was done in a session: its desk events, and the visits of its day at its hub."""
    summary = SessionSummary()
    sid = session.id
    for kind, count in conn.execute(
        select(_event.c.kind, func.count())
        .where(_event.c.session_id == sid)
        .group_by(_event.c.kind)
    ):
        if kind == "lend":
            summary.loans = count
        elif kind == "return":
            summary.returns = count
        elif kind == "renew":
            summary.renewals = count
    for kind, count in conn.execute(
        select(_eloan.c.kind, func.count())
        .where(_eloan.c.session_id == sid)
        .group_by(_eloan.c.kind)
    ):
        if kind == "e_loan":
            summary.e_loans = count
        else:
            summary.free_resources = count
    for kind, count in conn.execute(
        select(_consult.c.kind, func.count())
        .where(_consult.c.session_id == sid)
        .group_by(_consult.c.kind)
    ):
        if kind == "reference":
            summary.references = count
        else:
            summary.consultations = count
    for channel, total in conn.execute(
        select(_visit.c.channel, func.sum(_visit.c.count))
        .where(_visit.c.day == session.day, _visit.c.hub == session.hub)
        .group_by(_visit.c.channel)
    ):
        summary.visits[channel] = int(total or 0)
    readers: set[str] = set()
    for table in (_event, _eloan, _consult):
        readers.update(
            r[0]
            for r in conn.execute(
                select(table.c.reader_id).where(
                    table.c.session_id == sid, table.c.reader_id.is_not(None)
                )
            )
        )
    summary.readers_served = len(readers)
    return summary


def tally_total(conn: Connection, day: str, hub: str, channel: str) -> int:
    """Anonymous visits tallied (and corrected) on a day at a hub for a channel."""
    total = conn.execute(
        select(func.sum(_visit.c.count)).where(
            _visit.c.day == day,
            _visit.c.hub == hub,
            _visit.c.channel == channel,
            _visit.c.reader_id.is_(None),
        )
    ).scalar()
    return int(total or 0)
