"""Pages fetched one ahead: while the caller applies a page, the next is already on its way.

The server's work and the wire overlap the laptop's own (parsing, merging, writing), instead of
adding up. One request is in flight at a time, each on a short-lived I/O thread of its own
(``prefetching``). A page still in flight when the caller stops (a failure while applying, a
signal to stop, or enough) is simply dropped, and not waited for: a cursor moves only with a
page applied locally, and a sync told to stop (SIGTERM, the terminal closed) ends at once
instead of waiting up to the read timeout for an answer nobody will use. The threads only
fetch and parse (no database), so one left behind holds nothing. A caller that writes many
pages at a time (a catch-up's facts) has them fetched several ahead (``pages_streamed``).

The first page of a run is asked small (``page_sizes``) and the pages grow from there: nothing
overlaps the wait for the first page, so the laptop starts applying (and the progress moves)
after the server made a few hundred changes instead of a whole page.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

Page = TypeVar("Page")
T = TypeVar("T")

FIRST_PAGE = 500  # changes or records asked in a run's first page
GROWTH = 4  # each page after it asks this many times what the one before asked


def page_sizes(batch: int) -> Iterator[int]:
    """How many changes or records each page of a run asks for: a few first, then ``GROWTH``
    times more each page, never more than ``batch``. Each page is fetched while the one before
    is applied, and the server makes a page several times faster than the laptop applies it,
    so the next page is ready however fast they grow. (Grown from what was asked, not from
    what came: a page may bring fewer, or none, while more follow — the server leaves out the
    laptop's own changes.)"""
    size = min(batch, FIRST_PAGE)
    while True:
        yield size
        size = min(batch, size * GROWTH)


class Fetcher:
    """Runs each fetch on a daemon thread of its own: a fetch nobody waits for any more (the
    caller failed or was told to stop) does not hold the process up."""

    def __init__(self, name: str) -> None:
        self.name = name

    def submit(self, fetch: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fetch(*args))
            except BaseException as exc:  # handed to whoever waits for the page
                future.set_exception(exc)

        threading.Thread(target=run, name=self.name, daemon=True).start()
        return future


def prefetching(name: str = "sync-prefetch") -> AbstractContextManager[Fetcher]:
    """The I/O threads of a run of fetches (nothing to close: a fetch left in flight at the
    block's end is dropped)."""
    return nullcontext(Fetcher(name))


def pages_ahead(
    fetcher: Fetcher,
    first: Callable[[], Page],
    following: Callable[[Page], Callable[[], Page] | None],
) -> Iterator[Page]:
    """``first()``, then each page's ``following`` fetch (None: it was the last), each fetch
    started before the previous page is handed over."""
    page = first()
    while True:
        fetch = following(page)
        ahead: Future[Page] | None = fetcher.submit(fetch) if fetch is not None else None
        try:
            yield page
        except BaseException:  # closed early (the caller failed, or had enough)
            if ahead is not None:
                ahead.cancel()
            raise
        if ahead is None:
            return
        page = ahead.result()


_DONE = object()  # the last page was handed over


def pages_streamed(
    first: Callable[[], Page],
    following: Callable[[Page], Callable[[], Page] | None],
    depth: int,
    name: str = "sync-stream",
) -> Iterator[Page]:
    """``pages_ahead`` with up to ``depth`` pages waiting (and one more on its way) instead of
    one: for a caller that writes many pages at a time (a catch-up's facts,
    ``held_facts.FACTS_AT_ONCE``), so that the server goes on making pages while the laptop
    writes. The pages come in order; a fetch's failure comes where its page would have. When
    the caller stops early the thread stops at its next page, and a fetch in flight is dropped,
    as in ``pages_ahead``."""
    pages: queue.Queue[tuple[Any, BaseException | None]] = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def hand_over(item: tuple[Any, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                pages.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            page = first()
            while hand_over((page, None)):
                fetch = following(page)
                if fetch is None:
                    hand_over((_DONE, None))
                    return
                if stop.is_set():  # the caller stopped while the page was handed over
                    return
                page = fetch()
        except BaseException as exc:  # handed to the caller where its page would have been
            hand_over((None, exc))

    threading.Thread(target=run, name=name, daemon=True).start()
    try:
        while True:
            page, failure = pages.get()
            if failure is not None:
                raise failure
            if page is _DONE:
                return
            yield page
    finally:
        stop.set()
