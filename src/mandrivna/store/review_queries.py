"""Reads of what the review queue shows: the loans the projection flagged (a copy lent at two
hubs, a return without a loan), lends with an override reason, concurrent edits kept in the
``conflict`` table, clock warnings, the decisions already taken, and who each laptop is (its hub
and librarian, by log origin). Runs in the caller's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select

from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.loans import LENT_AGAIN, RETURN_WITHOUT_LOAN
from mandrivna.core.review_items import (
    CLOCK,
    CONFLICT,
    LENT_TWICE,
    OVERRIDE,
    Author,
    ReviewItem,
    conflict_key,
)
from mandrivna.core.review_items import RETURN_WITHOUT_LOAN as RETURN_ITEM
from mandrivna.store import tables

_loan, _event = tables.loan, tables.loan_event
_copy, _record, _reader = tables.book_copy, tables.bib_record, tables.reader
_conflict, _clock = tables.conflict, tables.clock_warning
_decision, _profile = tables.review_decision, tables.device_profile
_session, _log = tables.service_session, tables.change_log


def _name(row: Any) -> str:
    parts = (row["surname"], row["given_name"], row["patronymic"])
    return " ".join(p for p in parts if p)


def decisions(conn: Connection) -> dict[str, str]:
    """Decision id → what was decided, for every item decided on any laptop."""
    rows = conn.execute(
        select(_decision.c.id, _decision.c.decision).where(_decision.c.deleted.is_(False))
    )
    return {r[0]: r[1] for r in rows if r[1]}


def authors(conn: Connection) -> dict[str, tuple[str, str]]:
    """Log origin → (hub, librarian): from the laptops' profiles, else from the service
    sessions each origin opened (the newest)."""
    out: dict[str, tuple[str, str]] = {}
    query = (
        select(_log.c.device_id, _session.c.hub, _session.c.librarian)
        .select_from(_log.join(_session, _session.c.id == _log.c.entity_id))
        .where(_log.c.entity == "service_session")
        .order_by(_log.c.hlc)
    )
    for origin, hub, librarian in conn.execute(query):
        out[origin] = (hub or "", librarian or "")
    profiles = select(_profile.c.id, _profile.c.hub, _profile.c.librarian).where(
        _profile.c.deleted.is_(False)
    )
    for origin, hub, librarian in conn.execute(profiles):
        if hub or librarian:
            out[origin] = (hub or "", librarian or "")
    return out


def _author(known: dict[str, tuple[str, str]], origin: str, hlc: int) -> Author:
    hub, librarian = known.get(origin, ("", ""))
    return Author(hub=hub, librarian=librarian, at_ms=wall_ms_of(hlc))


def _lends(conn: Connection, copy_ids: set[str]) -> dict[str, list[Any]]:
    """The lend events of these copies, each copy's in stamp order."""
    out: dict[str, list[Any]] = {}
    query = (
        select(_event, _reader.c.surname, _reader.c.given_name, _reader.c.patronymic)
        .select_from(_event.outerjoin(_reader, _reader.c.id == _event.c.reader_id))
        .where(_event.c.copy_id.in_(copy_ids), _event.c.kind == "lend")
        .order_by(_event.c.hlc, _event.c.device_id, _event.c.id)
    )
    for row in conn.execute(query).mappings():
        out.setdefault(row["copy_id"], []).append(row)
    return out


def flagged_loans(conn: Connection, known: dict[str, tuple[str, str]]) -> list[ReviewItem]:
    """Copies lent again while on loan (who lent it first, and who lent it again: both hubs,
    librarians and times), and returns that matched no loan."""
    query = (
        select(
            _loan,
            _copy.c.barcode,
            _record.c.title,
            _reader.c.surname,
            _reader.c.given_name,
            _reader.c.patronymic,
            _reader.c.card_number,
        )
        .select_from(
            _loan.outerjoin(_copy, _copy.c.id == _loan.c.copy_id)
            .outerjoin(_record, _record.c.id == _copy.c.record_id)
            .outerjoin(_reader, _reader.c.id == _loan.c.reader_id)
        )
        .where(_loan.c.flag.in_((LENT_AGAIN, RETURN_WITHOUT_LOAN)))
    )
    rows = list(conn.execute(query).mappings())
    lends = _lends(conn, {r["copy_id"] for r in rows if r["flag"] == LENT_AGAIN})
    returns = {r["id"] for r in rows if r["flag"] == RETURN_WITHOUT_LOAN}
    returned_by = {
        r[0]: _author(known, r[1], r[2])
        for r in conn.execute(
            select(_event.c.id, _event.c.device_id, _event.c.hlc).where(_event.c.id.in_(returns))
        )
    }
    items = []
    for row in rows:
        twice = row["flag"] == LENT_AGAIN
        first, second = None, returned_by.get(row["id"])
        detail = [row["barcode"], _name(row), row["card_number"]]
        if twice:
            events = lends.get(row["copy_id"], [])
            ids = [e["id"] for e in events]
            if row["id"] in ids:
                at = ids.index(row["id"])
                event = events[at]
                first = _author(known, event["device_id"], event["hlc"])
                if at + 1 < len(events):
                    again = events[at + 1]
                    second = _author(known, again["device_id"], again["hlc"])
                    detail.append("→ " + _name(again))
        items.append(
            ReviewItem(
                kind=LENT_TWICE if twice else RETURN_ITEM,
                key=row["id"],
                hub=(row["hub"] if twice else row["return_hub"]) or "",
                day=(row["lent_on"] if twice else row["returned_on"]) or "",
                subject=row["title"] or "",
                detail=" · ".join(p for p in detail if p),
                entity="book_copy",
                entity_id=row["copy_id"],
                kept_by=first,
                other_by=second,
                reader_id=row["reader_id"],
                copy_id=row["copy_id"],
            )
        )
    return items


