from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.change import Change, Op
from mandrivna.core.merge import RecordState, merge_record, merge_state


def upsert(dev, seq, hlc, fields, seen=0):
    return Change(dev, seq, hlc, "reader", "r1", Op.UPSERT, fields, seen)


def delete(dev, seq, erase):
    return Change(dev, seq, 0, "reader", "r1", Op.DELETE, dict.fromkeys(erase))


def final(changes):
    state = RecordState()
    conflicts = []
    for change in changes:
        conflicts += merge_record(state, change)[1]
    return state, conflicts


def test_newest_stamp_wins_field_by_field():
    state, _ = final(
        [upsert("a", 1, 10, {"phone": "1", "surname": "X"}), upsert("b", 1, 20, {"phone": "2"})]
    )
    assert state.values == {"phone": "2", "surname": "X"}


def test_tie_is_broken_by_device_id_deterministically():
    a = upsert("a", 1, 10, {"phone": "A"})
    b = upsert("b", 1, 10, {"phone": "B"})
    assert final([a, b])[0].values == final([b, a])[0].values == {"phone": "B"}


def test_delete_erases_for_good_whatever_the_order():
    edit = upsert("a", 1, 99, {"surname": "Петренко", "notes": "x"})
    tomb = delete("b", 1, ["surname"])
    for order in ([edit, tomb], [tomb, edit]):
        state, _ = final(order)
        assert state.values["surname"] is None
        assert state.deleted
        assert state.values["notes"] == "x"  # a field the delete did not name still merges


def test_concurrent_overwrite_is_reported_whichever_arrives_first():
    a = upsert("a", 1, 10, {"phone": "111"}, seen=0)
    b = upsert("b", 1, 20, {"phone": "222"}, seen=0)  # b had not seen a's write
    for order in ([a, b], [b, a]):
        state, conflicts = final(order)
        assert state.values["phone"] == "222"
        assert [(c.kept_value, c.lost_value) for c in conflicts] == [("222", "111")]


def test_later_edit_that_saw_the_value_is_no_conflict():
    a = upsert("a", 1, 10, {"phone": "111"})
    b = upsert("b", 1, 20, {"phone": "222"}, seen=10)
    assert final([a, b])[1] == [] and final([b, a])[1] == []


ops = st.lists(
    st.tuples(
        st.sampled_from("abc"),
        st.integers(1, 50),
        st.booleans(),
        st.dictionaries(
            st.sampled_from(["surname", "phone", "notes"]),
            st.sampled_from([None, "x", "y", "Ї"]),
            min_size=1,
        ),
    ),
    max_size=8,
)


@given(ops, st.randoms(use_true_random=False))
def test_merge_result_does_not_depend_on_arrival_order_or_repeats(raw, rnd):
    changes = []
    for seq, (dev, hlc, is_delete, fields) in enumerate(raw, 1):
        changes.append(
            delete(dev, seq, list(fields)) if is_delete else upsert(dev, seq, hlc, fields)
        )
    expected = final(changes)[0]
    for _ in range(10):
        shuffled = changes[:]
        rnd.shuffle(shuffled)
        state = final(shuffled + shuffled[:2])[0]  # and some arrive twice
        assert state.values == expected.values
        assert state.stamps == expected.stamps


@given(ops, st.integers(0, 8))
def test_merging_a_snapshot_equals_replaying_its_changes(raw, split):
    """A replica that receives part of the history as a merged state and the rest as changes
    ends where one that replayed every change ends."""
    changes = []
    for seq, (dev, hlc, is_delete, fields) in enumerate(raw, 1):
        changes.append(
            delete(dev, seq, list(fields)) if is_delete else upsert(dev, seq, hlc, fields)
        )
    expected = final(changes)[0]
    snapshot = final(changes[:split])[0]
    state = final(changes[split:])[0]
    merge_state(state, snapshot)
    assert state.values == expected.values and state.stamps == expected.stamps


def _field_by_field(state, change):
    """``merge_record`` as the general path does it, one field at a time."""
    from mandrivna.core.merge import DELETED_FIELD, TOMBSTONE_HLC, merge_field

    incoming = dict(change.fields)
    hlc = change.hlc
    if change.op is Op.DELETE:
        incoming[DELETED_FIELD], hlc = True, TOMBSTONE_HLC
    stamp = [hlc, change.device_id, change.seen]
    changed = {
        name for name, value in incoming.items() if merge_field(state, name, value, stamp)[0]
    }
    return changed


@given(ops)
def test_a_new_record_merges_as_field_by_field(raw):
    """The short cut for a record not held yet (the bulk of a catch-up) gives what merging each
    field gives, for a change and for a snapshot's state."""
    for seq, (dev, hlc, is_delete, fields) in enumerate(raw, 1):
        change = delete(dev, seq, list(fields)) if is_delete else upsert(dev, seq, hlc, fields)
        fast, slow = RecordState(), RecordState()
        assert merge_record(fast, change) == (_field_by_field(slow, change), [])
        assert (fast.values, fast.stamps) == (slow.values, slow.stamps)
        into = RecordState()
        assert merge_state(into, fast) == []
        assert (into.values, into.stamps) == (fast.values, fast.stamps)
