"""Registering, editing and erasing readers. Every write goes through the change log."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.reader import PERSONAL_FIELDS, validate_reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.database import Database
from mandrivna.store.replica import Changed


class ReaderService:
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def register(
        self, surname: str, given_name: str, consent: bool, **details: Any
    ) -> tuple[str, Changed]:
        """A new reader. Consent to personal-data processing must be given before anything is
        stored."""
        if not consent:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The reader must consent to personal-data processing before registration.",
                )
            )
        today = self.today()
        fields = validate_reader({"surname": surname, "given_name": given_name, **details}, today)
        device = self.db.device()
        fields.setdefault("registration_hub", device.hub_name if device else None)
        fields.setdefault("registered_on", today.isoformat())
        fields["consent_on"] = today.isoformat()
        reader_id = str(uuid.uuid4())
        with self.db.write() as writer:
            writer.upsert("reader", reader_id, fields)
        return reader_id, writer.changed

    def edit(self, reader_id: str, **fields: Any) -> Changed:
        clean = validate_reader(fields, self.today())
        with self.db.write() as writer:
            writer.upsert("reader", reader_id, clean)
        return writer.changed

    def erase(self, reader_id: str) -> Changed:
        """Delete a reader: a tombstone that syncs; personal data erased, counts kept."""
        with self.db.write() as writer:
            writer.delete("reader", reader_id, list(PERSONAL_FIELDS))
        return writer.changed
