"""The server's check of each pushed change (``validation.change_problem``) gives the verdicts of
the rules as first written, now that entity names already found good are not matched again."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from mandrivna.core.change import Change, Op
from mandrivna.core.merge import TOMBSTONE_HLC
from mandrivna.wire import MAX_ID, MAX_NUMBER, NAME, PushRequest, fields_problem
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


# Push bodies as JSON may hold them: mostly as the app sends them, with odd slots now and then.
def _odd(good):
    odd = st.sampled_from([True, None, 1.5, 2.0, "7", [], {}, "x" * 37, -3, 0, 2**62 + 1])
    return st.sampled_from([good] * 30 + [odd]).flatmap(lambda chosen: chosen)


_rows = st.lists(
    st.one_of(
        st.tuples(
            _odd(st.integers(0, 2**63 - 1)),
            _odd(st.sampled_from(["reader", "bib_record"])),
            _odd(st.text(max_size=5)),
            _odd(st.sampled_from(["u", "d", "f"])),
            _odd(st.dictionaries(st.text(max_size=3), st.integers() | st.text(max_size=3))),
            _odd(st.integers(0, 2**63 - 1)),
        ).map(list),
        st.lists(st.integers(0, 3), max_size=7),
    ),
    max_size=6,
)
_bodies = st.fixed_dictionaries(
    {
        "origin": _odd(st.just("aaaaaaaa-0000-4000-8000-000000000001")),
        "first_seq": _odd(st.integers(1, 2**62)),
        "changes": _odd(_rows),
    },
    optional={"extra": st.integers()},
)


@given(_bodies)
def test_a_plain_push_is_what_pydantic_makes_of_it(body):
    plain = validation.plain_push(body)
    try:
        validated = PushRequest.model_validate(body)
    except ValidationError:
        assert plain is None
        return
    assert plain is None or plain.model_dump() == validated.model_dump()
    assert plain is None or [type(row) for row in plain.changes] == [tuple] * len(plain.changes)
