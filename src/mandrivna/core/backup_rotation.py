"""Which backups to keep. Daily ones: the newest of each of the last 7 days that have one, of
the last 4 weeks and of the last 12 months (grandfather-father-son). The copies taken before an
update of the database, or before the demo replaced it: the newest two of each kind (the data
they hold lives on in the database and in the daily backups; on a full year's data each is
gigabytes, and a laptop updated every month would otherwise fill its disk). Backups made by
hand, before a restore (the replaced database may hold work no other copy has) and damaged
files kept aside are never removed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence

DAILY, WEEKLY, MONTHLY = 7, 4, 12
# Kinds of automatic copy of a database that lives on, and how many of each are kept.
SUPERSEDED_COPIES = {"before-migration": 2, "before-demo": 2}


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


def copies_to_remove(backups: Iterable[tuple[str, dt.datetime, str]]) -> set[str]:
    """Names of the copies to remove, from (name, time taken, kind): of each kind in
    ``SUPERSEDED_COPIES``, all but its newest; other kinds are left alone."""
    remove: set[str] = set()
    for kind, count in SUPERSEDED_COPIES.items():
        of_kind = sorted(
            ((name, when) for name, when, k in backups if k == kind),
            key=lambda b: b[1],
            reverse=True,
        )
        remove.update(name for name, _when in of_kind[count:])
    return remove
