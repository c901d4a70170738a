"""A month's events added up by department and hub."""

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.event_totals import Tally, month_totals
from mandrivna.core.events import LibraryEvent


def _event(n, department=None, hub=None, in_person=None, online=None, status=None):
    return LibraryEvent(
        id=f"e{n}",
        department=department,
        hub=hub,
        attended_in_person=in_person,
        attended_online=online,
        status=status,
    )


def test_totals_by_department_and_hub():
    totals = month_totals(
        [
            _event(1, "ЦПЧ", "Харків", 10, 2),
            _event(2, "ВНМР", "Харків", 5),
            _event(3, "ЦПЧ", "Київ"),  # attendance not recorded yet
            _event(4, None, None, 3),
            _event(5, "ЦПЧ", "Київ", 50, status="cancelled"),
        ]
    )
    assert totals.total == Tally(4, 18, 2)
    assert totals.total.came == 20
    assert totals.by_department == (
        ("ВНМР", Tally(1, 5, 0)),
        ("ЦПЧ", Tally(2, 10, 2)),
        (None, Tally(1, 3, 0)),
    )
    assert totals.by_hub == (
        ("Київ", Tally(1, 0, 0)),
        ("Харків", Tally(2, 15, 2)),
        (None, Tally(1, 3, 0)),
    )


def test_no_events():
    totals = month_totals([])
    assert totals.total == Tally() and totals.by_department == () and totals.by_hub == ()


events = st.lists(
    st.builds(
        _event,
        st.integers(0, 10**6),
        st.sampled_from(["ВНМР", "ЦПЧ", None]),
        st.sampled_from(["А", "Б", None]),
        st.none() | st.integers(0, 500),
        st.none() | st.integers(0, 500),
        st.sampled_from([None, "held", "cancelled"]),
    ),
    max_size=30,
)


@given(events)
def test_groups_add_up_to_the_total_in_any_order(items):
    totals = month_totals(items)
    for groups in (totals.by_department, totals.by_hub):
        assert sum(t.events for _k, t in groups) == totals.total.events
        assert sum(t.came for _k, t in groups) == totals.total.came
    assert month_totals(reversed(items)) == totals
