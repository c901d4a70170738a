"""The server's check of each pushed change (``validation.change_problem``) gives the verdicts of
the rules as first written, now that entity names already found good are not matched again."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.change import Change, Op
from mandrivna.core.merge import TOMBSTONE_HLC
from mandrivna.wire import MAX_ID, MAX_NUMBER, NAME, fields_problem
from sync_server import validation


def first_written(index: int, change: Change) -> str | None:
    if not 0 <= change.hlc < TOMBSTONE_HLC:
        return f"change {index}: its clock stamp is out of range"
    if not 0 <= change.seen <= MAX_NUMBER:
        return f"change {index}: its 'seen' stamp is out of range"
    if not NAME.fullmatch(change.entity):
        return f"change {index}: invalid entity name"
    if not 1 <= len(change.entity_id) <= MAX_ID or any("\x00" in t for t in [change.entity_id]):
        return f"change {index}: invalid entity id"
    if change.op is Op.DELETE and any(value is not None for value in change.fields.values()):
        return f"change {index}: a delete must erase its fields (null values)"
    problem = fields_problem(change.fields)
    if problem:
        return f"change {index}: {problem}"
    return None


changes = st.builds(
    Change,
    st.just("aaaaaaaa-0000-4000-8000-000000000001"),
    st.integers(1, 10),
    st.integers(-1, TOMBSTONE_HLC + 1),
    st.sampled_from(["reader", "bib_record", "Reader", "9x", "", "a" * 41, "visit_", "ї"]),
    st.sampled_from(["", "r-1", "a\x00b", "x" * MAX_ID, "x" * (MAX_ID + 1), "Ї"]),
    st.sampled_from(list(Op)),
    st.dictionaries(st.sampled_from(["name", "Name"]), st.none() | st.text(max_size=3)),
    st.integers(-1, MAX_NUMBER + 1),
)


@given(st.lists(changes, max_size=6))
def test_each_change_has_the_verdict_of_the_rules_as_first_written(batch):
    for index, change in enumerate(batch):
        assert validation.change_problem(index, change) == first_written(index, change)
