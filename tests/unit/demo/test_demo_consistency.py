"""What ``mandrivna demo`` makes is what real use makes: every hub, every category, overdue books,
the planted conflict, duplicate and override; derived tables (search index, loans, visits) equal
to what the data gives; stamps in the past and in order; a folder that is a working laptop, not
enrolled anywhere."""

import json
import shutil
from collections import defaultdict

import pytest

from mandrivna.app import open_services
from mandrivna.core.events import PLAN_SECTIONS
from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.loans import LENT_AGAIN
from mandrivna.core.plan_figures import PLAN_2024
from mandrivna.core.reader import CATEGORIES
from mandrivna.core.review_items import LENT_TWICE
from mandrivna.core.visits import reader_visit_id
from mandrivna.demo.hubs import HEADQUARTERS, HUBS
from mandrivna.demo.programme import COURSES, SERIES
from mandrivna.services.course_service import CourseService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import loan_projection, search_index
from tests.unit.demo.conftest import MIDYEAR, NOW


class _RollBack(Exception):
    pass


@pytest.fixture(params=["past_year", "this_year"])
def demo(request):
    summary = request.getfixturevalue(request.param)
    services = open_services(summary.folder)
    yield summary, services
    services.close()


def rows(services, sql, *params):
    with services.db.read() as conn:
        return conn.exec_driver_sql(sql, params).fetchall()


def _index(conn):
    return {
        table: sorted(
            conn.exec_driver_sql(
                f"SELECT t.id, f.terms FROM {table}_fts f JOIN {source} t ON t.rowid = f.rowid"
            ).fetchall()
        )
        for table, source in (("reader", "reader"), ("record", "bib_record"))
    }


def test_the_folder_is_the_chosen_laptop_holding_every_hub_and_not_enrolled(demo):
    summary, services = demo
    device = services.device.current()
    assert device is not None and device.hub_name == summary.hub
    expected = HEADQUARTERS.name if summary.hub not in summary.hubs else HUBS[0].name
    assert summary.hub == expected
    state = services.sync.store.state()
    assert state.server_url is None and state.pull_cursor == 0 and state.pull_chain is None
    assert set(services.sync.store.own_origins().values()) == {0}  # all of its own to send
    assert services.status.status().waiting == summary.changes[summary.hub]
    for hub in summary.hubs:
        for table, column in (
            ("reader", "registration_hub"),
            ("service_session", "hub"),
            ("visit", "hub"),
            ("book_copy", "hub"),
            ("library_event", "hub"),
        ):
            assert rows(services, f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", hub), (
                table,
                hub,
            )


def test_readers_of_every_category_with_years_and_spellings(demo):
    _summary, services = demo
    categories = set()
    for (value,) in rows(services, "SELECT categories FROM reader WHERE deleted = 0"):
        categories |= set(json.loads(value))
    assert categories == set(CATEGORIES)
    # last year's readers re-registered this year: the years are the list and the dated facts
    years = {
        reader_id: set(json.loads(v))
        for reader_id, v in rows(services, "SELECT id, registration_years FROM reader")
    }
    for reader_id, year in rows(services, "SELECT reader_id, year FROM reregistration"):
        years[reader_id].add(year)
    assert any(len(y) == 2 for y in years.values())
    names = " ".join(s or "" for (s,) in rows(services, "SELECT given_name FROM reader"))
    assert "'" in names or "’" in names or "ʼ" in names
    assert any(s and s.isascii() for (s,) in rows(services, "SELECT surname FROM reader"))


def test_overdue_books_exist_today(demo):
    summary, services = demo
    today = NOW.date() if summary.period.end.year == 2024 else MIDYEAR.date()
    overdue = LendingService(services.db, today).overdue()
    assert overdue and len(overdue) == summary.overdue
    assert all(line.loan.due_on < today.isoformat() for line in overdue)


def test_the_planted_conflict_duplicate_override_and_erased_reader(demo):
    summary, services = demo
    planted = summary.planted
    conflicts = rows(
        services,
        "SELECT c.field FROM conflict c JOIN reader r ON r.id = c.entity_id "
        "WHERE c.entity = 'reader' AND r.surname = 'Ковальчук' AND r.given_name = 'Ніна'",
    )
    assert sorted(f for (f,) in conflicts) == ["phone", "settlement"]
    assert summary.conflicts == 2 and planted.conflict == "Ковальчук Ніна Петрівна"
    readers = ReaderService(services.db)
    found = readers.search("Гнатюк Мар'яна")
    ids = {r.id for r in found if r.birth_year and r.given_name in ("Мар'яна", "Mariana")}
    assert len(ids) == 2  # one person, two cards: "Hnatiuk Mariana" is found by «Гнатюк»
    her = next(r for r in found if r.id in ids and r.surname == "Гнатюк")
    twins = readers.duplicates(her.surname, her.given_name, her.birth_year, her.phone, her.id)
    assert [t.surname for t in twins] == ["Hnatiuk"]
    overrides = rows(
        services, "SELECT override_reason FROM loan_event WHERE override_reason IS NOT NULL"
    )
    assert len(overrides) == 1 and HUBS[0].name in overrides[0][0]
    erased = rows(services, "SELECT surname, categories FROM reader WHERE deleted = 1")
    assert len(erased) == 1 and erased[0][0] is None and erased[0][1]


