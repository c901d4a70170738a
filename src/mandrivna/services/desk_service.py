"""A day at the lending desk: the service session, lending and returning by scanner, renewals,
electronic loans, consultations and anonymous tallies. A reader served in any of these ways
counts one visit per day per hub, automatically, on every laptop alike.

Offline, this laptop may not know that a blocked reader was unblocked elsewhere, or that a copy
marked lost was found. Such a lend raises ``NeedsOverride`` with the warnings; the librarian may
lend anyway with a reason, and the reason is kept with the loan for the coordinator.

Whether a copy is on loan is decided from the loans alone (the projection of the lend, renew and
return facts), the same on every laptop: lending and returning never write the copy's status,
which keeps only what is not a loan (lost, in transit, written off).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from mandrivna.core.catalogue import BookCopy
from mandrivna.core.change import Changed
from mandrivna.core.desk import (
    E_LOAN_KINDS,
    OUTCOMES,
    REQUEST_CHANNELS,
    REQUEST_KINDS,
    SESSION_CHANNELS,
    TOPICS,
    LoanLine,
    ServiceSession,
    SessionSummary,
    visit_channel,
)
from mandrivna.core.errors import MandrivnaError, NotSetUpError, Translate, ValidationError
from mandrivna.core.loans import (
    DEFAULT_LOAN_DAYS,
    LEND,
    RENEW,
    RETURN,
    Loan,
    due_date,
    reader_visit_id,
)
from mandrivna.core.reader import Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import catalogue_queries, code_lookup, desk_queries, reader_queries
from mandrivna.store.change_writer import ChangeWriter
from mandrivna.store.database import Database


class NeedsOverride(MandrivnaError):
    """The lend may be wrong (blocked reader, copy lost or in transit): lend only with a reason,
    which is recorded with the loan."""

    def __init__(self, warnings: list[tuple[str, dict[str, Any]]]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Check before lending:"))
        self.warnings = warnings

    def user_message(self, translate: Translate) -> str:
        lines = [translate(self.context, self.message)]
        lines += [translate(self.context, text).format(**params) for text, params in self.warnings]
        return "\n".join(lines)


@dataclass
class ScanResult:
    action: str  # lend or return
    copy: BookCopy
    title: str | None
    loan_id: str
    due_on: str | None
    changed: Changed
    note: str | None = None  # e.g. the copy was on loan to someone else


def _invalid(message: str, **params: Any) -> ValidationError:
    return ValidationError(message, **params)


class DeskService:
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _device(self) -> tuple[str, str]:
        device = self.db.device()
        if device is None:
            raise NotSetUpError(
                QT_TRANSLATE_NOOP(
                    "errors", "Set up this device first: enter the hub and librarian."
                )
            )
        return device.hub_name, device.librarian_name

    # sessions --------------------------------------------------------------------------
    def current_session(self) -> ServiceSession | None:
        hub, _ = self._device()
        with self.db.read() as conn:
            return desk_queries.open_session(conn, hub, self.today().isoformat())

    def open_session(
        self, venue: str | None = None, channel: str = "non_stationary"
    ) -> tuple[ServiceSession, Changed]:
        """Open today's session at this laptop's hub (or return the one already open)."""
        if channel not in SESSION_CHANNELS:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Unknown visit channel {name}."), name=channel
            )
        current = self.current_session()
        if current is not None:
            return current, Changed()
        hub, librarian = self._device()
        session_id = str(uuid.uuid4())
        fields: dict[str, Any] = {
            "hub": hub,
            "venue": (venue or "").strip() or None,
            "day": self.today().isoformat(),
            "librarian": librarian,
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
                raise _invalid(QT_TRANSLATE_NOOP("errors", "This service session does not exist."))
            return desk_queries.session_summary(conn, session)

    def _session(self) -> ServiceSession:
        session = self.current_session()
        if session is None:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Open a service session first (the day at the hub).")
            )
        return session

    # readers at the desk ---------------------------------------------------------------
    def find_reader(self, typed: str) -> Reader | None:
        with self.db.read() as conn:
            return code_lookup.reader_by_card(conn, typed)

    def loans_of(self, reader_id: str) -> list[LoanLine]:
        with self.db.read() as conn:
            return desk_queries.open_loans_of_reader(conn, reader_id)

    def history_of(self, reader_id: str) -> list[LoanLine]:
        with self.db.read() as conn:
            return desk_queries.history_of_reader(conn, reader_id)

    def overdue(self, hub: str | None = None) -> list[LoanLine]:
        with self.db.read() as conn:
            return desk_queries.overdue(conn, self.today().isoformat(), hub)

    def flagged(self) -> list[LoanLine]:
        with self.db.read() as conn:
            return desk_queries.flagged(conn)

    # lending ---------------------------------------------------------------------------
    def scan(
        self, barcode: str, reader_id: str | None, override_reason: str | None = None
    ) -> ScanResult:
        """A scanned copy: on loan → returned (at any hub); otherwise lent to ``reader_id``."""
        with self.db.read() as conn:
            found = code_lookup.copy_by_code(conn, barcode)
            if found is None:
                raise _invalid(
                    QT_TRANSLATE_NOOP("errors", "No copy has the barcode {code}."),
                    code=" ".join(barcode.split()),
                )
            copy = found
            loan = desk_queries.open_loan_of_copy(conn, copy.id)
        if loan is not None:
            return self.return_copy(copy, loan)
        if reader_id is None:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "errors", "This copy is not on loan. Scan a reader card first to lend it."
                )
            )
        return self.lend(reader_id, copy, override_reason)

    def _rule_days(self, writer: ChangeWriter, copy: BookCopy) -> tuple[int, str | None]:
        record = catalogue_queries.get(writer.conn, copy.record_id or "", live=False)
        kind = record.material_type if record else None
        return desk_queries.loan_days(writer.conn, kind) or DEFAULT_LOAN_DAYS, (
            record.title if record else None
        )

    def _count_visit(
        self, writer: ChangeWriter, reader_id: str | None, channel: str, hub: str
    ) -> None:
        if reader_id is None:
            return
        day = self.today().isoformat()
        writer.fact(
            "visit",
            reader_visit_id(reader_id, day, hub),
            {"day": day, "hub": hub, "channel": channel, "count": 1, "reader_id": reader_id},
        )

    def lend(
        self, reader_id: str, copy: BookCopy, override_reason: str | None = None
    ) -> ScanResult:
        session = self._session()
        reason = " ".join((override_reason or "").split()) or None
        with self.db.read() as conn:
            reader = reader_queries.get(conn, reader_id)
        if reader is None:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "This reader is no longer registered."))
        warnings = self._lend_warnings(reader, copy)
        if warnings and reason is None:
            raise NeedsOverride(warnings)
        loan_id = str(uuid.uuid4())
        with self.db.write() as writer:
            if desk_queries.open_loan_of_copy(writer.conn, copy.id) is not None:
                raise _invalid(
                    QT_TRANSLATE_NOOP(
                        "errors", "This copy is on loan. Scan it to take it back before lending it."
                    )
                )
            days, title = self._rule_days(writer, copy)
            due = due_date(self.today(), days).isoformat()
            writer.fact(
                "loan_event",
                loan_id,
                {
                    "kind": LEND,
                    "copy_id": copy.id,
                    "reader_id": reader_id,
                    "loan_id": None,
                    "day": self.today().isoformat(),
                    "due_on": due,
                    "hub": session.hub,
                    "session_id": session.id,
                    "override_reason": reason if warnings else None,
                },
            )
            self._count_visit(
                writer, reader_id, session.channel or "non_stationary", session.hub or ""
            )
        return ScanResult(LEND, copy, title, loan_id, due, writer.changed)

    def _lend_warnings(self, reader: Reader, copy: BookCopy) -> list[tuple[str, dict[str, Any]]]:
        warnings: list[tuple[str, dict[str, Any]]] = []
        if reader.blocked:
            warnings.append(
                (
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The reader is blocked: {reason}. (Another laptop may have unblocked "
                        "them since.)",
                    ),
                    {"reason": reader.block_reason or ""},
                )
            )
        if copy.status in ("lost", "written_off"):
            warnings.append(
                (QT_TRANSLATE_NOOP("errors", "This copy is recorded as lost or written off."), {})
            )
        elif copy.status == "in_transit":
            warnings.append(
                (QT_TRANSLATE_NOOP("errors", "This copy is recorded as in transit to a hub."), {})
            )
        return warnings

    def return_copy(self, copy: BookCopy, loan: Loan | None = None) -> ScanResult:
        """Take a copy back here, whoever lent it and wherever: the copy is now at this hub."""
        session = self._session()
        with self.db.read() as conn:
            loan = loan or desk_queries.open_loan_of_copy(conn, copy.id)
        event_id = str(uuid.uuid4())
        reader_id = loan.reader_id if loan else None
        with self.db.write() as writer:
            _, title = self._rule_days(writer, copy)
            writer.fact(
                "loan_event",
                event_id,
                {
                    "kind": RETURN,
                    "copy_id": copy.id,
                    "reader_id": reader_id,
                    "loan_id": loan.id if loan else None,
                    "day": self.today().isoformat(),
                    "due_on": None,
                    "hub": session.hub,
                    "session_id": session.id,
                    "override_reason": None,
                },
            )
            # the copy is here now; whether it is on loan follows from the return itself
            writer.upsert("book_copy", copy.id, {"hub": session.hub})
            self._count_visit(
                writer, reader_id, session.channel or "non_stationary", session.hub or ""
            )
        return ScanResult(RETURN, copy, title, loan.id if loan else event_id, None, writer.changed)

    def renew(self, loan_ids: list[str]) -> Changed:
        """Renew these open loans from today by their rule (renewals are not new loans)."""
        session = self._session()
        with self.db.write() as writer:
            for loan_id in loan_ids:
                loan = desk_queries.get_loan(writer.conn, loan_id)
                if loan is None or loan.returned_on is not None or loan.lent_on is None:
                    raise _invalid(QT_TRANSLATE_NOOP("errors", "This loan is already closed."))
                copies = catalogue_queries.copies_by_id(writer.conn, [loan.copy_id])
                days = DEFAULT_LOAN_DAYS
                if copies:
                    days, _ = self._rule_days(writer, copies[0])
                writer.fact(
                    "loan_event",
                    str(uuid.uuid4()),
                    {
                        "kind": RENEW,
                        "copy_id": loan.copy_id,
                        "reader_id": loan.reader_id,
                        "loan_id": loan.id,
                        "day": self.today().isoformat(),
                        "due_on": due_date(self.today(), days).isoformat(),
                        "hub": session.hub,
                        "session_id": session.id,
                        "override_reason": None,
                    },
                )
                self._count_visit(
                    writer, loan.reader_id, session.channel or "non_stationary", session.hub or ""
                )
        return writer.changed

    def renew_all(self, reader_id: str) -> Changed:
        return self.renew([line.loan.id for line in self.loans_of(reader_id)])

    # electronic loans, reference help, tallies -----------------------------------------
    def e_loan(
        self, kind: str, title: str, url: str | None = None, reader_id: str | None = None
    ) -> Changed:
        """Access to an e-book or an aggregator (``e_loan``), or a free internet resource given
        out (``free_resource``): counted apart from printed loans."""
        if kind not in E_LOAN_KINDS:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=kind)
        title = " ".join(title.split())
        if not title:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Enter what was given (a title or link)."))
        session = self._session()
        with self.db.write() as writer:
            writer.fact(
                "e_loan",
                str(uuid.uuid4()),
                {
                    "kind": kind,
                    "title": title,
                    "url": (url or "").strip() or None,
                    "reader_id": reader_id,
                    "day": self.today().isoformat(),
                    "hub": session.hub,
                    "session_id": session.id,
                },
            )
            self._count_visit(
                writer, reader_id, session.channel or "non_stationary", session.hub or ""
            )
        return writer.changed

    def consultation(
        self,
        kind: str,
        topic: str,
        channel: str,
        outcome: str = "answered",
        reader_id: str | None = None,
        note: str | None = None,
    ) -> Changed:
        """A reference question or a consultation; with a reader, it counts their visit (in
        person as the session's channel, otherwise remote)."""
        for value, allowed in (
            (kind, REQUEST_KINDS),
            (topic, TOPICS),
            (channel, REQUEST_CHANNELS),
            (outcome, OUTCOMES),
        ):
            if value not in allowed:
                raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=value)
        session = self._session()
        session_channel = session.channel or "non_stationary"
        with self.db.write() as writer:
            writer.fact(
                "consultation",
                str(uuid.uuid4()),
                {
                    "kind": kind,
                    "topic": topic,
                    "channel": channel,
                    "outcome": outcome,
                    "reader_id": reader_id,
                    "note": " ".join((note or "").split()) or None,
                    "day": self.today().isoformat(),
                    "hub": session.hub,
                    "session_id": session.id,
                },
            )
            self._count_visit(
                writer, reader_id, visit_channel(channel, session_channel), session.hub or ""
            )
        return writer.changed

    def tally(self, channel: str, count: int = 1) -> Changed:
        """Anonymous visits by channel, at this hub today."""
        if channel not in ("stationary", "non_stationary", "remote"):
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Unknown visit channel {name}."), name=channel
            )
        if count < 1:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "A visit count must be at least 1."))
        return self._tally_fact(channel, count)

    def tally_total(self, channel: str) -> int:
        hub, _ = self._device()
        with self.db.read() as conn:
            return desk_queries.tally_total(conn, self.today().isoformat(), hub, channel)

    def correct_tally(self, channel: str, total: int) -> Changed:
        """Set today's anonymous tally of a channel to ``total`` (a correction fact holding the
        difference, so nothing recorded is rewritten). Only today's tallies can be corrected."""
        if total < 0:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "A visit count cannot be negative."))
        difference = total - self.tally_total(channel)
        if difference == 0:
            return Changed()
        return self._tally_fact(channel, difference)

    def _tally_fact(self, channel: str, count: int) -> Changed:
        hub, _ = self._device()
        with self.db.write() as writer:
            writer.fact(
                "visit",
                str(uuid.uuid4()),
                {
                    "day": self.today().isoformat(),
                    "hub": hub,
                    "channel": channel,
                    "count": count,
                    "reader_id": None,
                },
            )
        return writer.changed

    def add_virtual_visits(
        self, period_start: dt.date, period_end: dt.date, source: str, count: int
    ) -> Changed:
        """Virtual visits entered as a period total from a source (website, social network)."""
        if period_end < period_start:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
        if count < 0:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "A visit count cannot be negative."))
        source = " ".join(source.split())
        if not source:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Say where the figure comes from."))
        with self.db.write() as writer:
            writer.upsert(
                "virtual_visits",
                str(uuid.uuid4()),
                {
                    "period_start": period_start.isoformat(),
                    "period_end": period_end.isoformat(),
                    "source": source,
                    "count": count,
                },
            )
        return writer.changed

    def loan_days(self, material_type: str) -> int:
        """The lending period of a type of item (30 days unless set)."""
        with self.db.read() as conn:
            return desk_queries.loan_days(conn, material_type) or DEFAULT_LOAN_DAYS

    def set_loan_days(self, material_type: str, days: int) -> Changed:
        """The lending period of a type of item (library-wide; syncs)."""
        if not 1 <= days <= 365:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "A lending period is 1 to 365 days."))
        with self.db.write() as writer:
            writer.upsert("lending_rule", material_type, {"days": days})
        return writer.changed
