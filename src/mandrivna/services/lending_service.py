"""Lending: a scanned copy lent to the reader at the desk, or taken back if it is on loan (at any
hub); renewals; a reader's loans and history, overdue and flagged loans; lending periods by type
of item. Each is a fact (``loan_event``) written in today's service session; the loans themselves
are computed from those facts on every laptop (``core.loans.project``, kept in the ``loan``
table by ``store.loan_projection``). A reader served counts one visit a day per hub.

Offline, this laptop may not know that a blocked reader was unblocked elsewhere, or that a copy
marked lost was found. Such a lend raises ``NeedsOverride`` with the warnings; the librarian may
lend anyway with a reason, and the reason is kept with the loan for the coordinator.

Whether a copy is on loan is decided from the loans alone, the same on every laptop: lending and
returning never write the copy's status, which keeps only what is not a loan (lost, in transit,
written off).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mandrivna.core.catalogue import BookCopy
from mandrivna.core.change import Changed
from mandrivna.core.desk import LoanLine, ServiceSession
from mandrivna.core.errors import MandrivnaError, Translate, ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.loans import DEFAULT_LOAN_DAYS, LEND, RENEW, RETURN, Loan, due_date
from mandrivna.core.reader import Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.desk_service import DeskService
from mandrivna.services.service import Service
from mandrivna.store import (
    catalogue_queries,
    code_lookup,
    desk_queries,
    loan_queries,
    reader_queries,
)
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
    reader_name: str | None = None  # who borrowed it, or who had it (for the desk's log)


class LendingService(Service):
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        super().__init__(db, today)
        self.desk = DeskService(db, today)

    # reads -----------------------------------------------------------------------------
    def loans_of(self, reader_id: str) -> list[LoanLine]:
        with self.db.read() as conn:
            return loan_queries.open_loans_of_reader(conn, reader_id)

    def history_of(self, reader_id: str) -> list[LoanLine]:
        with self.db.read() as conn:
            return loan_queries.history_of_reader(conn, reader_id)

    def overdue(self, hub: str | None = None) -> list[LoanLine]:
        with self.db.read() as conn:
            return loan_queries.overdue(conn, self.today().isoformat(), hub)

    def flagged(self) -> list[LoanLine]:
        with self.db.read() as conn:
            return loan_queries.flagged(conn)

    # lending ---------------------------------------------------------------------------
    def scan(
        self, barcode: str, reader_id: str | None, override_reason: str | None = None
    ) -> ScanResult:
        """A scanned copy: on loan → returned (at any hub); otherwise lent to ``reader_id``.

        One write transaction from the look-up to the commit: what is decided is what is read."""
        reason = " ".join((override_reason or "").split()) or None
        with self.db.write() as writer:
            found = code_lookup.copy_by_code(writer.conn, barcode)
            if found is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "No copy has the barcode {code}."),
                    code=" ".join(barcode.split()),
                )
            loan = loan_queries.open_loan_of_copy(writer.conn, found.id)
            if loan is not None:
                result = self._return_in(writer, found, loan)
            elif reader_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This copy is not on loan. Scan a reader card first to lend it."
                    )
                )
            else:
                result = self._lend_in(writer, reader_id, found, reason)
        return result

    def lend(
        self, reader_id: str, copy: BookCopy, override_reason: str | None = None
    ) -> ScanResult:
        reason = " ".join((override_reason or "").split()) or None
        with self.db.write() as writer:
            if loan_queries.open_loan_of_copy(writer.conn, copy.id) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This copy is on loan. Scan it to take it back before lending it."
                    )
                )
            result = self._lend_in(writer, reader_id, copy, reason)
        return result

    def _session_in(self, writer: ChangeWriter) -> ServiceSession:
        session = desk_queries.open_session_here(writer.conn, self.today().isoformat())
        if session is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Open a service session first (the day at the hub).")
            )
        return session

    def _lend_in(
        self, writer: ChangeWriter, reader_id: str, copy: BookCopy, reason: str | None
    ) -> ScanResult:
        """Lend a copy not on loan, inside the caller's write (its ``changed`` fills at commit)."""
        session = self._session_in(writer)
        reader = reader_queries.get(writer.conn, reader_id)
        if reader is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This reader is no longer registered.")
            )
        warnings = self._lend_warnings(reader, copy)
        if warnings and reason is None:
            raise NeedsOverride(warnings)
        loan_id = new_id()
        days, title = self._rule_days(writer, copy)
        due = due_date(self.today(), days).isoformat()
        self._event(
            writer,
            session,
            loan_id,
            kind=LEND,
            copy_id=copy.id,
            reader_id=reader_id,
            due_on=due,
            override_reason=reason if warnings else None,
        )
        return ScanResult(
            LEND, copy, title, loan_id, due, writer.changed, reader_name=reader.full_name
        )

    def return_copy(self, copy: BookCopy, loan: Loan | None = None) -> ScanResult:
        """Take a copy back here, whoever lent it and wherever: the copy is now at this hub."""
        with self.db.write() as writer:
            loan = loan or loan_queries.open_loan_of_copy(writer.conn, copy.id)
            result = self._return_in(writer, copy, loan)
        return result

    def _return_in(self, writer: ChangeWriter, copy: BookCopy, loan: Loan | None) -> ScanResult:
        session = self._session_in(writer)
        borrower = (
            reader_queries.get(writer.conn, loan.reader_id) if loan and loan.reader_id else None
        )
        event_id = new_id()
        _, title = self._rule_days(writer, copy)
        self._event(
            writer,
            session,
            event_id,
            kind=RETURN,
            copy_id=copy.id,
            reader_id=loan.reader_id if loan else None,
            loan_id=loan.id if loan else None,
        )
        # the copy is here now; whether it is on loan follows from the return itself
        writer.upsert("book_copy", copy.id, {"hub": session.hub})
        return ScanResult(
            RETURN,
            copy,
            title,
            loan.id if loan else event_id,
            None,
            writer.changed,
            reader_name=borrower.full_name if borrower else None,
        )

    def renew(self, loan_ids: list[str]) -> Changed:
        """Renew these open loans from today by their rule (renewals are not new loans)."""
        session = self.desk.session()
        with self.db.write() as writer:
            for loan_id in loan_ids:
                loan = loan_queries.get_loan(writer.conn, loan_id)
                if loan is None or loan.returned_on is not None or loan.lent_on is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "This loan is already closed.")
                    )
                copies = catalogue_queries.copies_by_id(writer.conn, [loan.copy_id])
                days = DEFAULT_LOAN_DAYS
                if copies:
                    days, _ = self._rule_days(writer, copies[0])
                self._event(
                    writer,
                    session,
                    new_id(),
                    kind=RENEW,
                    copy_id=loan.copy_id,
                    reader_id=loan.reader_id,
                    loan_id=loan.id,
                    due_on=due_date(self.today(), days).isoformat(),
                )
        return writer.changed

    def renew_all(self, reader_id: str) -> Changed:
        return self.renew([line.loan.id for line in self.loans_of(reader_id)])

    # lending periods -------------------------------------------------------------------
    def loan_days(self, material_type: str) -> int:
        """The lending period of a type of item (30 days unless set)."""
        with self.db.read() as conn:
            return loan_queries.loan_days(conn, material_type) or DEFAULT_LOAN_DAYS

    def set_loan_days(self, material_type: str, days: int) -> Changed:
        """The lending period of a type of item (library-wide; syncs)."""
        if not 1 <= days <= 365:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A lending period is 1 to 365 days."))
        with self.db.write() as writer:
            writer.upsert("lending_rule", material_type, {"days": days})
        return writer.changed

    # inside a write --------------------------------------------------------------------
    def _event(
        self,
        writer: ChangeWriter,
        session: ServiceSession,
        event_id: str,
        *,
        kind: str,
        copy_id: str,
        reader_id: str | None,
        loan_id: str | None = None,
        due_on: str | None = None,
        override_reason: str | None = None,
    ) -> None:
        """A lend, return or renewal at this session; the reader served counts a visit."""
        writer.fact(
            "loan_event",
            event_id,
            {
                "kind": kind,
                "copy_id": copy_id,
                "reader_id": reader_id,
                "loan_id": loan_id,
                "day": self.today().isoformat(),
                "due_on": due_on,
                "hub": session.hub,
                "session_id": session.id,
                "override_reason": override_reason,
            },
        )
        self.desk.visits.count_reader(
            writer, reader_id, session.channel or "non_stationary", session.hub or "", source="desk"
        )

    def _rule_days(self, writer: ChangeWriter, copy: BookCopy) -> tuple[int, str | None]:
        """The copy's lending period by its record's type, and its title."""
        record = catalogue_queries.get(writer.conn, copy.record_id or "", live=False)
        kind = record.material_type if record else None
        days = loan_queries.loan_days(writer.conn, kind) or DEFAULT_LOAN_DAYS
        return days, record.title if record else None

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
