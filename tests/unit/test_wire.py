"""Changes on the wire are encoded and decoded by ``mandrivna.wire`` only, by the app and the
server alike: whatever a laptop sends decodes to the same ``Change`` in a push, a pull page and
a page of its own changes taken back."""

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.change import Change, Op
from mandrivna.wire import from_own, from_pulled, from_pushed, op_of, to_pushed

values = st.none() | st.booleans() | st.integers(-(2**62), 2**62) | st.text(max_size=20)
changes = st.builds(
    Change,
    device_id=st.uuids().map(str),
    seq=st.integers(1, 2**62),
    hlc=st.integers(0, 2**62),
    entity=st.sampled_from(["reader", "visit", "loan", "bib_record"]),
    entity_id=st.text(min_size=1, max_size=64),
    op=st.sampled_from(Op),
    fields=st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,9}", fullmatch=True), values),
    seen=st.integers(0, 2**62),
)


@given(changes)
def test_a_change_decodes_to_itself_in_every_message(change):
    pushed = json.loads(json.dumps(to_pushed(change)))  # as the server reads it off the wire
    assert from_pushed(change.device_id, change.seq, pushed) == change
    pulled = [1, change.seq, *pushed]
    assert from_pulled(["another-origin", change.device_id], pulled) == change
    assert from_own(change.device_id, [change.seq, *pushed]) == change


@given(changes)
def test_a_pulled_change_is_the_very_change_its_init_makes(change):
    """``from_pulled`` and ``from_own`` make a change by its slots' setters, not ``__init__``:
    the same object in every way the app looks at it."""
    row = (0, change.seq, *to_pushed(change))
    for made in (from_pulled([change.device_id], row), from_own(change.device_id, row[1:])):
        assert type(made) is Change
        assert dataclasses.astuple(made) == dataclasses.astuple(change)
        assert made == change and repr(made) == repr(change)
        assert made.op is change.op and made.fields is row[6]
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.seq = 0  # type: ignore[misc]


def test_an_op_no_app_writes_is_refused_by_name():
    assert [op_of(code) for code in ("u", "d", "f")] == [Op.UPSERT, Op.DELETE, Op.FACT]
    with pytest.raises(ValueError, match="unknown op 'x'"):
        from_pushed("o", 1, (0, "visit", "v1", "x", {}, 0))
    with pytest.raises(ValueError, match="unknown op 'x'"):
        from_pulled(["o"], (0, 1, 0, "visit", "v1", "x", {}, 0))
    with pytest.raises(ValueError, match="unknown op 'x'"):
        from_own("o", (1, 0, "visit", "v1", "x", {}, 0))
