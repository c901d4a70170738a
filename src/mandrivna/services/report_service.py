"""The report against the plan: for a period (a year, a quarter, a month, the plan's cumulative
periods or any days) and for the library or one hub, every indicator's plan, expectation,
figure, percentage and the same period a year earlier; what each hub last sent; the records
behind a figure; and the monthly figures the dashboard charts. Reads only; any thread.

Hubs are named in the data as each laptop wrote them; the hub directory resolves every
spelling to one hub (``core.hubs``), and a merged duplicate reader stands for the reader kept
(``core.redirects``), so both count once.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import redirects, report_counting, report_rows
from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.hubs import HubDirectory, clean
from mandrivna.core.report_counting import Aggregates, ByHub, Figure
from mandrivna.core.report_periods import Period, month
from mandrivna.core.report_rows import HubSync, Report
from mandrivna.services.service import Service
from mandrivna.store import directory_queries, report_cache, report_details, report_queries
from mandrivna.store.report_details import DetailLine

__all__ = ["DetailLine", "MonthFigures", "ReportService"]


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """A month's figures for the dashboard (of the library or one hub)."""

    month: int
    figures: dict[str, int | None]


class _Names:
    """Hub keys (the directory's hub id, else the name as written) and readers kept."""

    def __init__(self, conn: Connection) -> None:
        self.directory: HubDirectory = directory_queries.hub_directory(conn)
        self.merged = redirects.kept_map(directory_queries.reader_redirects(conn))
        self._keys: dict[str | None, str] = {}
        self._written: dict[str, str] = {}  # a key's first name as written in the data

    def hub_key(self, name: str | None) -> str:
        if name not in self._keys:
            key = self.directory.hub_of(name) or clean(name or "")
            self._keys[name] = key
            if name and clean(name):
                self._written.setdefault(key, clean(name))
        return self._keys[name]

    def reader_key(self, reader_id: str) -> str:
        return self.merged.get(reader_id, reader_id)

    def hub_name(self, key: str) -> str:
        """The hub's name in the directory, else as the data wrote it: never a bare id."""
        hub = self.directory.hubs.get(key)
        if hub is not None and hub.name:
            return hub.name
        return self._written.get(key, key)


def aggregates(conn: Connection, period: Period, names: _Names, cached: bool = True) -> Aggregates:
    """The period's aggregates: from the daily figures kept for whole months of a year (after
    ``report_cache.refresh``), else (or not ``cached``) from the facts."""
    start, end = period.bounds

    def people(pairs: tuple[str, dict[str, Any]]) -> tuple[int, dict[str, int]]:
        hubs: set[str] = set()
        for year in range(period.start.year, period.end.year + 1):
            hubs |= report_cache.written_hubs(conn, year)
        hub_map = {h: names.hub_key(h) for h in hubs}
        return report_cache.count_people(conn, pairs, hub_map, names.merged)

    common: dict[str, Any] = {
        "events": report_queries.events(conn, start, end),
        "courses": report_queries.courses_completed(conn, start, end),
        "collection": report_queries.collection(conn, start, end),
        "parcels": report_queries.parcels_sent(conn, start, end),
        "virtual": report_queries.virtual_entries(conn, start, end),
    }
    months = report_cache.whole_months(start, end) if cached else None
    if months is None:
        return Aggregates(
            visits=report_queries.visits_by_channel(conn, start, end),
            loans=report_queries.loan_events(conn, start, end),
            e_loans=report_queries.e_loans(conn, start, end),
            consultations=report_queries.consultations(conn, start, end),
            desk=report_queries.counted_at_desk(conn, start, end),
            served=people(report_queries.served_pairs_sql(start, end)),
            registered=people(report_cache.registered_pairs_sql(start, end, period.whole_year)),
            **common,
        )
    year, mask = months
    figures = report_cache.month_figures(conn, start, end)

    def part(prefix: str) -> dict[str, ByHub]:
        return {k[len(prefix) :]: v for k, v in figures.items() if k.startswith(prefix)}

    return Aggregates(
        visits=part("visits."),
        loans=part("loans."),
        e_loans=part("e_loans."),
        consultations=part("consultations."),
        desk=part("desk."),
        served=report_cache.people_counts(conn, year, "served", mask, names.hub_key, names.merged),
        registered=report_cache.people_counts(
            conn,
            year,
            "registered",
            mask | (report_cache.YEAR_BIT if period.whole_year else 0),
            names.hub_key,
            names.merged,
        ),
        **common,
    )


def _end_ms(day: dt.date) -> int:
    """The end of a day on this laptop's clock (ms)."""
    return int(time.mktime((day + dt.timedelta(days=1)).timetuple()) * 1000) - 1


