"""Reads for the lending desk's day: the open service session, a session's summary, and the day's
anonymous tallies (a reader's loans are in ``loan_queries``)."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, select

from mandrivna.core.desk import ServiceSession, SessionSummary
from mandrivna.store import tables
from mandrivna.store.tables import from_row

_event = tables.loan_event
_session = tables.service_session
_visit = tables.visit
_eloan = tables.e_loan
_consult = tables.consultation
# Built once: the desk reads these at every scan (building a statement costs more than
# running it).
_OPEN_SESSION = (
    select(_session)
    .where(
        _session.c.hub == bindparam("hub"),
        _session.c.day == bindparam("day"),
        _session.c.closed.is_not(True),
        _session.c.deleted.is_(False),
    )
    .order_by(_session.c.updated_hlc.desc())
)
_HUB_HERE = select(tables.device_state.c.hub_name)


def open_session(conn: Connection, hub: str, day: str) -> ServiceSession | None:
    row = conn.execute(_OPEN_SESSION, {"hub": hub, "day": day}).mappings().first()
    return from_row(ServiceSession, row) if row else None


def open_session_here(conn: Connection, day: str) -> ServiceSession | None:
    """Today's open session at this laptop's hub, read in the caller's transaction."""
    hub = conn.execute(_HUB_HERE).scalar()
    return open_session(conn, hub or "", day) if hub is not None else None


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


def counter_total(conn: Connection, counter: str, day: str, hub: str) -> int:
    """A desk counter's total (people served without a card, items used in the hub) on a day
    at a hub, corrections included."""
    table = {"person_served": tables.person_served, "in_house_use": tables.in_house_use}[counter]
    total = conn.execute(
        select(func.sum(table.c.count)).where(table.c.day == day, table.c.hub == hub)
    ).scalar()
    return int(total or 0)
