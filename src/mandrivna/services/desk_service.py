"""A day at the lending desk: the service session (a librarian's day at a hub or venue), the reader
found by a scanned card, electronic loans and reference help. A reader served in any of these ways
counts one visit per day per hub (``VisitService``), on every laptop alike. Lending, returning and
renewing are in ``lending_service``; anonymous tallies in ``visit_service``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from mandrivna.core.change import Changed
from mandrivna.core.desk import (
    E_LOAN_KINDS,
    OUTCOMES,
    REQUEST_CHANNELS,
    REQUEST_KINDS,
    TOPICS,
    ServiceSession,
    SessionSummary,
)
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.reader import Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.visits import E_LOAN_CHANNELS, SESSION_CHANNELS, request_visit_channel
from mandrivna.services.service import Service
from mandrivna.services.visit_service import VisitService
from mandrivna.store import code_lookup, desk_queries
from mandrivna.store.database import Database


class DeskService(Service):
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        super().__init__(db, today)
        self.visits = VisitService(db, today)

    # sessions --------------------------------------------------------------------------
    def current_session(self) -> ServiceSession | None:
        hub = self.device().hub_name
        with self.db.read() as conn:
            return desk_queries.open_session(conn, hub, self.today().isoformat())

    def open_session(
        self, venue: str | None = None, channel: str = "non_stationary"
    ) -> tuple[ServiceSession, Changed]:
        """Open today's session at this laptop's hub (or return the one already open)."""
        if channel not in SESSION_CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown visit channel {name}."), name=channel
            )
        current = self.current_session()
        if current is not None:
            return current, Changed()
        device = self.device()
        session_id = new_id()
        fields: dict[str, Any] = {
            "hub": device.hub_name,
            "venue": (venue or "").strip() or None,
            "day": self.today().isoformat(),
            "librarian": device.librarian_name,
            "channel": channel,
            "closed": False,
        }
        with self.db.write() as writer:
            writer.upsert("service_session", session_id, fields)
        return ServiceSession(id=session_id, **fields), writer.changed

    def close_session(self, session_id: str) -> tuple[SessionSummary, Changed]:
        summary = self.summary(session_id)
        with self.db.write() as writer:
            writer.upsert("service_session", session_id, {"closed": True})
        return summary, writer.changed

    def summary(self, session_id: str) -> SessionSummary:
        with self.db.read() as conn:
            session = desk_queries.get_session(conn, session_id)
            if session is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This service session does not exist.")
                )
            return desk_queries.session_summary(conn, session)

    def session(self) -> ServiceSession:
        """Today's open session; desk work needs one."""
        session = self.current_session()
        if session is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Open a service session first (the day at the hub).")
            )
        return session

    # readers at the desk ---------------------------------------------------------------
    def find_reader(self, typed: str) -> Reader | None:
        with self.db.read() as conn:
            return code_lookup.reader_by_card(conn, typed)

    # electronic loans and reference help -----------------------------------------------
    def e_loan(
        self,
        kind: str,
        title: str,
        url: str | None = None,
        reader_id: str | None = None,
        channel: str = "in_person",
    ) -> Changed:
        """Access to an e-book or an aggregator (``e_loan``), or a free internet resource given
        out (``free_resource``): counted apart from printed loans. Its ``channel`` is its own
        (given at the desk, or remotely), not the session's: a reader's visit counts by it."""
        if kind not in E_LOAN_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=kind)
        if channel not in E_LOAN_CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown visit channel {name}."), name=channel
            )
        title = " ".join(title.split())
        if not title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter what was given (a title or link).")
            )
        session = self.session()
        with self.db.write() as writer:
            writer.fact(
                "e_loan",
                new_id(),
                {
                    "kind": kind,
                    "title": title,
                    "url": (url or "").strip() or None,
                    "reader_id": reader_id,
                    "day": self.today().isoformat(),
                    "hub": session.hub,
                    "session_id": session.id,
                    "channel": channel,
                },
            )
            self.visits.count_reader(
                writer,
                reader_id,
                request_visit_channel(channel, session.channel or "non_stationary"),
                session.hub or "",
                source="e_loan",
            )
        return writer.changed

    def consultation(
        self,
        kind: str,
        topic: str | Sequence[str],
        channel: str,
        outcome: str = "answered",
        reader_id: str | None = None,
        note: str | None = None,
    ) -> Changed:
        """A reference question or a consultation on one topic or several (digital *and*
        educational); with a reader, it counts their visit (in person as the session's channel,
        otherwise remote)."""
        topics = [topic] if isinstance(topic, str) else list(dict.fromkeys(topic))
        if not topics:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one topic."))
        for value, allowed in (
            (kind, REQUEST_KINDS),
            *((t, TOPICS) for t in topics),
            (channel, REQUEST_CHANNELS),
            (outcome, OUTCOMES),
        ):
            if value not in allowed:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=value
                )
        session = self.session()
        session_channel = session.channel or "non_stationary"
        with self.db.write() as writer:
            writer.fact(
                "consultation",
                new_id(),
                {
                    "kind": kind,
                    "topic": topics[0],
                    "topics": topics,
                    "channel": channel,
                    "outcome": outcome,
                    "reader_id": reader_id,
                    "note": " ".join((note or "").split()) or None,
                    "day": self.today().isoformat(),
                    "hub": session.hub,
                    "session_id": session.id,
                },
            )
            self.visits.count_reader(
                writer,
                reader_id,
                request_visit_channel(channel, session_channel),
                session.hub or "",
                source="consultation",
            )
        return writer.changed
