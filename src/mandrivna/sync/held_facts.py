"""A catch-up's pulled facts held between their pages' arrival and their transaction.

The facts a catch-up pulls after a snapshot's records are written ``FACTS_AT_ONCE`` at a time
(``sync_engine.catch_up_by_snapshot``): the tables' index of ids then takes each transaction's
facts in order (sorted by ``caught_up_facts``), and each of its pages is written once a
transaction rather than once a page pulled. Each page is made rows as it arrives
(``wire.pulled_fact_rows``) and its parsed JSON let go: rows hold less than the pages did (peak
memory of a whole library's catch-up 897 → 518 MB), and the work is spread between the
transactions instead of added to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mandrivna.core.change import Change
from mandrivna.core.fact_shape import FactShape
from mandrivna.wire import PullResponse, pulled_fact_rows

# Facts written in one transaction (2,000,000 visits with random ids, their lookup indexes left
# out: 76 s a page of 5,000 at a time, 32 s 100,000 at a time; docs/benchmarks.md).
FACTS_AT_ONCE = 100_000


class HeldFacts:
    """Pages' facts made rows, waiting to be written together with the last page's cursor."""

    def __init__(self, shapes: Mapping[str, FactShape]) -> None:
        self.shapes = shapes
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.rest: list[Change] = []
        self.count = 0  # facts and other changes held
        self.last: PullResponse | None = None  # the last page held: its cursor and chain

    def add(self, page: PullResponse) -> None:
        """Hold a page's facts, all of them or none (a page refused half-way is not held)."""
        rows: dict[str, list[tuple[Any, ...]]] = {}
        rest: list[Change] = []
        pulled_fact_rows(page.devices, page.changes, self.shapes, rows, rest)
        for name, made in rows.items():
            self.rows.setdefault(name, []).extend(made)
        self.rest.extend(rest)
        self.count += len(page.changes)
        self.last = page

    @property
    def full(self) -> bool:
        return self.count >= FACTS_AT_ONCE

    def take(
        self,
    ) -> tuple[dict[str, list[tuple[Any, ...]]], list[Change], PullResponse | None]:
        """What is held (rows, other changes, the last page), no longer held."""
        taken = self.rows, self.rest, self.last
        self.rows, self.rest, self.count, self.last = {}, [], 0, None
        return taken
