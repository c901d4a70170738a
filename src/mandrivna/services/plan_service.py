"""The plan and the coordinator's entries (issue #14): targets per indicator and year (optionally
per quarter and per hub), the 2024 plan loadable as a ready example, figures done in years the
app has no records of (2022, 2023 from the plan), and the virtual entries (virtual visits and
virtual users per period from a source, with what the figure measures).

Every figure and entry is a replicated record, so it syncs like everything else. A figure's id is
made from what it is (kind, year, indicator, period, hub) and an entry's from its kind, source and
period: entering the same figure or the same month again replaces it, on every laptop, and is
never added to it. An entry whose period overlaps another of the same source is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.indicators import BY_CODE
from mandrivna.core.plan_figures import (
    DONE_BEFORE,
    FIGURE_KINDS,
    PERIODS,
    PLAN_2024,
    PlanFigure,
    figure_id,
)
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.visits import (
    VIRTUAL_KINDS,
    VIRTUAL_MEASURES,
    VirtualVisits,
    virtual_entry_id,
    virtual_source,
)
from mandrivna.services.first_view import FirstView
from mandrivna.services.service import Service
from mandrivna.store import plan_queries

PLAN_2024_NOTE = "План роботи ЛОУНБ на 2024 рік"
DONE_NOTE = "За планом роботи ЛОУНБ на 2024 рік"


class PlanService(Service):
    # whose laptop ----------------------------------------------------------------------
    def is_coordinator(self) -> bool:
        """Whether this laptop is the coordinator's (enrolled as such): the plan page is its."""
        return FirstView(self.db).has_coordinator_role()

    # plan figures ----------------------------------------------------------------------
    def figures(self, year: int | None = None) -> list[PlanFigure]:
        with self.db.read() as conn:
            return plan_queries.figures(conn, year)

    def years(self) -> list[int]:
        """Years that have plan figures."""
        with self.db.read() as conn:
            return plan_queries.figure_years(conn)

    def set_figure(
        self,
        kind: str,
        year: int,
        indicator: str,
        value: int,
        period: str = "year",
        hub: str | None = None,
        note: str | None = None,
    ) -> tuple[str, Changed]:
        """A target (``kind="target"``), or a figure done in a year without records
        (``"done"``), for the year or a quarter, the whole library or one hub. The same figure
        entered again replaces it."""
        fields = _figure_fields(kind, year, indicator, value, period, hub, note)
        fid = figure_id(kind, year, indicator, period, fields["hub"])
        with self.db.write() as writer:
            writer.upsert("plan_figure", fid, fields)
        return fid, writer.changed

    def delete_figure(self, figure_id: str) -> Changed:
        with self.db.write() as writer:
            writer.delete("plan_figure", figure_id, [])
        return writer.changed

    def load_plan_2024(self) -> Changed:
        """The 2024 plan's annual library-wide targets, and the figures it gives as done in
        2022 and 2023, in one write (loading again replaces them, adds nothing)."""
        example = [(2024, "target", PLAN_2024, PLAN_2024_NOTE)]
        example += [(year, "done", done, DONE_NOTE) for year, done in DONE_BEFORE.items()]
        with self.db.write() as writer:
            for year, kind, values, note in example:
                for indicator, value in values.items():
                    fields = _figure_fields(kind, year, indicator, value, "year", None, note)
                    writer.upsert(
                        "plan_figure", figure_id(kind, year, indicator, "year", None), fields
                    )
        return writer.changed

    # virtual entries -------------------------------------------------------------------
    def virtual_entries(self, year: int | None = None) -> list[VirtualVisits]:
        with self.db.read() as conn:
            return plan_queries.virtual_entries(conn, year)

    def set_virtual(
        self,
        period_start: dt.date,
        period_end: dt.date,
        source: str,
        count: int,
        kind: str = "visits",
        measure: str = "sessions",
        replaces: str | None = None,
    ) -> tuple[str, Changed]:
        """Virtual visits or virtual users of a period from a source. The same source and period
        again replaces the entry; a period overlapping another entry of the same source is
        refused (so nothing is counted twice). ``replaces`` is the entry being edited."""
        if kind not in VIRTUAL_KINDS or measure not in VIRTUAL_MEASURES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."),
                name=kind if kind not in VIRTUAL_KINDS else measure,
            )
        if period_end < period_start:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
        if count < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A count cannot be negative."))
        source = virtual_source(source)
        if not source:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say where the figure comes from."))
        start, end = period_start.isoformat(), period_end.isoformat()
        entry_id = virtual_entry_id(kind, source, start, end)
        with self.db.write() as writer:
            overlapping = plan_queries.overlapping_virtual(writer.conn, kind, source, start, end)
            clashes = [v for v in overlapping if v.id not in (entry_id, replaces)]
            # the same entry again keeps the source as first spelt
            source = next((v.source for v in overlapping if v.id == entry_id), None) or source
            if clashes:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{source} already has an entry for {start} – {end}; edit that one "
                        "instead of adding another.",
                    ),
                    source=source,
                    start=clashes[0].period_start,
                    end=clashes[0].period_end,
                )
            if replaces and replaces != entry_id:
                writer.delete("virtual_visits", replaces, [])
            writer.upsert(
                "virtual_visits",
                entry_id,
                {
                    "period_start": start,
                    "period_end": end,
                    "source": source,
                    "count": count,
                    "kind": kind,
                    "measure": measure,
                },
            )
        return entry_id, writer.changed

    def delete_virtual(self, entry_id: str) -> Changed:
        with self.db.write() as writer:
            writer.delete("virtual_visits", entry_id, [])
        return writer.changed


def _figure_fields(
    kind: str,
    year: int,
    indicator: str,
    value: int,
    period: str,
    hub: str | None,
    note: str | None,
) -> dict[str, Any]:
    if kind not in FIGURE_KINDS or period not in PERIODS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."),
            name=kind if kind not in FIGURE_KINDS else period,
        )
    if indicator not in BY_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown indicator {name}."), name=indicator
        )
    if not 2000 <= year <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{year} is not a plan year."), year=year)
    if value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A count cannot be negative."))
    return {
        "kind": kind,
        "year": year,
        "indicator": indicator,
        "period": period,
        "hub": " ".join((hub or "").split()) or None,
        "value": int(value),
        "note": " ".join((note or "").split()) or None,
    }
