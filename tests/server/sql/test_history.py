"""The history id of the SQL backend changes when its log is numbered again (as a server put back
from a backup numbers new changes again from where the backup ended)."""

from hypothesis import given
from hypothesis import strategies as st

from sync_server.sql import history
from tests.server.test_storage import DEV_A, DEV_B, NOW, change, enrolled, key_of, push


def test_the_same_changes_in_another_order_make_another_history(storage):
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    key_b = key_of(storage, DEV_B)
    push(storage, DEV_A, 1, [change(n) for n in range(1, 4)])
    chain = storage.pull(key_b, 0, 2, NOW).chain
    with storage.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM server_change")
        conn.exec_driver_sql("UPDATE server_origin SET held_seq = 0")
    push(storage, DEV_A, 1, [change(1)])
    push(storage, DEV_B, 1, [change(1, "b")])
    assert storage.status(key_b, 2, None, NOW).chain != chain


@given(
    st.text(min_size=1, max_size=40),
    st.text(min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 2**62), st.integers(0, 2**62)), max_size=20),
)
def test_a_pushes_links_are_each_change_linked_in_turn(previous, origin, stamps):
    expected = []
    for seq, hlc in stamps:
        previous_link = expected[-1] if expected else previous
        expected.append(history.link(previous_link, origin, seq, hlc))
    assert history.links(previous, origin, stamps) == expected
