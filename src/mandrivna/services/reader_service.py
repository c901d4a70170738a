"""The readers' file (ЄРК): register, find, edit, re-register, block, erase. Every write goes
through the change log and returns what it changed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from mandrivna.core import json_text
from mandrivna.core.card_number import card_number
from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.reader import (
    PERSONAL_FIELDS,
    Reader,
    ReaderMatches,
    registration_years,
    reregistration_id,
    validate_reader,
    with_registration,
)
from mandrivna.core.reader_activity import ReaderActivity
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.service import Service
from mandrivna.services.visit_service import VisitService
from mandrivna.store import (
    code_lookup,
    desk_queries,
    loan_queries,
    personal_data_queries,
    reader_activity_queries,
    reader_queries,
    similar_readers,
)
from mandrivna.store.change_writer import ChangeWriter
from mandrivna.store.database import Database

# Fewer exact matches than this and the search also looks for names a slip away.
SIMILAR_WHEN = 3
SIMILAR_LIMIT = 10


class ReaderService(Service):
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        super().__init__(db, today)
        self.visits = VisitService(db, today)

    def register(
        self, surname: str, given_name: str, consent: bool, **details: Any
    ) -> tuple[str, Changed]:
        """A new reader with a new card number. Consent to personal-data processing must be
        given before anything is stored. Registering in person is the reader's visit today
        (once a day per hub, as any service is); ``in_person=False`` among the details for a
        registration that is not."""
        in_person = bool(details.pop("in_person", True))
        if not consent:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The reader must consent to personal-data processing before registration.",
                )
            )
        today = self.today()
        fields = validate_reader({"surname": surname, "given_name": given_name, **details}, today)
        fields = with_registration(fields, self.device().hub_name, today)
        fields["consent_on"] = fields.get("consent_on") or today.isoformat()
        reader_id = new_id()
        with self.db.write() as writer:
            if not fields.get("card_number"):
                prefix = writer.issuing_prefix
                counter = reader_queries.next_card_counter(writer.conn, prefix)
                fields["card_number"] = card_number(prefix, counter)
            writer.upsert("reader", reader_id, fields)
            if in_person:
                self._count_visit(writer, reader_id)
        return reader_id, writer.changed

    def edit(self, reader_id: str, **fields: Any) -> Changed:
        """Write the fields that differ from the stored ones (fields merge one by one, so an
        edit of another field on another laptop survives)."""
        clean = validate_reader(fields, self.today())
        current = self.get(reader_id)
        clean = {k: v for k, v in clean.items() if getattr(current, k) != v}
        if not clean:
            return Changed()
        with self.db.write() as writer:
            writer.upsert("reader", current.id, clean)  # the reader kept, after a merge
        return writer.changed

    def reregister(self, reader_id: str, in_person: bool = True) -> Changed:
        """Yearly re-registration (перереєстрація): a dated fact with this hub, one per reader
        and year on every laptop. The reader's registration years derive from these facts (not
        from a list edited on two laptops, where one year would lose), so two laptops
        re-registering offline keep both years. In person, it is the reader's visit. A card
        merged into another re-registers the reader kept."""
        reader = self.get(reader_id)
        year = self.today().year
        with self.db.write() as writer:
            writer.fact(
                "reregistration",
                reregistration_id(reader.id, year),
                {
                    "reader_id": reader.id,
                    "year": year,
                    "day": self.today().isoformat(),
                    "hub": self.device().hub_name,
                },
            )
            if in_person:
                self._count_visit(writer, reader.id)
        return writer.changed

    def _count_visit(self, writer: ChangeWriter, reader_id: str) -> None:
        """A registration in person counts the reader's visit: by today's open session's
        channel at this hub (non-stationary without one)."""
        hub = self.device().hub_name
        session = desk_queries.open_session(writer.conn, hub, self.today().isoformat())
        channel = (session.channel if session else None) or "non_stationary"
        self.visits.count_reader(writer, reader_id, channel, hub, source="registration")

    def block(self, reader_id: str, reason: str) -> Changed:
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the reader is blocked."))
        with self.db.write() as writer:
            writer.upsert("reader", reader_id, {"blocked": True, "block_reason": reason})
        return writer.changed

    def unblock(self, reader_id: str) -> Changed:
        with self.db.write() as writer:
            writer.upsert("reader", reader_id, {"blocked": False, "block_reason": None})
        return writer.changed

    def erase(self, reader_id: str) -> Changed:
        """Delete a reader: a tombstone that syncs; personal data erased, counts kept."""
        with self.db.write() as writer:
            writer.delete("reader", reader_id, list(PERSONAL_FIELDS))
        return writer.changed

    def get(self, reader_id: str) -> Reader:
        with self.db.read() as conn:
            reader = reader_queries.get(conn, reader_id)
        if reader is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This reader is no longer registered.")
            )
        return reader

    def search(self, typed: str, limit: int = reader_queries.SEARCH_LIMIT) -> list[Reader]:
        with self.db.read() as conn:
            return reader_queries.search(conn, typed, limit)

    def find(self, typed: str, limit: int = reader_queries.SEARCH_LIMIT) -> ReaderMatches:
        """The readers matching what was typed; when fewer than ``SIMILAR_WHEN`` do, also those
        whose name is a slip away from it (one or two letters)."""
        with self.db.read() as conn:
            found = reader_queries.search(conn, typed, limit)
            if len(found) >= SIMILAR_WHEN or not typed.strip():
                return ReaderMatches(found)
            near = similar_readers.similar(conn, typed, {r.id for r in found}, SIMILAR_LIMIT)
        return ReaderMatches(found, [reader for _, reader in near])

    def activity(self, reader_id: str) -> ReaderActivity:
        """Everything the reader's page shows beside the registration: loans now and before,
        this year's visits by channel, events, courses and blocks."""
        year = self.today().year
        with self.db.read() as conn:
            history = loan_queries.history_of_reader(conn, reader_id)
            history.sort(key=lambda line: line.loan.lent_on or "", reverse=True)
            return ReaderActivity(
                year=year,
                loans=loan_queries.open_loans_of_reader(conn, reader_id),
                history=history,
                visits=reader_activity_queries.visits_by_channel(conn, reader_id, year),
                events=reader_activity_queries.events_attended(conn, reader_id),
                courses=reader_activity_queries.course_progress(conn, reader_id),
                blocks=reader_activity_queries.block_history(conn, reader_id),
            )

    def by_card(self, typed: str) -> Reader | None:
        """The reader whose card was scanned or typed, or None."""
        with self.db.read() as conn:
            return code_lookup.reader_by_card(conn, typed)

    def duplicates(
        self,
        surname: str | None,
        given_name: str | None,
        birth_year: int | None,
        phone: str | None,
        exclude_id: str | None = None,
    ) -> list[Reader]:
        """Readers who may be this person (same name and birth year, or same phone)."""
        with self.db.read() as conn:
            return reader_queries.duplicates(
                conn, surname, given_name, birth_year, phone, exclude_id
            )

    def export_personal_data(self, reader_id: str, path: Path) -> Path:
        """Write everything held about the reader to ``path`` (JSON, UTF-8), for the reader."""
        with self.db.read() as conn:
            data = personal_data_queries.personal_data(conn, reader_id)
        if data is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This reader is no longer registered.")
            )
        data = {"exported_on": self.today().isoformat(), **data}
        for key in ("categories", "registration_years"):
            if isinstance(data["reader"].get(key), str):
                data["reader"][key] = json_text.loads(data["reader"][key])
        data["reader"]["registration_years"] = registration_years(
            data["reader"].get("registration_years"),
            {int(r["year"]) for r in data["reregistrations"]},
        )
        try:
            path.write_text(
                json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
        except OSError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file {path} could not be written: {reason}"),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        return path

    def count(self) -> int:
        with self.db.read() as conn:
            return reader_queries.count(conn)
