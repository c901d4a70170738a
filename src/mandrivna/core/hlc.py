"""Hybrid logical clock (HLC): stamps that order every write across devices.

A stamp is one integer, ``wall_ms << 16 | counter``, so it sorts, compares and travels cheaply.
The clock never goes backwards, even when the laptop's wall clock does: a stamp is always greater
than the last one issued or observed. A remote stamp far ahead of our wall clock (a laptop whose
date is set days wrong) is *not* adopted, so it cannot poison this device's clock; the caller is
told, so it can flag it. Any thread may use a clock, but one clock per device is owned by the store,
which persists ``last`` in the same transaction as the change it stamped.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# How far ahead of our own wall clock a remote stamp may be and still be adopted.
DEFAULT_MAX_AHEAD_MS = 10 * 60 * 1000


def wall_clock_ms() -> int:
    """The machine's wall clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms_of(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def counter_of(stamp: int) -> int:
    return stamp & COUNTER_MASK


class HybridClock:
    """Issues strictly increasing stamps; merges remote stamps within a bound."""

    def __init__(
        self,
        last: int = 0,
        physical: Callable[[], int] = wall_clock_ms,
        max_ahead_ms: int = DEFAULT_MAX_AHEAD_MS,
    ) -> None:
        self.last = last
        self._physical = physical
        self._max_ahead_ms = max_ahead_ms

    def now(self) -> int:
        """A new stamp for a local event, greater than every stamp seen so far."""
        physical = self._physical()
        last_wall, last_counter = wall_ms_of(self.last), counter_of(self.last)
        if physical > last_wall:
            stamp = pack(physical, 0)
        elif last_counter < COUNTER_MASK:
            stamp = pack(last_wall, last_counter + 1)
        else:  # 65536 events in one millisecond: borrow the next millisecond
            stamp = pack(last_wall + 1, 0)
        self.last = stamp
        return stamp

    def is_far_ahead(self, remote: int, reference_ms: int | None = None) -> bool:
        """True when ``remote`` lies further ahead than the bound allows of our wall clock, or
        of ``reference_ms`` when that is later (the server's time: a laptop whose date is
        behind must still take in the healthy laptops' stamps)."""
        now = self._physical() if reference_ms is None else max(self._physical(), reference_ms)
        return wall_ms_of(remote) > now + self._max_ahead_ms

    def observe(self, remote: int, reference_ms: int | None = None) -> bool:
        """Take a remote stamp into account. Returns False (and ignores it) when it is far
        ahead (see ``is_far_ahead``)."""
        if self.is_far_ahead(remote, reference_ms):
            return False
        if remote > self.last:
            self.last = remote
        return True
