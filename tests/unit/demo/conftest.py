"""Demos made once for the whole session, small and on a fixed clock: a whole past year as the
first hub's laptop, and a year not over yet as the coordinator's laptop."""

import datetime as dt

import pytest

from mandrivna.demo.generator import DemoOptions, make_demo

#: The real "now" the tests pretend: the demos' stamps must all be before it.
NOW = dt.datetime(2026, 11, 25, 10, 0)
#: A year not over yet: a Wednesday afternoon, when the first hub's desk is open.
MIDYEAR = dt.datetime(2025, 6, 11, 14, 0)
PAST_YEAR = DemoOptions(hubs=3, year=2024, scale=0.05, seed=7)
THIS_YEAR = DemoOptions(hubs=2, coordinator=True, scale=0.05, seed=3)


@pytest.fixture(scope="session")
def past_year(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    return make_demo(folder, PAST_YEAR, now=NOW)


@pytest.fixture(scope="session")
def this_year(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    return make_demo(folder, THIS_YEAR, now=MIDYEAR)
