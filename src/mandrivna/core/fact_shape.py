"""How a fact's table row is made from its fields, as the store tells the sync: so that the
facts a catch-up pulls by the million become rows straight from the page, without a ``Change``
each (``wire.pulled_fact_rows``, ``store/caught_up_facts.py``).

A fact goes this way only when this version can store it whole: its operation a fact's, every
field known, every field its row requires present. Anything else stays a ``Change`` and goes
through the change log, as every pulled change did before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class FactShape:
    """One fact entity's row: ``(id, device_id, hlc, *make(fields))``."""

    known: frozenset[str]  # the fields this version stores
    required: tuple[str, ...]  # those a row cannot be written without
    make: Callable[[Mapping[str, Any]], tuple[Any, ...]]  # the fields' values in column order

    def takes(self, fields: Mapping[str, Any]) -> bool:
        """Whether a fact of these fields is stored whole."""
        return fields.keys() <= self.known and None not in map(fields.get, self.required)
