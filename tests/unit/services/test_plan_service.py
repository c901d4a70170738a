"""The plan and the coordinator's entries: targets per indicator and year (optionally per quarter
and hub) that replace themselves when entered again, the 2024 plan loaded in one action, and
virtual entries one per source and period, edited and deleted, the same after syncing."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core.errors import ValidationError
from mandrivna.core.plan_figures import DONE_BEFORE, PLAN_2024
from mandrivna.services.plan_service import PlanService
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from tests.unit.services.test_desk_service import _ship

TODAY = dt.date(2024, 11, 25)
D = dt.date


def test_the_2024_plan_loads_in_one_action_and_again_adds_nothing(db: Database) -> None:
    plan = PlanService(db, TODAY)
    plan.load_plan_2024()
    plan.load_plan_2024()
    targets = {f.indicator: f.value for f in plan.figures(2024) if f.kind == "target"}
    assert targets == PLAN_2024
    assert targets["visits.total"] == 35000 and targets["users.registered"] == 1900
    for year, done in DONE_BEFORE.items():
        assert {f.indicator: f.value for f in plan.figures(year)} == done
        assert {f.kind for f in plan.figures(year)} == {"done"}
    assert plan.years() == [2022, 2023, 2024]


def test_a_target_entered_again_replaces_it_per_period_and_hub(db: Database) -> None:
    plan = PlanService(db, TODAY)
    plan.set_figure("target", 2025, "visits.remote", 4000)
    plan.set_figure("target", 2025, "visits.remote", 4200)  # corrected: the plan may change
    q1, _ = plan.set_figure("target", 2025, "visits.remote", 900, period="q1")
    plan.set_figure("target", 2025, "visits.remote", 300, period="q1", hub=" Хаб  у Дніпрі ")
    got = sorted((f.period, f.hub or "", f.value) for f in plan.figures(2025))
    assert got == [("q1", "", 900), ("q1", "Хаб у Дніпрі", 300), ("year", "", 4200)]
    plan.delete_figure(q1)
    assert len(plan.figures(2025)) == 2
    for bad in (
        lambda: plan.set_figure("target", 2025, "no.such", 1),
        lambda: plan.set_figure("target", 2025, "visits.remote", -1),
        lambda: plan.set_figure("target", 2025, "visits.remote", 1, period="q5"),
        lambda: plan.set_figure("wish", 2025, "visits.remote", 1),
        lambda: plan.set_figure("target", 1066, "visits.remote", 1),
    ):
        with pytest.raises(ValidationError):
            bad()


def test_one_virtual_entry_per_source_and_month(db: Database) -> None:
    plan = PlanService(db, TODAY)
    first, _ = plan.set_virtual(D(2024, 3, 1), D(2024, 3, 31), "Сайт бібліотеки", 2100)
    again, _ = plan.set_virtual(D(2024, 3, 1), D(2024, 3, 31), "  сайт  бібліотеки ", 2200)
    assert again == first  # the same month again replaces, never adds
    plan.set_virtual(D(2024, 3, 1), D(2024, 3, 31), "Facebook", 5000, measure="reach")
    plan.set_virtual(D(2024, 3, 1), D(2024, 3, 31), "Сайт бібліотеки", 310, kind="users")
    with pytest.raises(ValidationError):  # overlaps March of the same source
        plan.set_virtual(D(2024, 3, 15), D(2024, 4, 15), "Сайт бібліотеки", 10)
    entries = plan.virtual_entries(2024)
    got = sorted((e.source, e.kind, e.measure, e.count) for e in entries)
    assert got == [
        ("Facebook", "visits", "reach", 5000),
        ("Сайт бібліотеки", "users", "sessions", 310),
        ("Сайт бібліотеки", "visits", "sessions", 2200),
    ]


def test_a_virtual_entry_is_edited_and_deleted(db: Database) -> None:
    plan = PlanService(db, TODAY)
    entry, _ = plan.set_virtual(D(2024, 3, 1), D(2024, 3, 30), "Сайт", 100)
    # the period was mistyped: editing it replaces the entry, it is not a second one
    fixed, _ = plan.set_virtual(D(2024, 3, 1), D(2024, 3, 31), "Сайт", 120, replaces=entry)
    assert [(e.id, e.period_end, e.count) for e in plan.virtual_entries()] == [
        (fixed, "2024-03-31", 120)
    ]
    plan.delete_virtual(fixed)
    assert plan.virtual_entries() == []
    with pytest.raises(ValidationError):
        plan.set_virtual(D(2024, 3, 31), D(2024, 3, 1), "Сайт", 1)
    with pytest.raises(ValidationError):
        plan.set_virtual(D(2024, 3, 1), D(2024, 3, 31), "Сайт", 1, measure="likes")


def test_two_laptops_entering_the_same_month_offline_count_it_once(tmp_path) -> None:
    a, b = Database.open(tmp_path / "a"), Database.open(tmp_path / "b")
    a.set_device(hub_name="Головний офіс", librarian_name="Олена")
    b.set_device(hub_name="Хаб у Дніпрі", librarian_name="Ірина")
    PlanService(a, TODAY).set_virtual(D(2024, 5, 1), D(2024, 5, 31), "Сайт", 1800)
    PlanService(b, TODAY).set_virtual(D(2024, 5, 1), D(2024, 5, 31), "сайт", 1900)
    PlanService(a, TODAY).set_figure("target", 2024, "visits.virtual", 26000)
    _ship(a, b)
    _ship(b, a)
    for laptop in (a, b):
        plan = PlanService(laptop, TODAY)
        entries = plan.virtual_entries()
        assert len(entries) == 1 and entries[0].count in (1800, 1900)
        assert [f.value for f in plan.figures(2024)] == [26000]
    assert PlanService(a).virtual_entries() == PlanService(b).virtual_entries()
    a.close()
    b.close()


def test_the_plan_page_belongs_to_the_coordinators_laptop(db: Database) -> None:
    plan = PlanService(db, TODAY)
    assert not plan.is_coordinator()
    SyncStore(db).update_state(role="coordinator")
    assert plan.is_coordinator()


MONTHS = st.lists(
    st.tuples(st.integers(1, 12), st.integers(0, 5000), st.sampled_from(["Сайт", "сайт "])),
    max_size=8,
)


@settings(max_examples=15)
@given(MONTHS)
def test_entering_months_in_any_order_leaves_one_entry_a_month(tmp_path_factory, months):
    db = Database.open(tmp_path_factory.mktemp("plan"))
    db.set_device(hub_name="Головний офіс", librarian_name="Олена")
    plan = PlanService(db, TODAY)
    last: dict[int, int] = {}
    for month, count, source in months:
        end = (D(2024, month % 12 + 1, 1) if month < 12 else D(2025, 1, 1)) - dt.timedelta(days=1)
        plan.set_virtual(D(2024, month, 1), end, source, count)
        last[month] = count
    got = {int(e.period_start[5:7]): e.count for e in plan.virtual_entries(2024)}
    db.close()
    assert got == last
