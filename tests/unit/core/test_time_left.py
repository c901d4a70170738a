"""The time a long job has left, from its rate so far."""

from __future__ import annotations

from mandrivna.core.time_left import TimeLeft, rounded_minutes_seconds


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_time_left_from_the_rate_since_the_first_figures() -> None:
    clock = Clock()
    left = TimeLeft(clock)
    assert left.seconds(1_000, 50_000) is None  # the first figures: nothing to go on yet
    clock.now += 0.5
    assert left.seconds(3_000, 50_000) is None  # too soon to say
    clock.now += 1.5
    assert left.seconds(9_000, 50_000) == 10.25  # 8,000 in 2 s: 41,000 left at 4,000/s
    clock.now += 1
    assert left.seconds(50_000, 50_000) is None  # done


def test_a_total_that_grows_lengthens_the_estimate() -> None:
    clock = Clock()
    left = TimeLeft(clock)
    left.seconds(0, 1_000)
    clock.now += 2
    assert left.seconds(1_000, 2_000) == 2.0
    assert left.seconds(1_000, 5_000) == 8.0


def test_minutes_and_seconds_as_a_person_reads_them() -> None:
    assert rounded_minutes_seconds(0.2) == (0, 1)
    assert rounded_minutes_seconds(42.4) == (0, 42)
    assert rounded_minutes_seconds(61) == (1, 5)
    assert rounded_minutes_seconds(179) == (2, 55)
    assert rounded_minutes_seconds(600) == (10, 0)