class ReportService(Service):
    def hubs(self, period: Period | None = None) -> list[tuple[str, str]]:
        """The hubs a report can be made for: (key, name), by name. The directory's hubs, the
        hubs the laptops work at, and (given a period) every hub its records name."""
        with self.db.read() as conn:
            names = _Names(conn)
            keys = {h.id for h in names.directory.live()}
            for hub, _, _ in report_queries.newest_from_laptops(conn):
                if hub:
                    keys.add(names.hub_key(hub))
            keys.update(names.hub_key(hub) for hub in report_queries.hubs_at_work(conn))
            device = self.db.device()
            if device is not None:
                keys.add(names.hub_key(device.hub_name))
        if period is not None:
            figures, _ = self.figures(period)
            keys.update(k for f in figures.values() for k in f.by_hub)
        return sorted(((k, names.hub_name(k)) for k in keys if k), key=lambda p: p[1].casefold())

    def find_hub(self, typed: str, period: Period | None = None) -> str | None:
        """The key of the hub a typed name stands for (any spelling the directory knows, or a
        hub's name), or None."""
        with self.db.read() as conn:
            key = _Names(conn).hub_key(typed)
        for hub, name in self.hubs(period):
            if key == hub or clean(typed).casefold() == name.casefold():
                return hub
        return None

    def refresh(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Compute the daily figures of the days whose facts changed (the first report after
        a sync or an update does most of it); how many days. ``progress(done, total)``."""
        with self.db.read() as conn:
            if not report_cache.any_stale(conn):
                return 0
        with self.db.transaction(durable=False) as conn:
            return report_cache.refresh(conn, progress)

    def figures(
        self, period: Period, cached: bool = True
    ) -> tuple[dict[str, Figure], Callable[[str], str]]:
        """Every indicator's figure for the library and per hub, and the hubs' names
        (``cached`` False: counted from the facts, never from the daily figures)."""
        self.refresh()
        with self.db.read() as conn:
            names = _Names(conn)
            data = aggregates(conn, period, names, cached)
        return report_counting.count(data, names.hub_key), names.hub_name

    def report(self, period: Period, hub: str | None = None) -> Report:
        """The report for the library (``hub`` None) or one hub (its key from ``hubs``)."""
        self.refresh()
        before = period.year_before()
        with self.db.read() as conn:
            names = _Names(conn)
            figures = report_counting.count(aggregates(conn, period, names), names.hub_key)
            last_year = None
            if report_queries.records_in_year(conn, before.start.year):
                last_year = report_counting.count(aggregates(conn, before, names), names.hub_key)
            plan = report_queries.plan_figures(conn, period.start.year)
            plan_before = report_queries.plan_figures(conn, before.start.year)
            laptops = report_queries.newest_from_laptops(conn)
            worked = report_queries.hubs_at_work(conn)
        rows = report_rows.rows(figures, last_year, plan, plan_before, period, hub, names.hub_key)
        return Report(
            period,
            hub,
            names.hub_name(hub) if hub else None,
            rows,
            self._as_of(laptops, worked, period, hub, names),
        )

    def _as_of(
        self,
        laptops: list[tuple[str | None, str | None, int]],
        worked: dict[str | None, str],
        period: Period,
        hub: str | None,
        names: _Names,
    ) -> list[HubSync]:
        """Per hub, the newest change held from its laptops (their profiles), else the end of
        the last day it worked (a service session or an event)."""
        newest: dict[str, int] = {}
        for written, _, stamp in laptops:
            key = names.hub_key(written)
            if key and (hub is None or key == hub):
                newest[key] = max(newest.get(key, 0), wall_ms_of(stamp))
        for written, day in worked.items():
            key = names.hub_key(written)
            if key and key not in newest and (hub is None or key == hub):
                worked_on = min(dt.date.fromisoformat(day[:10]), self.today())  # not planned days
                newest[key] = _end_ms(worked_on)
        end_ms = _end_ms(period.end)
        ended = period.end < self.today()  # a period still running has no late hubs yet
        return sorted(
            (HubSync(names.hub_name(k), ms, ended and ms < end_ms) for k, ms in newest.items()),
            key=lambda h: h.hub.casefold(),
        )

    def details(
        self, code: str, period: Period, hub: str | None = None, limit: int = 5000
    ) -> list[DetailLine]:
        """The records behind a figure: who, when, where, what (at most ``limit``)."""
        with self.db.read() as conn:
            names = _Names(conn)
            lines = report_details.lines(conn, code, period, limit)
        out = []
        for line in lines:
            if hub is not None and names.hub_key(line.hub) != hub:
                continue
            shown = names.directory.display(line.hub) if line.hub else ""
            out.append(DetailLine(line.day, shown, line.who, line.what, line.count))
        return out

    def monthly(self, year: int, hub: str | None = None) -> list[MonthFigures]:
        """Each month's figures of the year (the dashboard's charts)."""
        out = []
        for m in range(1, 13):
            figures, _ = self.figures(month(year, m))
            out.append(MonthFigures(m, {c: f.for_hub(hub) for c, f in figures.items()}))
        return out

    def by_hub(self, period: Period) -> list[tuple[str, dict[str, int]]]:
        """Each hub's figures of the period (hub name, figures), by name."""
        figures, hub_name = self.figures(period)
        keys = {k for f in figures.values() for k in f.by_hub}
        return sorted(
            (
                (hub_name(k) if k else "—", {c: f.by_hub.get(k, 0) for c, f in figures.items()})
                for k in keys
            ),
            key=lambda p: p[0].casefold(),
        )

    def audience(self, period: Period, hub: str | None = None) -> dict[str, int]:
        """Event attendance by audience group."""
        with self.db.read() as conn:
            names = _Names(conn)
            start, end = period.bounds
            events = report_queries.events(conn, start, end)
        if hub is not None:
            events = [e for e in events if names.hub_key(e.hub) == hub]
        return report_counting.audience(events)
