from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS, HybridClock, pack, wall_ms_of


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_follow_the_wall_clock_when_it_moves_forward():
    wall = FakeWall(1_000)
    clock = HybridClock(physical=wall)
    first = clock.now()
    wall.ms = 2_000
    assert wall_ms_of(clock.now()) == 2_000
    assert clock.now() > first


def test_clock_jumping_back_never_makes_stamps_go_backwards():
    wall = FakeWall(10_000_000)
    clock = HybridClock(physical=wall)
    before = clock.now()
    wall.ms = 1_000  # the laptop's clock was set back by hours
    after = [clock.now() for _ in range(100)]
    assert after[0] > before
    assert after == sorted(after) and len(set(after)) == 100


def test_restart_from_persisted_last_stamp_continues_monotonic():
    wall = FakeWall(5_000)
    clock = HybridClock(physical=wall)
    last = clock.now()
    wall.ms = 4_000  # back in time after a restart
    restarted = HybridClock(last=last, physical=wall)
    assert restarted.now() > last


def test_counter_overflow_borrows_next_millisecond():
    wall = FakeWall(7)
    clock = HybridClock(last=pack(7, 0xFFFF), physical=wall)
    assert clock.now() == pack(8, 0)


def test_far_future_remote_stamp_is_not_adopted():
    wall = FakeWall(1_000_000)
    clock = HybridClock(physical=wall)
    days_ahead = pack(1_000_000 + 3 * 86_400_000, 0)
    assert clock.observe(days_ahead) is False
    assert wall_ms_of(clock.now()) == 1_000_000  # not poisoned


def test_near_remote_stamp_is_adopted():
    wall = FakeWall(1_000_000)
    clock = HybridClock(physical=wall)
    near = pack(1_000_000 + DEFAULT_MAX_AHEAD_MS // 2, 3)
    assert clock.observe(near) is True
    assert clock.now() > near


@given(
    st.lists(st.tuples(st.integers(0, 10**9), st.booleans(), st.integers(0, 10**9)), max_size=200)
)
def test_monotonic_under_any_clock_jumps_and_remote_stamps(steps):
    wall = FakeWall(0)
    clock = HybridClock(physical=wall)
    issued = []
    for ms, remote, remote_ms in steps:
        wall.ms = ms
        if remote:
            clock.observe(pack(remote_ms, 0))
        issued.append(clock.now())
    assert issued == sorted(issued) and len(set(issued)) == len(issued)
