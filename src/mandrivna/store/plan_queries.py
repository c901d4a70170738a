"""Reads of the plan (targets, and figures done in years without records) and of the virtual
entries (virtual visits and virtual users per period and source), for the coordinator's plan
page and the report."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from mandrivna.core.plan_figures import PlanFigure
from mandrivna.core.visits import VirtualVisits
from mandrivna.store import tables
from mandrivna.store.tables import from_row

_figure = tables.plan_figure
_virtual = tables.virtual_visits


def figures(conn: Connection, year: int | None = None) -> list[PlanFigure]:
    """The plan's figures (of a year, or all), not deleted."""
    query = select(_figure).where(_figure.c.deleted.is_(False))
    if year is not None:
        query = query.where(_figure.c.year == year)
    query = query.order_by(_figure.c.year, _figure.c.kind, _figure.c.indicator, _figure.c.period)
    return [from_row(PlanFigure, row) for row in conn.execute(query).mappings()]


def figure_years(conn: Connection) -> list[int]:
    rows = conn.execute(
        select(_figure.c.year).where(_figure.c.deleted.is_(False)).distinct()
    ).scalars()
    return sorted(int(y) for y in rows if y is not None)


def virtual_entries(conn: Connection, year: int | None = None) -> list[VirtualVisits]:
    """Virtual entries (of periods starting in a year, or all), newest period first."""
    query = select(_virtual).where(_virtual.c.deleted.is_(False))
    if year is not None:
        query = query.where(func.substr(_virtual.c.period_start, 1, 4) == f"{year:04d}")
    query = query.order_by(_virtual.c.period_start.desc(), _virtual.c.source)
    return [from_row(VirtualVisits, row) for row in conn.execute(query).mappings()]


def overlapping_virtual(
    conn: Connection, kind: str, source: str, start: str, end: str
) -> list[VirtualVisits]:
    """Live entries of the same kind and source (any case) whose period overlaps this one."""
    rows = conn.execute(
        select(_virtual).where(
            _virtual.c.deleted.is_(False),
            _virtual.c.period_start <= end,
            _virtual.c.period_end >= start,
        )
    ).mappings()
    found = [from_row(VirtualVisits, row) for row in rows]
    return [
        v
        for v in found
        if (v.kind or "visits") == kind and (v.source or "").casefold() == source.casefold()
    ]
