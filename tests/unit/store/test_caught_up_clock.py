"""The clock after a catch-up's facts (``SyncStore.apply_caught_up_rows``): it takes the newest
stamp within bounds and flags each device stamped far ahead, exactly as if it had seen every
fact's stamp, though it is given only the newest of each table when none is ahead
(``_facts_stamps``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import pack, wall_ms_of
from mandrivna.store import caught_up_facts
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore, _facts_stamps

DEVICES = ["11111111-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000002"]
BOUND = 1_000


def _seen(stamps: list[tuple[str, int]], bound: int) -> tuple[int, dict[str, int]]:
    """What the clock takes from ``stamps``: the newest within ``bound``, and each device's
    newest beyond it (``SyncStore._advance_clock``)."""
    sane = max((hlc for _, hlc in stamps if hlc <= bound), default=0)
    ahead: dict[str, int] = {}
    for device, hlc in stamps:
        if hlc > bound:
            ahead[device] = max(ahead.get(device, 0), hlc)
    return sane, ahead


@given(
    st.lists(
        st.tuples(st.sampled_from(DEVICES), st.integers(1, BOUND + 50)), min_size=0, max_size=30
    )
)
def test_the_stamps_told_leave_the_clock_as_every_stamp_would(stamps) -> None:
    rows = [(f"f{i}", device, hlc, "2026-03-01") for i, (device, hlc) in enumerate(stamps)]
    told = _facts_stamps(rows, BOUND)
    assert _seen(told, BOUND) == _seen(stamps, BOUND)
    if stamps and all(hlc <= BOUND for _, hlc in stamps):
        assert len(told) == 1  # the newest alone


def _visit(device: str, seq: int, hlc: int) -> Change:
    fields = {"day": "2026-03-01", "hub": "Хаб Дніпро", "channel": "desk", "count": 1}
    return Change(device, seq, hlc, "visit", f"visit-{device[:2]}-{seq}", Op.FACT, fields, 0)


def test_a_catch_ups_facts_advance_the_clock_and_flag_a_device_far_ahead(tmp_path) -> None:
    db = Database.open(tmp_path)
    try:
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        store = SyncStore(db)
        now = db.physical_clock()
        normal = [_visit(DEVICES[0], seq, pack(now - 60_000 + seq, 0)) for seq in range(1, 200)]
        far = _visit(DEVICES[1], 1, pack(now + 24 * 3600 * 1000, 0))  # a laptop's date wrong
        rows, rest = caught_up_facts.split([*normal, far])
        applied = store.apply_caught_up_rows(rows, rest, 200, "chain", now)
        assert applied.clock_warnings == 1
        assert [device for device, _ in store.clock_warnings()] == [DEVICES[1]]
        newest = max(change.hlc for change in normal)
        with db.read() as conn:
            last = conn.exec_driver_sql("SELECT hlc_last FROM device_state").scalar_one()
        assert newest <= last < far.hlc  # the sane newest taken, the one far ahead not
        assert wall_ms_of(last) < now + 24 * 3600 * 1000

        # a later page with none ahead: the newest of it alone moves the clock on
        later = [_visit(DEVICES[0], seq, pack(now + seq, 5)) for seq in range(300, 400)]
        rows, rest = caught_up_facts.split(later)
        assert store.apply_caught_up_rows(rows, rest, 400, "chain", now).clock_warnings == 0
        with db.read() as conn:
            last = conn.exec_driver_sql("SELECT hlc_last FROM device_state").scalar_one()
        assert last >= max(change.hlc for change in later)
    finally:
        db.close()
