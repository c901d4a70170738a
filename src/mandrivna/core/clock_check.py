"""Whether this laptop's date and time look wrong, and how: told to the librarian at start and
in the status bar, so that work is not recorded under a wrong date.

A laptop's clock is *behind* when it reads earlier than the app's release, or more than a day
earlier than the newest stamp it has received from other laptops (which the server checked
against its own clock); it is *ahead* when the last sync found it more than the allowed bound
ahead of the server's clock (and it has not been set back since). Pure functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS, wall_ms_of

DAY_MS = 24 * 3600 * 1000
# No laptop running this version can truly be at an earlier date.
RELEASED = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
RELEASED_MS = int(RELEASED.timestamp() * 1000)


@dataclass(frozen=True)
class ClockProblem:
    """``kind`` is "ahead" or "behind"; ``by_ms`` how far, as far as is known (0: unknown)."""

    kind: str
    by_ms: int


def clock_problem(
    wall_ms: int,
    newest_seen_hlc: int | None,
    skew_ms: int | None,
    server_time_ms: int | None,
) -> ClockProblem | None:
    """What is wrong with the clock reading ``wall_ms``, if anything. ``skew_ms`` and
    ``server_time_ms``: what the last sync found (this clock minus the server's, and the
    server's time then)."""
    if wall_ms < RELEASED_MS:
        return ClockProblem("behind", RELEASED_MS - wall_ms)
    if newest_seen_hlc:
        newest = wall_ms_of(newest_seen_hlc)
        if wall_ms < newest - DAY_MS:
            return ClockProblem("behind", newest - wall_ms)
    if skew_ms is None or server_time_ms is None or skew_ms <= DEFAULT_MAX_AHEAD_MS:
        return None
    if wall_ms < server_time_ms + skew_ms:
        return None  # set back since that sync
    return ClockProblem("ahead", skew_ms)
