"""Pages fetched one ahead: while the caller applies a page, the next is already on its way.

The server's work and the wire overlap the laptop's own (parsing, merging, writing), instead of
adding up. One request is in flight at a time, on one short-lived I/O thread the caller owns
(``prefetching``). A page still in flight when the caller stops (a failure while applying, or
enough) is simply dropped: a cursor moves only with a page applied locally.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from typing import TypeVar

Page = TypeVar("Page")


def prefetching() -> AbstractContextManager[ThreadPoolExecutor]:
    """The one I/O thread of a run of fetches (closed, and waited for, at the block's end)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-prefetch")


def pages_ahead(
    fetcher: ThreadPoolExecutor,
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
