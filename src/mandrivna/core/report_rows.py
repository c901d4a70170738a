"""The report's rows: each indicator's plan, the expectation for the period (the quarterly
targets entered, else the annual target's pro-rata share, §7.5), what was done, the percentage
of the plan and the same period a year earlier (from the records, else the figures entered as
done, else the figures the 2024 plan gives for 2022 and 2023). Pure data and functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mandrivna.core.indicators import INDICATORS, Indicator
from mandrivna.core.plan_figures import DONE_BEFORE, PLAN_2024, percent
from mandrivna.core.report_counting import Figure
from mandrivna.core.report_periods import Period


@dataclass(frozen=True, slots=True)
class ReportRow:
    indicator: Indicator
    plan: int | None  # the year's target (the hub's, in a hub's report)
    expected: float | None  # what the plan expects of the period
    done: int | None  # None: not counted for a hub (entered for the library)
    last_year: int | None
    last_year_entered: bool = False  # from figures entered, not from records

    @property
    def percent(self) -> float | None:
        return None if self.done is None else percent(self.done, self.plan)

    @property
    def percent_expected(self) -> float | None:
        return None if self.done is None else percent(self.done, self.expected)


@dataclass(frozen=True, slots=True)
class HubSync:
    """What this laptop holds from a hub: its newest change (wall time, ms) and whether that is
    older than the end of the period (a late sync may still change the figures)."""

    hub: str
    newest_ms: int
    late: bool


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    hub: str | None  # the hub's key, None for the library
    hub_name: str | None
    rows: list[ReportRow]
    as_of: list[HubSync] = field(default_factory=list)

    @property
    def late_hubs(self) -> list[str]:
        return [h.hub for h in self.as_of if h.late]

    def row(self, code: str) -> ReportRow:
        return next(r for r in self.rows if r.indicator.code == code)


PlanFigures = Sequence[Mapping[str, Any]]


def _matching(
    figures: PlanFigures, kind: str, code: str, hub: str | None, hub_key: Callable[[str], str]
) -> dict[str, int]:
    out = {}
    for f in figures:
        if f.get("kind") != kind or f.get("indicator") != code or f.get("value") is None:
            continue
        written = f.get("hub")
        if (hub is None) != (written is None) or (written is not None and hub_key(written) != hub):
            continue
        out[str(f.get("period") or "year")] = int(f["value"])
    return out


def plan_for(
    figures: PlanFigures,
    year: int,
    code: str,
    period: Period,
    hub: str | None,
    hub_key: Callable[[str], str],
) -> tuple[int | None, float | None]:
    """(the year's target, the period's expectation)."""
    entered = _matching(figures, "target", code, hub, hub_key)
    if not [f for f in figures if f.get("kind") == "target"] and year == 2024 and hub is None:
        entered = {"year": PLAN_2024[code]} if code in PLAN_2024 else {}
    quarters = {int(p[1]): v for p, v in entered.items() if p in ("q1", "q2", "q3", "q4")}
    annual = entered.get("year")
    if annual is None and len(quarters) == 4:
        annual = sum(quarters.values())
    made_of = period.quarters()
    if made_of and all(q in quarters for q in made_of):
        return annual, float(sum(quarters[q] for q in made_of))
    if annual is None:
        return None, None
    return annual, annual * period.share_of_year()


def entered_done(
    figures: PlanFigures,
    code: str,
    period: Period,
    hub: str | None,
    hub_key: Callable[[str], str],
) -> int | None:
    """A figure entered as done for a past period (the whole year, or its quarters)."""
    entered = _matching(figures, "done", code, hub, hub_key)
    if period.whole_year is not None and "year" in entered:
        return entered["year"]
    made_of = period.quarters()
    if made_of and all(f"q{q}" in entered for q in made_of):
        return sum(entered[f"q{q}"] for q in made_of)
    if period.whole_year is not None and hub is None:
        return DONE_BEFORE.get(period.whole_year, {}).get(code)
    return None


def rows(
    figures: Mapping[str, Figure],
    last_year: Mapping[str, Figure] | None,
    plan: PlanFigures,
    plan_last_year: PlanFigures,
    period: Period,
    hub: str | None,
    hub_key: Callable[[str], str],
) -> list[ReportRow]:
    """A row for every indicator. ``last_year`` is None when the laptop holds no records of
    the year before (the entered figures stand in)."""
    out = []
    before = period.year_before()
    for indicator in INDICATORS:
        code = indicator.code
        annual, expected = plan_for(plan, period.start.year, code, period, hub, hub_key)
        figure = figures.get(code)
        done = figure.for_hub(hub) if figure else None
        if last_year is not None:
            previous = last_year[code].for_hub(hub) if code in last_year else None
            entered = False
        else:
            previous = entered_done(plan_last_year, code, before, hub, hub_key)
            entered = previous is not None
        out.append(ReportRow(indicator, annual, expected, done, previous, entered))
    return out