def test_search_index_equals_a_rebuilt_one(demo):
    _summary, services = demo
    with services.db.read() as conn:
        index = _index(conn)
    try:
        with services.db.transaction() as conn:
            search_index.rebuild(conn)
            rebuilt = _index(conn)
            raise _RollBack
    except _RollBack:
        pass
    assert index == rebuilt
    live = rows(services, "SELECT count(*) FROM reader WHERE deleted = 0")[0][0]
    assert len(index["reader"]) == live


def test_loans_equal_the_projection_of_the_desk_events(demo):
    summary, services = demo
    query = "SELECT * FROM loan ORDER BY id"
    loans = rows(services, query)
    try:
        with services.db.transaction() as conn:
            loan_projection.rebuild(conn)
            rebuilt = conn.exec_driver_sql(query).fetchall()
            raise _RollBack
    except _RollBack:
        pass
    assert loans == rebuilt and loans
    flags = rows(services, "SELECT flag FROM loan WHERE flag IS NOT NULL")
    assert [f[0] for f in flags] == [LENT_AGAIN]  # the planted copy lent at two hubs, only
    assert summary.planted.lent_twice
    still_out = rows(services, "SELECT count(*) FROM loan WHERE returned_on IS NULL")[0][0]
    assert still_out == summary.open_loans


def test_every_readers_visit_is_one_a_day_per_hub_where_they_were_served(demo):
    summary, services = demo
    served = set()
    for table, day in (
        ("loan_event", "day"),
        ("e_loan", "day"),
        ("consultation", "day"),
        ("event_checkin", "day"),
        ("reregistration", "day"),
    ):
        served |= set(
            rows(services, f"SELECT reader_id, {day}, hub FROM {table} WHERE reader_id IS NOT NULL")
        )
    # registering in person is a visit too (the year before is not served day by day)
    start = summary.period.start.isoformat()
    served |= set(
        rows(
            services,
            "SELECT id, registered_on, registration_hub FROM reader "
            f"WHERE registered_on >= '{start}'",
        )
    )
    visits = rows(services, "SELECT id, reader_id, day, hub FROM visit WHERE reader_id IS NOT NULL")
    assert {(r, d, h) for _, r, d, h in visits} == served
    assert all(i == reader_visit_id(r, d, h) for i, r, d, h in visits)
    anonymous = rows(services, "SELECT sum(count) FROM visit WHERE reader_id IS NULL")[0][0]
    assert anonymous > 0


def test_stamps_are_in_the_past_and_in_order(demo):
    summary, services = demo
    now = NOW if summary.period.end.year == 2024 else MIDYEAR
    limit = int(now.timestamp() * 1000)
    last: dict[str, int] = defaultdict(int)
    for device, _seq, hlc in rows(
        services, "SELECT device_id, seq, hlc FROM change_log ORDER BY device_id, seq"
    ):
        assert hlc > last[device]
        last[device] = hlc
        assert wall_ms_of(hlc) <= limit
    assert len(last) == len(summary.hubs) + 1  # every laptop's changes are here
    first, latest = rows(services, "SELECT min(day), max(day) FROM visit")[0]
    assert first >= summary.period.start.isoformat()
    assert latest <= summary.period.end.isoformat()


def test_events_of_the_plan_with_attendance_and_courses_with_completions(demo):
    summary, services = demo
    titles = {t for (t,) in rows(services, "SELECT title FROM event_series")}
    assert titles == {s.title for s in SERIES}
    end = summary.period.end.isoformat()
    held = rows(
        services,
        "SELECT attended_in_person, attended_online, audience_idp, audience_age55, "
        "audience_children, audience_youth, audience_military, audience_disability "
        "FROM library_event WHERE substr(starts_at, 1, 10) < ? AND course_id IS NULL",
        end,
    )
    assert held and all(r[0] is not None for r in held)
    for in_person, online, *groups in held:
        assert all(g <= in_person + online for g in groups)
    courses = CourseService(services.db).courses()
    assert {c.title.split(" (")[0] for c in courses} <= {c.title for c in COURSES}
    finished = [c for c in courses if c.title.endswith("2024)") and "весна" in c.title]
    for course in finished:
        attendance = CourseService(services.db).attendance(course.id)
        done = [row for row in attendance.rows if attendance.completed(row)]
        assert attendance.sessions and attendance.rows and done


