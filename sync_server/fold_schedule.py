"""When the background fold of records for snapshots runs: out of the pushes' way, and never
far behind.

Folding takes the push lock a chunk at a time (``SyncStorage.materialize_step``); a step that
falls between two pushes of a laptop holds the second one up for as long as the step takes. So
the upkeep waits while changes keep arriving and folds once the server has been quiet for
``quiet_s``; a change that has waited ``within_s`` is folded whatever comes in, so the snapshot
records are never more than about ``within_s`` behind the log. Snapshots are correct whenever
the fold runs: the first page of a snapshot folds what is left under the push lock.
"""

from __future__ import annotations

from sync_server.storage_api import FoldLag

# Fold once no change has arrived for this long (a laptop's pushes come well under a second
# apart; a sync's status, pushes and pull within a few).
QUIET_S = 2.0
# A change waits at most this long to be folded, however busy the server is.
WITHIN_S = 60.0


def wait_s(
    lag: FoldLag | None, now_ms: int, quiet_s: float = QUIET_S, within_s: float = WITHIN_S
) -> float | None:
    """Seconds to wait before folding the next step: None when nothing is left to fold, 0 to
    fold now (the server has been quiet for ``quiet_s``, or the oldest change not yet folded
    arrived ``within_s`` ago), else the time until one of those may hold (at most ``quiet_s``,
    so a clock that jumps costs a check, not a long wait)."""
    if lag is None:
        return None
    since_newest = (now_ms - lag.newest_ms) / 1000
    since_oldest = (now_ms - lag.oldest_ms) / 1000
    if since_newest >= quiet_s or since_oldest >= within_s:
        return 0.0
    return max(0.0, min(quiet_s - since_newest, within_s - since_oldest, quiet_s))
