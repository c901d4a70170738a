from mandrivna.core.indicators import BY_CODE, INDICATORS, Measure
from mandrivna.core.plan_figures import DONE_BEFORE, PLAN_2024, percent, pro_rata


def test_every_indicator_has_a_unique_code_and_number_and_a_rule():
    assert len(BY_CODE) == len(INDICATORS)
    assert len({i.number for i in INDICATORS}) == len(INDICATORS)
    for indicator in INDICATORS:
        assert indicator.rule and indicator.name and indicator.unit
        assert indicator.parent is None or indicator.parent in BY_CODE


def test_the_plan_figures_are_the_2024_plans_own():
    assert PLAN_2024["visits.total"] == (
        PLAN_2024["visits.non_stationary"]
        + PLAN_2024["visits.remote"]
        + PLAN_2024["visits.virtual"]
    )  # the plan's total is the sum of its channels
    assert PLAN_2024["loans.printed"] == PLAN_2024["loans.total"] - PLAN_2024["loans.electronic"]
    assert set(PLAN_2024) <= set(BY_CODE)
    assert DONE_BEFORE[2022]["users.served"] == 4109 and DONE_BEFORE[2023]["loans.total"] == 1260


def test_people_do_not_add_up_and_counts_do():
    assert BY_CODE["users.served"].measure is Measure.PEOPLE
    assert not BY_CODE["users.registered"].additive
    assert BY_CODE["visits.remote"].additive and BY_CODE["loans.total"].additive


def test_percent_and_pro_rata():
    assert percent(2500, 5000) == 50.0
    assert percent(3, 0) is None and percent(3, None) is None
    assert pro_rata(5000, 0.25) == 1250 and pro_rata(None, 0.25) is None