def test_parcels_received_move_their_copies_and_the_last_is_on_its_way(demo):
    summary, services = demo
    parcels = services.parcels.parcels()
    statuses = {p.parcel.status for p in parcels}
    assert "received" in statuses and statuses - {"received"}  # the last ones on their way
    assert len(parcels) == summary.done.parcels
    moved = {c for (c,) in rows(services, "SELECT copy_id FROM loan WHERE return_hub != hub")}
    hubs = dict(rows(services, "SELECT id, hub FROM book_copy"))
    for shipment in parcels:
        detail = services.parcels.detail(shipment.parcel.id)
        copies = [line.copy_id for line in detail.lines if line.copy_id]
        assert copies and any(line.copy_id is None for line in detail.lines)  # a title line
        if shipment.parcel.status == "received":
            for copy_id in copies:
                assert hubs[copy_id] == detail.parcel.destination_hub or copy_id in moved
        else:
            assert {line.copy_status for line in detail.lines if line.copy_id} <= {
                "available",
                "in_transit",
            }
    sources = rows(services, "SELECT DISTINCT acquisition_source FROM book_copy")
    assert ("Український інститут книги",) in sources


def test_a_year_not_over_ends_now_with_the_days_work_under_way(this_year):
    services = open_services(this_year.folder)
    try:
        today = MIDYEAR.date().isoformat()
        assert this_year.period.end == MIDYEAR.date()
        sessions = rows(
            services,
            "SELECT closed FROM service_session WHERE day = ? AND hub = ?",
            today,
            HUBS[0].name,
        )
        assert sessions == [(0,)]  # opened this morning, not closed yet at two o'clock
        planned = rows(
            services,
            "SELECT count(*) FROM library_event WHERE starts_at > ? AND attended_in_person "
            "IS NULL AND attended_online IS NULL",
            MIDYEAR.isoformat(),
        )
        assert planned[0][0] >= len(SERIES)  # every series' next meeting is in the plan
    finally:
        services.close()


def test_the_coordinator_finds_the_planted_cases_in_the_review_queue(this_year, tmp_path):
    """On headquarters' laptop: the conflict and the override in the queue, the person
    registered twice first among the duplicates; merged (in a copy of the folder), she is one
    reader."""
    shutil.copytree(this_year.folder, tmp_path / "hq")
    services = open_services(tmp_path / "hq")
    try:
        assert services.review.is_coordinator()
        items = services.review.items()
        conflicts = [i for i in items if i.kind == "conflict"]
        assert sorted(i.field or "" for i in conflicts) == ["phone", "settlement"]
        assert {i.subject for i in conflicts} == {"Ковальчук Ніна Петрівна"}
        assert all(i.kept_by and i.kept_by.librarian for i in conflicts)
        assert [i.kind for i in items if i.kind == "override"] == ["override"]
        (twice,) = [i for i in items if i.kind == LENT_TWICE]  # lent at A, then again at B
        assert twice.subject == this_year.planted.lent_twice and twice.about_copy
        assert twice.kept_by and twice.other_by and twice.kept_by.hub != twice.other_by.hub
        assert services.catalogue.copy_line(twice.copy_id or "").lent_again
        first = services.reader_merge.candidates()[0]
        names = {first.first.surname, first.second.surname}
        assert names == {"Гнатюк", "Hnatiuk"}
        services.reader_merge.merge(first.first.id, first.second.id)
        assert services.readers.by_card(first.second.card_number or "").id == first.first.id
        assert [r.id for r in services.readers.search("Гнатюк Мар'яна") if r.birth_year] == [
            first.first.id
        ]
    finally:
        services.close()


def test_the_plan_and_the_coordinators_entries_are_recorded(demo):
    summary, services = demo
    year = summary.period.year
    targets = {
        indicator: value
        for indicator, value in rows(
            services,
            "SELECT indicator, value FROM plan_figure WHERE kind = 'target' AND year = ?",
            year,
        )
    }
    assert set(targets) == set(PLAN_2024)
    assert all(0 < targets[i] <= PLAN_2024[i] for i in PLAN_2024 if PLAN_2024[i])
    done_years = rows(services, "SELECT DISTINCT year FROM plan_figure WHERE kind = 'done'")
    assert sorted(y for (y,) in done_years) == [year - 2, year - 1]
    by_month = rows(
        services,
        "SELECT kind, substr(period_start, 1, 7), count(*), min(count) FROM virtual_visits "
        "WHERE deleted = 0 GROUP BY 1, 2",
    )
    kinds = {kind for kind, _month, _n, _least in by_month}
    assert kinds == {"visits", "users"}
    assert all(n == 1 and least > 0 for _kind, _month, n, least in by_month)
    assert services.plan.is_coordinator() == (summary.hub == HEADQUARTERS.name)
    statuses = dict(rows(services, "SELECT status, count(*) FROM library_event GROUP BY 1"))
    assert statuses.get("held", 0) > 0 and None not in statuses
    placed = rows(
        services,
        "SELECT plan_section, plan_item FROM library_event WHERE title = ? LIMIT 1",
        "Онлайнова Обласна школа керівника NonStop",
    )
    assert placed == [("1", "Онлайнова Обласна школа керівника NonStop")]
    sections = {s for (s,) in rows(services, "SELECT DISTINCT plan_section FROM library_event")}
    assert set(PLAN_SECTIONS) - {"3.2"} <= sections
