"""Counting visits, the one place visit facts are written: anonymous tallies by channel at this
hub today (and their corrections), a served reader's one visit a day per hub (the desk and
events count it here), and virtual visits entered for a period."""

from __future__ import annotations

import datetime as dt

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.visits import VISIT_CHANNELS, VISIT_SOURCES, reader_visit_id
from mandrivna.services.plan_service import PlanService
from mandrivna.services.service import Service
from mandrivna.store import desk_queries
from mandrivna.store.change_writer import ChangeWriter


def _check_channel(channel: str) -> None:
    if channel not in VISIT_CHANNELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown visit channel {name}."), name=channel
        )


class VisitService(Service):
    def tally(
        self, channel: str, count: int = 1, day: dt.date | None = None
    ) -> tuple[str, Changed]:
        """Anonymous visits by channel at this hub (today unless ``day`` is given)."""
        _check_channel(channel)
        if count < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A visit count must be at least 1."))
        return self._tally_fact(channel, count, day or self.today())

    def tally_total(self, channel: str) -> int:
        """Today's anonymous visits of a channel at this hub, corrections included."""
        with self.db.read() as conn:
            return desk_queries.tally_total(
                conn, self.today().isoformat(), self.device().hub_name, channel
            )

    def correct_tally(self, channel: str, total: int) -> Changed:
        """Set today's anonymous tally of a channel to ``total`` (a correction fact holding the
        difference, so nothing recorded is rewritten). Only today's tallies can be corrected."""
        _check_channel(channel)
        if total < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A visit count cannot be negative."))
        difference = total - self.tally_total(channel)
        if difference == 0:
            return Changed()
        return self._tally_fact(channel, difference, self.today())[1]

    def _tally_fact(self, channel: str, count: int, day: dt.date) -> tuple[str, Changed]:
        hub = self.device().hub_name
        visit_id = new_id()
        with self.db.write() as writer:
            writer.fact(
                "visit",
                visit_id,
                {
                    "day": day.isoformat(),
                    "hub": hub,
                    "channel": channel,
                    "count": count,
                    "reader_id": None,
                    "source": "tally",
                },
            )
        return visit_id, writer.changed

    def count_reader(
        self,
        writer: ChangeWriter,
        reader_id: str | None,
        channel: str,
        hub: str,
        *,
        source: str,
    ) -> None:
        """Inside a write: the reader was served today at ``hub``, which counts one visit a day
        per hub on every laptop (the visit's id is made from reader, day and hub; the first
        service of the day gives the visit its channel and ``source``)."""
        if reader_id is None:
            return
        if source not in VISIT_SOURCES:
            raise ValueError(f"unknown visit source {source}")
        day = self.today().isoformat()
        writer.fact(
            "visit",
            reader_visit_id(reader_id, day, hub),
            {
                "day": day,
                "hub": hub,
                "channel": channel,
                "count": 1,
                "reader_id": reader_id,
                "source": source,
            },
        )

    def add_virtual_visits(
        self, period_start: dt.date, period_end: dt.date, source: str, count: int
    ) -> Changed:
        """Virtual visits (web sessions) entered as a period total from a source (website,
        social network): one entry per source and period, a second replaces the first."""
        plan = PlanService(self.db, self._today)
        return plan.set_virtual(period_start, period_end, source, count)[1]
