"""The desk's two counters beside the visit tallies: a person served without a card ("a new
person without a card", each person once: they count among the users served) and an item used
in the hub without being taken away (in-house use, counted in книговидача). Each press is a fact
at this hub today, in the open session if there is one; a correction of today's total is a fact
holding the difference, as the tallies' are, so nothing recorded is rewritten."""

from __future__ import annotations

from typing import Any

from mandrivna.core.change import Changed
from mandrivna.core.desk import DESK_COUNTERS
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.service import Service
from mandrivna.store import desk_queries


def _check(counter: str) -> None:
    if counter not in DESK_COUNTERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=counter)


class DeskCounters(Service):
    def add(self, counter: str, count: int = 1) -> tuple[str, Changed]:
        """``count`` more people served without a card, or items used in the hub, today."""
        _check(counter)
        if count < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A count must be at least 1."))
        return self._fact(counter, count)

    def total(self, counter: str) -> int:
        """Today's total of a counter at this hub, corrections included."""
        _check(counter)
        with self.db.read() as conn:
            return desk_queries.counter_total(
                conn, counter, self.today().isoformat(), self.device().hub_name
            )

    def totals(self) -> dict[str, int]:
        return {counter: self.total(counter) for counter in DESK_COUNTERS}

    def correct(self, counter: str, total: int) -> Changed:
        """Set today's total of a counter to ``total`` (only today's can be corrected)."""
        _check(counter)
        if total < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A count cannot be negative."))
        difference = total - self.total(counter)
        if difference == 0:
            return Changed()
        return self._fact(counter, difference)[1]

    def _fact(self, counter: str, count: int) -> tuple[str, Changed]:
        hub = self.device().hub_name
        day = self.today().isoformat()
        with self.db.read() as conn:
            session = desk_queries.open_session(conn, hub, day)
        fields: dict[str, Any] = {
            "day": day,
            "hub": hub,
            "count": count,
            "session_id": session.id if session else None,
        }
        if counter == "person_served":
            fields["channel"] = (session.channel if session else None) or "non_stationary"
        fact_id = new_id()
        with self.db.write() as writer:
            writer.fact(counter, fact_id, fields)
        return fact_id, writer.changed
