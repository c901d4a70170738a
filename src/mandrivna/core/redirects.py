"""Records merged into others (a duplicate reader into the reader kept, a hub spelt twice into
the hub kept): the record each id stands for now, the same on every replica.

A merge writes ``merged_into`` on the record merged away; it is a field like any other, so two
coordinators merging at once, or a chain of merges, arrive in any order. Following the links
gives the record kept; a loop (A into B on one laptop, B into A on another) is broken the same
way everywhere: its smallest id is the one kept. Pure functions.
"""

from __future__ import annotations

from collections.abc import Mapping


def kept(record_id: str, merged_into: Mapping[str, str | None]) -> str:
    """The id ``record_id`` stands for after every merge."""
    seen: list[str] = []
    current = record_id
    while True:
        target = merged_into.get(current)
        if not target or target == current:
            return current
        if current in seen:  # a loop: its smallest member is kept
            return min(seen[seen.index(current) :])
        seen.append(current)
        current = target


def kept_map(merged_into: Mapping[str, str | None]) -> dict[str, str]:
    """For every id merged away, the id kept (ids not merged are left out)."""
    return {
        rid: kept(rid, merged_into)
        for rid, target in merged_into.items()
        if target and kept(rid, merged_into) != rid
    }


def groups(merged_into: Mapping[str, str | None]) -> dict[str, set[str]]:
    """For every id kept that others were merged into: itself and every id merged into it."""
    out: dict[str, set[str]] = {}
    for rid, keeper in kept_map(merged_into).items():
        out.setdefault(keeper, {keeper}).add(rid)
    return out
