"""The demo's options and period: refused in one sentence when they cannot make a demo, the
default year as the help says, and the same seed making the same year."""

import datetime as dt

import pytest

from mandrivna.app import open_services
from mandrivna.core.errors import ValidationError
from mandrivna.demo.generator import DemoOptions, make_demo
from mandrivna.demo.timeline import period_of
from tests.unit.demo.conftest import MIDYEAR, THIS_YEAR


@pytest.mark.parametrize(
    "options",
    [
        DemoOptions(hubs=1),
        DemoOptions(hubs=9),
        DemoOptions(year=2027),
        DemoOptions(year=1999),
        DemoOptions(scale=0),
        DemoOptions(scale=51),
        DemoOptions(year=2026),  # not two months of it yet on 20 February
    ],
)
def test_options_that_cannot_make_a_demo_are_refused_before_anything_is_written(tmp_path, options):
    folder = tmp_path / "data"
    with pytest.raises(ValidationError):
        make_demo(folder, options, now=dt.datetime(2026, 2, 20, 12, 0))
    assert not folder.exists()


def test_the_default_period_is_this_year_up_to_now_or_the_whole_last_one_in_its_first_weeks():
    now = dt.datetime(2026, 11, 25, 10, 30)
    this_year = period_of(None, now)
    assert (this_year.start, this_year.end, this_year.cutoff) == (
        dt.date(2026, 1, 1),
        now.date(),
        now,
    )
    january = period_of(None, dt.datetime(2026, 1, 20, 9, 0))
    assert (january.start, january.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    whole = period_of(2024, now)
    assert whole.end == dt.date(2024, 12, 31) and whole.share_of_year == 1.0


def _content(folder):
    """What the demo holds, without the ids, card numbers and stamps the app draws."""
    services = open_services(folder)
    try:
        with services.db.read() as conn:
            return {
                "readers": sorted(
                    conn.exec_driver_sql(
                        "SELECT surname, given_name, patronymic, birth_year, phone, categories, "
                        "registration_hub, registered_on, registration_years FROM reader"
                    ).fetchall(),
                    key=repr,
                ),
                "desk": sorted(
                    conn.exec_driver_sql(
                        "SELECT kind, day, hub, due_on, count(*) FROM loan_event "
                        "GROUP BY kind, day, hub, due_on"
                    ).fetchall()
                ),
                "e_loans": sorted(
                    conn.exec_driver_sql("SELECT kind, title, day, hub FROM e_loan").fetchall()
                ),
                "visits": conn.exec_driver_sql(
                    "SELECT day, hub, channel, sum(count) FROM visit "
                    "GROUP BY day, hub, channel ORDER BY day, hub, channel"
                ).fetchall(),
                "events": sorted(
                    conn.exec_driver_sql(
                        "SELECT title, starts_at, attended_in_person, attended_online "
                        "FROM library_event"
                    ).fetchall(),
                    key=repr,
                ),
            }
    finally:
        services.close()


def test_the_same_seed_makes_the_same_year(tmp_path, this_year):
    again = make_demo(tmp_path / "again", THIS_YEAR, now=MIDYEAR)
    assert _content(again.folder) == _content(this_year.folder)
    assert again.done == this_year.done
