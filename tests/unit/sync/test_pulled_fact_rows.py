"""Property: a catch-up's pulled facts made rows straight from the page
(``wire.pulled_fact_rows``) are the rows the store makes from the same changes
(``caught_up_facts.split``), and every change it does not take whole — an entity or a field this
version does not know, a required field missing, an operation that is not a fact's, a record —
is the very ``Change`` it was, in the page's order."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core.change import Change, Op
from mandrivna.store import caught_up_facts
from mandrivna.wire import from_pulled, pulled_fact_rows
from tests.unit.store.test_caught_up_facts import DEVICES, EXAMPLES, one_fact


@st.composite
def pulled(draw) -> list[Change]:
    seqs: dict[str, int] = defaultdict(int)
    changes = []
    for _ in range(draw(st.integers(0, 25))):
        change = draw(one_fact(seqs))
        other = draw(st.sampled_from(["fact"] * 6 + ["upsert", "record"]))
        if other == "upsert":  # a fact entity's change that is not a fact (no app writes it)
            change = Change(change.device_id, change.seq, change.hlc, change.entity,
                            change.entity_id, Op.UPSERT, change.fields, 0)  # fmt: skip
        elif other == "record":
            change = Change(change.device_id, change.seq, change.hlc, "reader",
                            change.entity_id, Op.UPSERT, {"surname": "Коваль"}, 3)  # fmt: skip
        changes.append(change)
    return changes


def as_wire(devices: list[str], change: Change) -> tuple:
    return (devices.index(change.device_id), change.seq, change.hlc, change.entity,
            change.entity_id, change.op.value, change.fields, change.seen)  # fmt: skip


@settings(max_examples=EXAMPLES, deadline=None)
@given(pages=st.lists(pulled(), max_size=3))
def test_facts_made_rows_from_the_page_are_the_stores_own(pages) -> None:
    devices = list(reversed(DEVICES))  # a page's own order of devices
    rows: dict[str, list[tuple]] = {}
    rest: list[Change] = []
    for page in pages:
        pulled_fact_rows(devices, [as_wire(devices, c) for c in page], caught_up_facts.shapes(),
                         rows, rest)  # fmt: skip
    changes = [c for page in pages for c in page]
    expected_rows, expected_rest = caught_up_facts.split(changes)
    assert rows == {name: made for name, made in expected_rows.items() if made}
    assert rest == expected_rest
    assert [from_pulled(devices, as_wire(devices, c)) for c in rest] == rest
    assert sum(map(len, rows.values())) + len(rest) == len(changes)


def test_a_page_refused_half_way_is_not_held() -> None:
    """A page whose second change names no device of its list is refused whole: nothing of
    it is held, so nothing of it is written with the cursor of the page before."""
    from mandrivna.sync.held_facts import HeldFacts
    from mandrivna.wire import PullResponse

    visit = {"day": "2026-12-07", "hub": "Хаб", "channel": "stationary", "count": 1}
    good = PullResponse(devices=["d"], changes=[(0, 1, 5, "visit", "v1", "f", visit, 0)],
                        cursor=1, more=True, chain="c1")  # fmt: skip
    bad = PullResponse(devices=["d"], changes=[(0, 2, 6, "visit", "v2", "f", visit, 0),
                                               (3, 3, 7, "visit", "v3", "f", visit, 0)],
                       cursor=3, more=True, chain="c3")  # fmt: skip
    held = HeldFacts(caught_up_facts.shapes())
    held.add(good)
    with pytest.raises(ValueError, match="names device"):
        held.add(bad)
    rows, rest, last = held.take()
    assert [row[0] for row in rows["visit"]] == ["v1"] and rest == [] and last is good
