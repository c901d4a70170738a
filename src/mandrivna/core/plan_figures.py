"""The plan's figures: the 2024 plan's targets (with the figures done in 2022 and 2023, as the
plan gives them), a figure entered on the Plan page (``PlanFigure``: a year's or a quarter's
target, or a figure done in a year the app has no records of) with the id that makes entering it
again replace it, and the arithmetic of done against target. Pure data and functions; the
indicators themselves are in ``indicators``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# The 2024 plan's targets (annual, library-wide). ``loans.printed`` is the plan's total less
# its electronic loans; the plan gives it no row of its own.
PLAN_2024: dict[str, int] = {
    "users.served": 5000,
    "users.registered": 1900,
    "users.virtual": 1000,
    "visits.total": 35000,
    "visits.stationary": 0,
    "visits.non_stationary": 5200,
    "visits.remote": 3800,
    "visits.virtual": 26000,
    "loans.total": 5000,
    "loans.electronic": 3500,
    "loans.printed": 1500,
    "resources.free": 500,
    "reference.answers": 75,
    "reference.consultations": 250,
    "reference.educational": 150,
    "collection.books": 200,
    "collection.electronic": 500,
    "collection.processed": 200,
    "collection.catalogued": 200,
}

# Figures done in earlier years, as the 2024 plan reports them (2023: forecast as of
# 1 December 2023), for the "same period last year" column where no records exist.
DONE_BEFORE: dict[int, dict[str, int]] = {
    2022: {
        "users.served": 4109,
        "users.registered": 1920,
        "users.virtual": 1320,
        "visits.total": 52014,
        "visits.non_stationary": 2644,
        "visits.remote": 2681,
        "visits.virtual": 45914,
        "loans.total": 5885,
        "resources.free": 3536,
    },
    2023: {
        "users.served": 4800,
        "users.registered": 1500,
        "users.virtual": 750,
        "visits.total": 30546,
        "visits.non_stationary": 5165,
        "visits.remote": 3620,
        "visits.virtual": 21760,
        "loans.total": 1260,
        "resources.free": 280,
    },
}


def percent(done: float, target: float | None) -> float | None:
    """Done as a percentage of the target (None without a target, or for a target of 0)."""
    if not target:
        return None
    return 100.0 * done / target


def pro_rata(annual: float | None, share_of_year: float) -> float | None:
    """What an annual target expects of a period covering ``share_of_year`` of the year."""
    return None if annual is None else annual * share_of_year


PERIODS = ("year", "q1", "q2", "q3", "q4")
FIGURE_KINDS = ("target", "done")
_FIGURES = uuid.UUID("5a3c9e1d-7b2f-4c6a-9e08-1f4d6b2a8c37")


def figure_id(kind: str, year: int, indicator: str, period: str, hub: str | None) -> str:
    """The id of a plan figure: entering the same figure again replaces it, on every laptop."""
    return str(uuid.uuid5(_FIGURES, f"{kind}|{year}|{indicator}|{period}|{hub or ''}"))


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanFigure:
    """A plan's target, or a figure done in a year the app has no records of."""

    id: str
    kind: str | None = None  # target or done
    year: int | None = None
    indicator: str | None = None  # a code of ``INDICATORS``
    period: str | None = None  # year, q1 … q4
    hub: str | None = None  # None: the whole library
    value: int | None = None
    note: str | None = None
