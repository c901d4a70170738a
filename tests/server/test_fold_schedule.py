"""When the background fold runs (``fold_schedule.wait_s``): now once the server has been quiet
or a change has waited its bound, else not before one of those can hold."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync_server.fold_schedule import wait_s
from sync_server.storage_api import FoldLag

MS = st.integers(0, 10**7)
SECONDS = st.floats(0.01, 100.0)


def test_nothing_to_fold_waits_for_nothing() -> None:
    assert wait_s(None, 5_000) is None


def test_pushes_still_arriving_hold_the_fold_back() -> None:
    lag = FoldLag(oldest_ms=10_000, newest_ms=19_500)
    assert wait_s(lag, 20_000, quiet_s=2.0, within_s=60.0) == 1.5
    assert wait_s(lag, 21_500, quiet_s=2.0, within_s=60.0) == 0.0  # quiet for 2 s: fold


def test_a_change_that_waited_its_bound_is_folded_though_pushes_keep_coming() -> None:
    lag = FoldLag(oldest_ms=0, newest_ms=59_900)
    assert wait_s(lag, 59_900, quiet_s=2.0, within_s=60.0) == pytest.approx(0.1)
    assert wait_s(lag, 60_000, quiet_s=2.0, within_s=60.0) == 0.0


@given(MS, MS, MS, SECONDS, SECONDS)
def test_the_fold_waits_only_until_it_may_run(oldest, after, now, quiet, within) -> None:
    """Zero exactly when the server was quiet for ``quiet`` or the oldest change waited
    ``within``; otherwise a wait no longer than ``quiet`` after which, if nothing else arrives,
    the fold may run (or the wait was cut at ``quiet`` and the next check waits again)."""
    lag = FoldLag(oldest, oldest + after)
    wait = wait_s(lag, now, quiet, within)
    assert wait is not None
    may_run = (now - lag.newest_ms) / 1000 >= quiet or (now - lag.oldest_ms) / 1000 >= within
    assert (wait == 0) == may_run
    assert 0 <= wait <= quiet
    if 0 < wait < quiet:
        later = now + int(wait * 1000) + 1
        assert wait_s(lag, later, quiet, within) == 0
