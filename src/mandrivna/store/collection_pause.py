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
    if size < PAUSE_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
