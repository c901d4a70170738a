"""Report periods: a year, a quarter, a month, the plan's cumulative periods (I кв., I півріччя,
9 міс., рік) or any range of days, with the same period a year earlier and the share of the year
a period covers (for the pro-rata expectation of an annual target). Pure functions.

The period of a fact is the date of the service (``day``, an event's start, a copy's
acquisition), never the date it was synced (indicators.md, rule R9).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

# The plan's cumulative periods: how many quarters from the start of the year.
CUMULATIVE = {
    1: QT_TRANSLATE_NOOP("periods", "Q1"),
    2: QT_TRANSLATE_NOOP("periods", "first half-year"),
    3: QT_TRANSLATE_NOOP("periods", "nine months"),
    4: QT_TRANSLATE_NOOP("periods", "year"),
}


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date | str) -> bool:
        if isinstance(day, str):
            day = dt.date.fromisoformat(day[:10])
        return self.start <= day <= self.end

    @property
    def bounds(self) -> tuple[str, str]:
        """ISO dates for a query: ``start <= day <= end`` compares as text."""
        return self.start.isoformat(), self.end.isoformat()

    def year_before(self) -> Period:
        return Period(_year_earlier(self.start), _year_earlier(self.end))

    def share_of_year(self) -> float:
        """The part of its year this period covers, by days (1.0 for a whole year). A period
        spanning two years is measured against the year it starts in."""
        year_days = 366 if calendar.isleap(self.start.year) else 365
        return min(1.0, self.days / year_days)

    @property
    def whole_year(self) -> int | None:
        """The year, if the period is exactly one calendar year."""
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            return self.start.year if self.start.year == self.end.year else None
        return None

    def quarters(self) -> list[int] | None:
        """The calendar quarters of its year that the period is made of exactly, if it is."""
        year = self.start.year
        if self.end.year != year:
            return None
        covered = [q for q in range(1, 5) if quarter(year, q).start >= self.start]
        covered = [q for q in covered if quarter(year, q).end <= self.end]
        if not covered:
            return None
        if quarter(year, covered[0]).start != self.start or quarter(year, covered[-1]).end != (
            self.end
        ):
            return None
        return covered


def _year_earlier(day: dt.date) -> dt.date:
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31))


def quarter(y: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise ValueError("a quarter is 1 to 4")
    first = 3 * (q - 1) + 1
    return Period(dt.date(y, first, 1), month(y, first + 2).end)


def month(y: int, m: int) -> Period:
    return Period(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]))


def cumulative(y: int, quarters: int) -> Period:
    """From the start of the year to the end of quarter ``quarters`` (I кв. … рік)."""
    return Period(dt.date(y, 1, 1), quarter(y, quarters).end)


def months(period: Period) -> list[Period]:
    """The months the period touches, each cut to the period (for monthly charts)."""
    out = []
    y, m = period.start.year, period.start.month
    while dt.date(y, m, 1) <= period.end:
        whole = month(y, m)
        out.append(Period(max(whole.start, period.start), min(whole.end, period.end)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
