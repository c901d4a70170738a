"""The history id of the SQL backend changes when its log is numbered again (as a server put back
from a backup numbers new changes again from where the backup ended)."""

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
