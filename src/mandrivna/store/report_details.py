"""The records behind a report figure (its drill-down): for an indicator and a period, each
record with its day, the hub as written, who (the reader's card and name, when a reader is
known), what (a channel, a title, an event) and how many it counts for. Runs in the caller's
transaction; at most ``limit`` lines, newest first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, literal, literal_column, or_, select
from sqlalchemy.sql.elements import ColumnElement

from mandrivna.core.report_periods import Period
from mandrivna.store import tables
from mandrivna.store.report_queries import ELECTRONIC_TYPES

_reader = tables.reader


@dataclass(frozen=True, slots=True)
class DetailLine:
    day: str
    hub: str | None
    who: str
    what: str
    count: int


def _who() -> ColumnElement[Any]:
    return func.trim(
        func.coalesce(_reader.c.card_number, "")
        + literal(" ")
        + func.coalesce(_reader.c.surname, "")
        + literal(" ")
        + func.coalesce(_reader.c.given_name, "")
    )


def _facts(
    table: Any, what: ColumnElement[Any], *where: ColumnElement[bool], count: Any = None
) -> Callable[[str, str], Select[Any]]:
    def query(start: str, end: str) -> Select[Any]:
        return (
            select(
                table.c.day,
                table.c.hub,
                _who(),
                what,
                count if count is not None else literal(1),
            )
            .select_from(table.outerjoin(_reader, _reader.c.id == table.c.reader_id))
            .where(table.c.day >= start, table.c.day <= end, *where)
        )

    return query


_v, _l, _e, _c = tables.visit, tables.loan_event, tables.e_loan, tables.consultation
_ev, _copy, _bib = tables.library_event, tables.book_copy, tables.bib_record
_visits = {
    channel: _facts(
        _v, func.coalesce(_v.c.source, _v.c.channel), _v.c.channel == channel, count=_v.c.count
    )
    for channel in ("stationary", "non_stationary", "remote")
}


def _event_lines(start: str, end: str) -> Select[Any]:
    attended = func.coalesce(_ev.c.attended_in_person, 0) + func.coalesce(_ev.c.attended_online, 0)
    return select(
        func.substr(_ev.c.starts_at, 1, 10),
        _ev.c.hub,
        literal(""),
        func.coalesce(_ev.c.title, ""),
        attended,
    ).where(
        _ev.c.deleted.is_(False),
        _ev.c.starts_at >= start,
        func.substr(_ev.c.starts_at, 1, 10) <= end,
        or_(_ev.c.status.is_(None), _ev.c.status.not_in(("planned", "cancelled"))),
    )


def _copies(*where: ColumnElement[bool]) -> Callable[[str, str], Select[Any]]:
    def query(start: str, end: str) -> Select[Any]:
        return (
            select(
                _copy.c.acquired_on,
                _copy.c.hub,
                literal(""),
                func.coalesce(_copy.c.barcode, "") + literal(" ") + func.coalesce(_bib.c.title, ""),
                literal(1),
            )
            .join(_bib, _bib.c.id == _copy.c.record_id)
            .where(
                _copy.c.deleted.is_(False),
                _copy.c.barcode.is_not(None),
                _copy.c.acquired_on >= start,
                _copy.c.acquired_on <= end,
                *where,
            )
        )

    return query


def _records(*where: ColumnElement[bool]) -> Callable[[str, str], Select[Any]]:
    def query(start: str, end: str) -> Select[Any]:
        return select(
            _bib.c.created_on, _bib.c.created_hub, literal(""), _bib.c.title, literal(1)
        ).where(
            _bib.c.deleted.is_(False), _bib.c.created_on >= start, _bib.c.created_on <= end, *where
        )

    return query


def _desk(table: Any, what: str) -> Callable[[str, str], Select[Any]]:
    def query(start: str, end: str) -> Select[Any]:
        return select(table.c.day, table.c.hub, literal(""), literal(what), table.c.count).where(
            table.c.day >= start, table.c.day <= end
        )

    return query


def _rereg(start: str, end: str) -> Select[Any]:
    r = tables.reregistration
    new = select(
        _reader.c.registered_on, _reader.c.registration_hub, _who(), literal("new"), literal(1)
    ).where(_reader.c.registered_on >= start, _reader.c.registered_on <= end)
    again = (
        select(r.c.day, r.c.hub, _who(), literal("again"), literal(1))
        .select_from(r.outerjoin(_reader, _reader.c.id == r.c.reader_id))
        .where(r.c.day >= start, r.c.day <= end)
    )
    return new.union_all(again)  # type: ignore[return-value]


QUERIES: dict[str, list[Callable[[str, str], Select[Any]]]] = {
    "users.served.card": [
        _facts(t, literal(name), t.c.reader_id.is_not(None))
        for t, name in ((_v, "visit"), (_l, "loan"), (_e, "e_loan"), (_c, "consultation"))
    ],
    "users.served.no_card": [_desk(tables.person_served, "no_card")],
    "users.registered": [_rereg],
    "visits.stationary": [_visits["stationary"]],
    "visits.non_stationary": [_visits["non_stationary"], _event_lines],
    "visits.remote": [_visits["remote"]],
    "loans.printed": [_facts(_l, _l.c.copy_id, _l.c.kind == "lend")],
    "loans.renewals": [_facts(_l, _l.c.copy_id, _l.c.kind == "renew")],
    "loans.electronic": [_facts(_e, func.coalesce(_e.c.title, ""), _e.c.kind == "e_loan")],
    "loans.in_house": [_desk(tables.in_house_use, "in_house")],
    "resources.free": [_facts(_e, func.coalesce(_e.c.title, ""), _e.c.kind == "free_resource")],
    "reference.answers": [_facts(_c, _c.c.topic, _c.c.kind == "reference")],
    "reference.consultations": [_facts(_c, _c.c.topic, _c.c.kind == "consultation")],
    "reference.educational": [_facts(_c, _c.c.topic, _c.c.kind == "consultation")],
    "collection.books": [
        _copies(or_(_bib.c.material_type.is_(None), _bib.c.material_type == "book"))
    ],
    "collection.processed": [_copies()],
    "collection.catalogued": [_records()],
    "collection.electronic": [_records(_bib.c.material_type.in_(ELECTRONIC_TYPES))],
    "events.held": [_event_lines],
    "events.attendance": [_event_lines],
}
QUERIES["users.served"] = QUERIES["users.served.card"] + QUERIES["users.served.no_card"]
QUERIES["visits.total"] = (
    QUERIES["visits.stationary"] + QUERIES["visits.non_stationary"] + QUERIES["visits.remote"]
)
QUERIES["loans.total"] = (
    QUERIES["loans.printed"] + QUERIES["loans.electronic"] + QUERIES["loans.in_house"]
)


def lines(conn: Connection, code: str, period: Period, limit: int) -> list[DetailLine]:
    """The records behind indicator ``code`` in the period (none for figures entered for the
    library, such as virtual visits)."""
    start, end = period.bounds
    out: list[DetailLine] = []
    for make in QUERIES.get(code, []):
        query = make(start, end).order_by(literal_column("1").desc()).limit(limit)
        for day, hub, who, what, count in conn.execute(query):
            out.append(DetailLine(str(day)[:10], hub, who or "", str(what or ""), int(count or 0)))
    out.sort(key=lambda line: line.day, reverse=True)
    return out[:limit]
