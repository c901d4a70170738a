"""The gate that lets the database file be swapped for one under a new key: shared users run
together, the one who swaps waits for them and keeps new ones out until done."""

import threading
import time

from mandrivna.store.access_gate import AccessGate


def test_alone_waits_for_shared_users_and_keeps_new_ones_out():
    gate = AccessGate()
    events = []
    in_shared, in_alone = threading.Event(), threading.Event()

    def user():
        with gate.shared():
            in_shared.set()
            time.sleep(0.2)
            events.append("first user done")

    def swapper():
        in_shared.wait()
        with gate.alone():
            in_alone.set()
            events.append("swapping")
            time.sleep(0.2)
            events.append("swapped")

    def late_user():
        in_alone.wait()
        with gate.shared():
            events.append("late user")

    threads = [threading.Thread(target=f) for f in (user, swapper, late_user)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert events == ["first user done", "swapping", "swapped", "late user"]


def test_the_owner_may_nest_and_use_it_shared():
    gate = AccessGate()
    with gate.alone(), gate.alone(), gate.shared():
        pass
    done = []

    def use():
        with gate.shared():
            done.append(1)

    other = threading.Thread(target=use)
    other.start()
    other.join(5)
    assert done == [1]  # released after the nesting
