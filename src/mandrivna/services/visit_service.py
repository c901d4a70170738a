"""Counting visits: anonymous headcounts by channel (facts in the change log)."""

from __future__ import annotations

import datetime as dt
import uuid

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.database import Database

CHANNELS = ("stationary", "non_stationary", "remote", "virtual")


class VisitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def tally(
        self, channel: str, count: int = 1, day: dt.date | None = None, reader_id: str | None = None
    ) -> tuple[str, Changed]:
        if channel not in CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown visit channel {name}."), name=channel
            )
        if count < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A visit count must be at least 1."))
        device = self.db.device()
        visit_id = str(uuid.uuid4())
        with self.db.write() as writer:
            writer.fact(
                "visit",
                visit_id,
                {
                    "day": (day or dt.date.today()).isoformat(),
                    "hub": device.hub_name if device else "",
                    "channel": channel,
                    "count": count,
                    "reader_id": reader_id,
                },
            )
        return visit_id, writer.changed
