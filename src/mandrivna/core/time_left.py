"""How long a long job has left, from how fast it has gone so far (the sync's progress in the
command line and on the Sync page)."""

from __future__ import annotations

import time
from collections.abc import Callable

# Below this much time or work seen, a rate would be a guess: no estimate yet.
SETTLE_S = 1.0


class TimeLeft:
    """Seconds left for ``total`` at the rate ``done`` has grown since the first figures."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._start: tuple[float, int] | None = None

    def seconds(self, done: int, total: int) -> float | None:
        """Seconds left, or None while there is nothing to go on (or nothing left to do)."""
        now = self.clock()
        if self._start is None or done < self._start[1]:
            self._start = (now, done)
            return None
        started, at_first = self._start
        elapsed, progressed = now - started, done - at_first
        if elapsed < SETTLE_S or progressed <= 0 or total <= done:
            return None
        return (total - done) * elapsed / progressed


def rounded_minutes_seconds(seconds: float) -> tuple[int, int]:
    """(minutes, seconds), the seconds rounded up to 5 once the minutes count."""
    whole = max(1, round(seconds))
    if whole < 60:
        return 0, whole
    minutes, rest = divmod(whole, 60)
    rest = min(55, -(-rest // 5) * 5)
    return minutes, rest
