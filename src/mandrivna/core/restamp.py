"""New stamps for a laptop's unsent changes after its clock ran ahead of real time.

The server refuses changes stamped more than ``DEFAULT_MAX_AHEAD_MS`` ahead of its own clock (a
laptop whose date was set a year ahead would otherwise win every merge for a year). Changes the
server has not taken yet have been seen by no one else, so the laptop may give them new stamps:
each stamp ahead of the server's time moves back by the clock's error, the order of the changes
is kept, and every change still comes after what its writer had seen (``seen``) and after this
laptop's changes the server already holds. Pure functions; the store applies the result.
"""

from __future__ import annotations

from collections.abc import Sequence

from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS, pack, wall_ms_of


def ahead_limit(server_now_ms: int) -> int:
    """The greatest stamp the server accepts at ``server_now_ms``."""
    return pack(server_now_ms + DEFAULT_MAX_AHEAD_MS + 1, 0) - 1


def restamped(
    pending: Sequence[tuple[int, int]], floor: int, server_now_ms: int
) -> list[int] | None:
    """New stamps for ``pending`` — (stamp, seen) of the unsent changes, in the order they were
    written — or None when none of them is ahead of the server's time beyond the bound.

    ``floor``: every new stamp must be greater (the laptop's changes the server already holds).
    Stamps ahead move back by the newest one's distance from the server's time, so the newest
    lands on the server's time and the others keep their spacing; a stamp that is not ahead is
    kept unless order requires more. A ``seen`` ahead of the bound is not a real time and is
    not honoured."""
    limit = ahead_limit(server_now_ms)
    ahead = [stamp for stamp, _seen in pending if stamp > limit]
    if not ahead:
        return None
    error_ms = max(0, wall_ms_of(max(ahead)) - server_now_ms)
    shift = pack(error_ms, 0)
    out: list[int] = []
    previous = floor
    for stamp, seen in pending:
        candidate = stamp - shift if stamp > limit else stamp
        if seen <= limit:
            candidate = max(candidate, seen + 1)
        candidate = max(candidate, previous + 1)
        out.append(candidate)
        previous = candidate
    return out
