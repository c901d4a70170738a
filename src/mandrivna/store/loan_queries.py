"""Reads of loans (the ``loan`` table that ``loan_projection`` keeps from the desk's facts): a
reader's open loans and history, a copy's open loan, overdue and flagged loans, and the lending
period of a type of item."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select

from mandrivna.core.desk import LoanLine
from mandrivna.core.loans import Loan
from mandrivna.store import directory_queries, tables
from mandrivna.store.tables import from_row

_loan = tables.loan
_copy = tables.book_copy
_record = tables.bib_record
_rule = tables.lending_rule
_OPEN = _loan.c.returned_on.is_(None) & _loan.c.lent_on.is_not(None)


def _lines_query(where: Any) -> Any:
    return (
        select(_loan, _copy.c.barcode, _record.c.title, _record.c.material_type)
        .select_from(
            _loan.outerjoin(_copy, _copy.c.id == _loan.c.copy_id).outerjoin(
                _record, _record.c.id == _copy.c.record_id
            )
        )
        .where(where)
        .order_by(_loan.c.due_on, _loan.c.lent_on)
    )


# Built once: the desk reads these at every scan (building a statement costs more than
# running it).
_OPEN_OF_READERS = _lines_query(_loan.c.reader_id.in_(bindparam("group", expanding=True)) & _OPEN)
_LOAN = select(_loan).where(_loan.c.id == bindparam("id"))
_OPEN_OF_COPY = (
    select(_loan)
    .where(_loan.c.copy_id == bindparam("copy_id"), _OPEN)
    .order_by(_loan.c.flag.is_(None).desc(), _loan.c.lent_on.desc())
)
_DAYS = select(_rule.c.days).where(_rule.c.id == bindparam("id"), _rule.c.deleted.is_(False))


def _lines(conn: Connection, where: Any) -> list[LoanLine]:
    return _run_lines(conn, _lines_query(where))


def _run_lines(
    conn: Connection, query: Any, params: dict[str, Any] | None = None
) -> list[LoanLine]:
    out = []
    for row in conn.execute(query, params).mappings():
        loan = from_row(Loan, row)
        out.append(LoanLine(loan, row["barcode"], row["title"], row["material_type"]))
    return out


def open_loans_of_reader(conn: Connection, reader_id: str) -> list[LoanLine]:
    """The person's open loans (under every card merged into one)."""
    _, group = directory_queries.reader_group(conn, reader_id)
    return _run_lines(conn, _OPEN_OF_READERS, {"group": sorted(group)})


def history_of_reader(conn: Connection, reader_id: str) -> list[LoanLine]:
    _, group = directory_queries.reader_group(conn, reader_id)
    return _lines(conn, _loan.c.reader_id.in_(group))


def get_loan(conn: Connection, loan_id: str) -> Loan | None:
    row = conn.execute(_LOAN, {"id": loan_id}).mappings().first()
    return from_row(Loan, row) if row else None


def open_loan_of_copy(conn: Connection, copy_id: str) -> Loan | None:
    """The copy's current loan (the latest; one left open by a double lend is flagged)."""
    row = conn.execute(_OPEN_OF_COPY, {"copy_id": copy_id}).mappings().first()
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
    row = conn.execute(_DAYS, {"id": material_type or "book"}).first()
    return int(row[0]) if row and row[0] else None
