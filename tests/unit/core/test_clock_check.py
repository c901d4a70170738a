from mandrivna.core.clock_check import DAY_MS, RELEASED_MS, clock_problem
from mandrivna.core.hlc import pack

NOW = RELEASED_MS + 30 * DAY_MS


def test_a_right_clock_is_no_problem():
    assert clock_problem(NOW, pack(NOW - 5_000, 0), 2_000, NOW - 60_000) is None
    assert clock_problem(NOW, None, None, None) is None


def test_a_date_before_the_release_is_behind():
    problem = clock_problem(RELEASED_MS - 20 * 365 * DAY_MS, None, None, None)
    assert problem is not None and problem.kind == "behind"


def test_behind_what_other_laptops_stamped_by_more_than_a_day():
    problem = clock_problem(NOW, pack(NOW + 3 * DAY_MS, 0), None, None)
    assert problem is not None and (problem.kind, problem.by_ms) == ("behind", 3 * DAY_MS)
    assert clock_problem(NOW, pack(NOW + 3_600_000, 0), None, None) is None  # an hour is fine


def test_ahead_as_the_last_sync_found_until_the_clock_is_set_back():
    skew = 365 * DAY_MS
    server_then = NOW - 60_000
    problem = clock_problem(server_then + skew + 60_000, None, skew, server_then)
    assert problem is not None and (problem.kind, problem.by_ms) == ("ahead", skew)
    assert clock_problem(NOW, None, skew, server_then) is None  # the date was set right
