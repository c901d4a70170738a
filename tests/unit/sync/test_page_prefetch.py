"""Pages fetched one ahead (or several, for a caller writing many at a time): order kept, the
next fetches under way while a page is applied, never more than asked ahead, a failure where
its page would have been, a page in flight dropped when the caller stops."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from itertools import islice

import pytest

from mandrivna.sync.page_prefetch import (
    FIRST_PAGE,
    page_sizes,
    pages_ahead,
    pages_streamed,
    prefetching,
)
from mandrivna.sync.sync_engine import run_sync
from tests.support.many_visits import write_visits
from tests.support.two_laptops import laptops


def _numbers(last: int, log: list[str], gate: dict[int, threading.Event] | None = None):
    def fetch(n: int) -> Callable[[], int]:
        def run() -> int:
            if gate and n in gate:
                gate[n].wait(5)
            log.append(f"fetched {n}")
            return n

        return run

    def following(page: int) -> Callable[[], int] | None:
        return fetch(page + 1) if page < last else None

    return fetch(0), following


def test_pages_come_in_order_and_all_of_them() -> None:
    log: list[str] = []
    first, following = _numbers(6, log)
    with prefetching() as fetcher:
        assert list(pages_ahead(fetcher, first, following)) == list(range(7))
    assert log == [f"fetched {n}" for n in range(7)]


def test_the_next_page_is_fetched_while_one_is_applied() -> None:
    log: list[str] = []
    first, following = _numbers(2, log)
    seen: list[int] = []
    with prefetching() as fetcher:
        for page in pages_ahead(fetcher, first, following):
            if page == 0:  # page 1 arrives while page 0 is still being applied
                for _ in range(500):
                    if "fetched 1" in log:
                        break
                    threading.Event().wait(0.01)
                assert "fetched 1" in log
            seen.append(page)
    assert seen == [0, 1, 2]


def test_a_failure_while_applying_stops_fetching() -> None:
    log: list[str] = []
    gate = {2: threading.Event()}
    first, following = _numbers(10, log, gate)
    with pytest.raises(RuntimeError), prefetching() as fetcher:
        for page in pages_ahead(fetcher, first, following):
            if page == 1:  # page 2 is held at the gate: it is still in flight when we fail
                gate[2].set()
                raise RuntimeError("applying failed")
    assert "fetched 3" not in log  # nothing after the page in flight was asked for


def test_a_page_in_flight_is_not_waited_for_when_the_caller_stops() -> None:
    """A sync told to stop (SIGTERM, the terminal closed) ends at once, not when the server
    answers a page nobody will apply (with a thread pool, the block's end waited for it)."""
    log: list[str] = []
    gate = {1: threading.Event()}  # page 1 never comes while we wait
    first, following = _numbers(10, log, gate)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), prefetching() as fetcher:
        for _page in pages_ahead(fetcher, first, following):
            raise KeyboardInterrupt  # as a signal's handler raises it
    assert time.monotonic() - started < 2  # the gate holds page 1 for 5 s
    gate[1].set()


def _waited(condition: Callable[[], bool]) -> bool:
    for _ in range(500):
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_streamed_pages_come_in_order_fetched_up_to_the_depth_ahead() -> None:
    log: list[str] = []
    first, following = _numbers(20, log)
    pages = pages_streamed(first, following, depth=4)
    assert next(pages) == 0
    # while page 0 is being written, pages 1 to 4 wait, and one more is fetched, not handed over
    assert _waited(lambda: len(log) == 6)
    time.sleep(0.3)
    assert len(log) == 6  # no further
    assert list(pages) == list(range(1, 21))
    assert log == [f"fetched {n}" for n in range(21)]


def test_a_streamed_fetch_failure_comes_where_its_page_would_have() -> None:
    pages_seen: list[int] = []

    def fetch(n: int) -> Callable[[], int]:
        def run() -> int:
            if n == 3:
                raise ConnectionError("link lost")
            return n

        return run

    with pytest.raises(ConnectionError):
        for page in pages_streamed(fetch(0), lambda page: fetch(page + 1), depth=10):
            pages_seen.append(page)
    assert pages_seen == [0, 1, 2]  # every page that did arrive, before the failure


def test_streaming_stops_when_the_caller_stops() -> None:
    log: list[str] = []
    gate = {2: threading.Event()}  # page 2 is in flight when the caller stops
    first, following = _numbers(50, log, gate)
    for page in pages_streamed(first, following, depth=3):
        if page == 1:
            break
    gate[2].set()
    assert _waited(lambda: "fetched 2" in log)
    time.sleep(0.3)  # the thread saw the stop as it handed page 2 over
    assert "fetched 3" not in log


def test_a_run_asks_a_small_first_page_then_pages_growing_to_the_batch() -> None:
    assert list(islice(page_sizes(5000), 5)) == [FIRST_PAGE, 2000, 5000, 5000, 5000]
    assert FIRST_PAGE == 500
    assert list(islice(page_sizes(300), 3)) == [300, 300, 300]  # never more than the batch


def test_a_pull_asks_the_pages_growing_and_gets_everything(tmp_path) -> None:
    with laptops(tmp_path) as laptop:
        hub, new = laptop("hub"), laptop("new")
        write_visits(hub.db, 7_000, day="2026-12-07")
        run_sync(hub.store, hub.transport)
        asked: list[int] = []
        pull = new.transport.pull

        def recording(after: int, limit: int, facts_upto: int | None = None):  # type: ignore[no-untyped-def]
            asked.append(limit)
            return pull(after, limit, facts_upto)

        new.transport.pull = recording  # type: ignore[method-assign]
        report = run_sync(new.store, new.transport, snapshot_from=0)
        assert report.pulled == 7_000
        assert asked == [500, 2000, 5000]
        with new.db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM visit").scalar_one() == 7_000
