"""Which daily backups to keep: the newest of each of the last 7 days that have one, of the
last 4 weeks and of the last 12 months (grandfather-father-son). Everything else may go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _newest_per(
    backups: Sequence[tuple[str, dt.datetime]],
    period: Callable[[dt.datetime], Hashable],
    count: int,
) -> set[str]:
    kept: set[str] = set()
    seen: list[Hashable] = []
    for name, when in sorted(backups, key=lambda b: b[1], reverse=True):
        key = period(when)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.append(key)
        kept.add(name)
    return kept


def to_keep(backups: Iterable[tuple[str, dt.datetime]]) -> set[str]:
    """Names of the backups to keep, from (name, time taken) pairs."""
    items = list(backups)
    return (
        _newest_per(items, lambda t: t.date(), DAILY)
        | _newest_per(items, lambda t: t.isocalendar()[:2], WEEKLY)
        | _newest_per(items, lambda t: (t.year, t.month), MONTHLY)
    )
