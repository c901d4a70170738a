"""Python's cycle collector held off while a big pulled page is applied.

Applying thousands of records makes tens of thousands of short-lived containers (rows, terms,
stamps' text); each 700 of them start a collection of the young objects, and every tenth of
those of older ones, up to passes over every object the process holds. None of the page's
objects form cycles (reference counting frees them as soon as the page is written), so those
passes find nothing: 7–9 % of the CPU of applying a page of new readers or catalogue records
(`docs/benchmarks.md`, issue #17). ``paused`` turns the collector off for the page and back on
after it, only if it was on; the collector is process-wide, so a page applied on the sync
thread also delays collections of the others' cycles by that long (a fraction of a second),
which changes nothing but when memory of cycles is given back.

A catch-up's arrival as a whole (``sync_engine.catch_up_by_snapshot``: its pages read and
parsed, its facts made rows between their transactions, millions of short-lived objects) holds
the collector off the same way (``held_off``): with it on, a whole library's catch-up spent 11 s
of its 119 in the collector (56 passes over every object the process holds), and the laptop's
peak memory was the same without it (544 MB against 512–532 MB): the catch-up leaves no cycles
worth collecting. In the app the other threads' cycles wait for its end, a minute or two. An
ordinary pull's pages are read with it held off too (``sync_engine.pull_all``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Pages smaller than this keep the collector as it is (a desk write, a small pull).
PAUSE_FROM = 500


@contextmanager
def paused(size: int) -> Iterator[None]:
    """No cyclic collection inside, for a batch of ``size`` changes or states of
    ``PAUSE_FROM`` or more while the collector is on; the collector is on again after."""
    if size < PAUSE_FROM:
        yield
        return
    with held_off():
        yield


@contextmanager
def held_off() -> Iterator[None]:
    """No cyclic collection inside while the collector is on; the collector is on again after
    (also after an error). A collector already off stays off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