def overrides(conn: Connection, known: dict[str, tuple[str, str]]) -> list[ReviewItem]:
    """Lends recorded despite a warning, with the librarian's reason."""
    query = (
        select(
            _event,
            _copy.c.barcode,
            _copy.c.status.label("copy_status"),
            _record.c.title,
            _reader.c.surname,
            _reader.c.given_name,
            _reader.c.patronymic,
        )
        .select_from(
            _event.outerjoin(_copy, _copy.c.id == _event.c.copy_id)
            .outerjoin(_record, _record.c.id == _copy.c.record_id)
            .outerjoin(_reader, _reader.c.id == _event.c.reader_id)
        )
        .where(_event.c.override_reason.is_not(None))
    )
    return [
        ReviewItem(
            kind=OVERRIDE,
            key=row["id"],
            hub=row["hub"] or "",
            day=row["day"] or "",
            subject=_name(row),
            detail=f"{row['override_reason']} — {row['title'] or row['barcode'] or ''}",
            entity="reader",
            entity_id=row["reader_id"],
            reader_id=row["reader_id"],
            copy_id=row["copy_id"],
            copy_flagged=row["copy_status"] not in (None, "", "available"),
            other_by=_author(known, row["device_id"], row["hlc"]),
        )
        for row in conn.execute(query).mappings()
    ]


def _subjects(conn: Connection, entity: str, ids: set[str]) -> dict[str, tuple[str, str]]:
    """What a conflict's record is, for people: (name or title, hub)."""
    if entity == "reader":
        found = conn.execute(select(_reader).where(_reader.c.id.in_(ids))).mappings()
        return {r["id"]: (_name(r), r["registration_hub"] or "") for r in found}
    if entity == "book_copy":
        query = select(_copy.c.id, _copy.c.barcode, _copy.c.hub, _record.c.title).select_from(
            _copy.outerjoin(_record, _record.c.id == _copy.c.record_id)
        )
        rows = conn.execute(query.where(_copy.c.id.in_(ids)))
        return {r[0]: (f"{r[3] or ''} ({r[1] or ''})", r[2] or "") for r in rows}
    if entity == "bib_record":
        rows = conn.execute(select(_record.c.id, _record.c.title).where(_record.c.id.in_(ids)))
        return {r[0]: (r[1] or "", "") for r in rows}
    return {}


def conflicts(conn: Connection, known: dict[str, tuple[str, str]]) -> list[ReviewItem]:
    """Concurrent edits where one value replaced another: both values, who and when."""
    rows = list(conn.execute(select(_conflict)).mappings())
    by_entity: dict[str, set[str]] = {}
    for row in rows:
        by_entity.setdefault(row["entity"], set()).add(row["entity_id"])
    subjects = {name: _subjects(conn, name, ids) for name, ids in by_entity.items()}
    items = []
    for row in rows:
        kept = _author(known, row["kept_device"], row["kept_hlc"])
        other = _author(known, row["lost_device"], row["lost_hlc"])
        subject, home = subjects[row["entity"]].get(row["entity_id"], (row["entity_id"], ""))
        items.append(
            ReviewItem(
                kind=CONFLICT,
                key=conflict_key(
                    row["entity"],
                    row["entity_id"],
                    row["field"],
                    row["lost_hlc"],
                    row["lost_device"],
                ),
                hub=kept.hub or other.hub or home,
                day=_iso_day(max(kept.at_ms or 0, other.at_ms or 0)),
                subject=subject,
                entity=row["entity"],
                entity_id=row["entity_id"],
                field=row["field"],
                kept_value=row["kept_value"],
                other_value=row["lost_value"],
                kept_by=kept,
                other_by=other,
                reader_id=row["entity_id"] if row["entity"] == "reader" else None,
            )
        )
    return items


def clock_warnings(conn: Connection, known: dict[str, tuple[str, str]]) -> list[ReviewItem]:
    """Laptops whose stamps ran far ahead of real time."""
    items = []
    for origin, max_hlc, detected in conn.execute(select(_clock)):
        who = _author(known, origin, max_hlc)
        items.append(
            ReviewItem(
                kind=CLOCK,
                key=f"{origin}|{max_hlc}",
                hub=who.hub,
                day=_iso_day(detected),
                subject=who.librarian or origin[:8],
                detail=_iso_day(wall_ms_of(max_hlc)),
                other_by=who,
            )
        )
    return items


def _iso_day(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date().isoformat() if ms else ""


def role(conn: Connection) -> str:
    """This laptop's role on the sync server ("" before enrollment)."""
    return str(conn.execute(select(tables.sync_state.c.role)).scalar() or "")
