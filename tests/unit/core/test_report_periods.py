import datetime as dt

import pytest

from mandrivna.core import report_periods as rp


def test_quarters_months_and_cumulative_periods():
    assert rp.quarter(2024, 1) == rp.Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert rp.quarter(2024, 4).end == dt.date(2024, 12, 31)
    assert rp.month(2024, 2).end == dt.date(2024, 2, 29)  # a leap year
    assert rp.cumulative(2024, 2) == rp.Period(dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert rp.cumulative(2024, 4) == rp.year(2024)
    with pytest.raises(ValueError):
        rp.quarter(2024, 5)


def test_share_of_the_year_for_the_pro_rata_expectation():
    assert rp.year(2024).share_of_year() == 1.0
    assert rp.quarter(2025, 1).share_of_year() == pytest.approx(90 / 365)
    assert rp.cumulative(2024, 2).share_of_year() == pytest.approx(182 / 366)


def test_the_same_period_a_year_earlier():
    assert rp.quarter(2024, 1).year_before() == rp.quarter(2023, 1)
    assert rp.month(2024, 2).year_before() == rp.Period(dt.date(2023, 2, 1), dt.date(2023, 2, 28))


def test_a_period_tells_whether_it_is_a_year_or_whole_quarters():
    assert rp.year(2024).whole_year == 2024 and rp.quarter(2024, 2).whole_year is None
    assert rp.cumulative(2024, 3).quarters() == [1, 2, 3]
    assert rp.quarter(2024, 2).quarters() == [2]
    assert rp.month(2024, 4).quarters() is None
    assert rp.Period(dt.date(2024, 1, 1), dt.date(2025, 3, 31)).quarters() is None


def test_months_of_a_period_cut_to_it():
    parts = rp.months(rp.Period(dt.date(2024, 1, 15), dt.date(2024, 3, 10)))
    assert [(p.start.day, p.end.day) for p in parts] == [(15, 31), (1, 29), (1, 10)]


def test_days_compare_as_text_within_the_bounds():
    period = rp.quarter(2024, 3)
    assert period.contains("2024-09-30") and not period.contains("2024-10-01")
    assert period.bounds == ("2024-07-01", "2024-09-30")
    with pytest.raises(ValueError):
        rp.Period(dt.date(2024, 2, 1), dt.date(2024, 1, 1))
