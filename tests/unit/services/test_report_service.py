"""The report's figures against hand-computed fixtures: every rule of issue #14's "Correctness
and speed" (a person at two hubs and by phone once, a reader's visits once a day per hub, an
event's headcount less its card check-ins, renewals apart from loans, a merged reader once, a
quarter stable when nothing new arrives) and every indicator the app records."""

from __future__ import annotations

import datetime as dt

import pytest

from mandrivna.core import report_periods as periods
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.report_service import ReportService
from tests.unit.services import report_fixtures as fx

DNIPRO, LVIV = "Хаб Дніпро", "Хаб Львів"
Q1 = periods.quarter(2024, 1)


@pytest.fixture
def reports(db):
    return ReportService(db, today=dt.date(2024, 12, 31))


def done(report, code):
    return report.row(code).done


def test_a_person_served_at_two_hubs_and_by_phone_counts_once(db, reports):
    reader = fx.reader(db, DNIPRO, "2023-05-01")
    fx.visit(db, reader, "2024-02-01", DNIPRO)
    fx.visit(db, reader, "2024-02-05", LVIV)
    fx.consultation(db, "2024-02-06", DNIPRO, reader_id=reader, channel="phone")
    library = reports.report(Q1)
    assert done(library, "users.served.card") == 1
    assert done(library, "users.served") == 1
    dnipro_key = dict((n, k) for k, n in reports.hubs())[DNIPRO]
    assert done(reports.report(Q1, dnipro_key), "users.served.card") == 1
    figures, _ = reports.figures(Q1)
    # each hub served the person: the hubs do not add up to the library, by design
    assert sum(figures["users.served.card"].by_hub.values()) == 2
    # three services, three visits: non-stationary at each hub, and the call the next day
    assert done(library, "visits.non_stationary") == 2
    assert done(library, "visits.remote") == 1


def test_visits_once_per_reader_per_day_per_hub(db, reports):
    reader = fx.reader(db, DNIPRO, "2024-01-10")
    copy_a, copy_b = fx.copy(db, DNIPRO, "2024-01-02"), fx.copy(db, DNIPRO, "2024-01-02")
    fx.loan_event(db, "lend", copy_a, reader, "2024-01-15", DNIPRO)
    fx.loan_event(db, "lend", copy_b, reader, "2024-01-15", DNIPRO)
    fx.visit(db, reader, "2024-01-15", DNIPRO)
    fx.visit(db, reader, "2024-01-15", LVIV)  # the same day at another hub: another visit
    fx.tally(db, "2024-01-15", DNIPRO, "non_stationary", 7)
    report = reports.report(Q1)
    assert done(report, "visits.non_stationary") == 2 + 7
    assert done(report, "loans.printed") == 2


def test_an_events_headcount_does_not_count_card_check_ins_twice(db, reports):
    a, b = fx.reader(db, DNIPRO, "2023-01-01"), fx.reader(db, DNIPRO, "2023-01-01")
    offline = fx.event(
        db, DNIPRO, "2024-03-10T15:00", format="offline", attended_in_person=12, status="held"
    )
    fx.check_in(db, offline, a, "2024-03-10", DNIPRO, "offline")
    fx.check_in(db, offline, b, "2024-03-10", DNIPRO, "offline")
    online = fx.event(
        db, DNIPRO, "2024-03-11T18:00", format="online", attended_online=30, status="held"
    )
    fx.check_in(db, online, a, "2024-03-11", DNIPRO, "online")
    fx.event(
        db, DNIPRO, "2024-03-12T18:00", format="offline", attended_in_person=50, status="cancelled"
    )
    fx.event(db, DNIPRO, "2024-03-13T18:00", format="offline", status="planned")
    report = reports.report(Q1)
    # 2 readers by card + the 10 others of the headcount of 12
    assert done(report, "visits.non_stationary") == 12
    # 1 reader by card + the 29 other live participants
    assert done(report, "visits.remote") == 30
    assert done(report, "events.held") == 2
    assert done(report, "events.attendance") == 12 + 30
    assert done(report, "users.served.card") == 2


def test_a_headcount_below_the_check_ins_adds_nothing(db, reports):
    readers = [fx.reader(db, LVIV, "2023-01-01") for _ in range(3)]
    event = fx.event(db, LVIV, "2024-02-10T12:00", format="offline", attended_in_person=2)
    for r in readers:
        fx.check_in(db, event, r, "2024-02-10", LVIV, "offline")
    report = reports.report(Q1)
    assert done(report, "visits.non_stationary") == 3
    assert done(report, "events.attendance") == 3
    assert done(report, "events.held") == 1  # no status: held, its attendance was entered


def test_renewals_are_not_loans_and_e_loans_are_their_own_line(db, reports):
    reader = fx.reader(db, DNIPRO, "2024-01-03")
    book = fx.copy(db, DNIPRO, "2024-01-02")
    fx.loan_event(db, "lend", book, reader, "2024-01-05", DNIPRO)
    fx.loan_event(db, "renew", book, reader, "2024-01-20", DNIPRO)
    fx.loan_event(db, "renew", book, reader, "2024-02-20", DNIPRO)
    fx.loan_event(db, "return", book, reader, "2024-03-01", DNIPRO)
    fx.e_loan(db, "e_loan", "2024-02-02", DNIPRO, reader)
    fx.e_loan(db, "e_loan", "2024-02-03", LVIV)
    fx.e_loan(db, "free_resource", "2024-02-03", LVIV)
    fx.counted(db, "in_house_use", "2024-02-04", LVIV, 4)
    report = reports.report(Q1)
    assert done(report, "loans.printed") == 1
    assert done(report, "loans.renewals") == 2
    assert done(report, "loans.electronic") == 2
    assert done(report, "loans.in_house") == 4
    assert done(report, "loans.total") == 1 + 2 + 4
    assert done(report, "resources.free") == 1


def test_a_merged_reader_counts_once(db, reports):
    kept, duplicate = fx.reader(db, DNIPRO, "2024-01-10"), fx.reader(db, LVIV, "2024-02-10")
    fx.visit(db, kept, "2024-01-10", DNIPRO)
    fx.visit(db, duplicate, "2024-02-10", LVIV)
    assert done(reports.report(Q1), "users.registered") == 2
    fx.merge(db, duplicate, kept)
    report = reports.report(Q1)
    assert done(report, "users.registered") == 1
    assert done(report, "users.served.card") == 1
    assert done(report, "visits.non_stationary") == 2  # visits stay visits


def test_hub_spellings_count_as_one_hub(db, reports):
    hub_id = fx.hub_with_spellings(db, DNIPRO, "хаб  Дніпро", "Hab Dnipro")
    reader = fx.reader(db, DNIPRO, "2023-01-01")
    fx.visit(db, reader, "2024-01-10", "хаб  Дніпро")
    fx.tally(db, "2024-01-11", "Hab Dnipro", "remote", 3)
    fx.tally(db, "2024-01-11", LVIV, "remote", 5)
    report = reports.report(Q1, hub_id)
    assert report.hub_name == DNIPRO
    assert done(report, "visits.non_stationary") == 1
    assert done(report, "visits.remote") == 3
    assert done(reports.report(Q1), "visits.remote") == 8


def test_people_served_without_a_card_and_virtual_figures(db, reports):
    reader = fx.reader(db, DNIPRO, "2023-01-01")
    fx.visit(db, reader, "2024-01-10", DNIPRO)
    fx.counted(db, "person_served", "2024-01-10", DNIPRO, 3)
    fx.counted(db, "person_served", "2024-01-11", DNIPRO, -1)  # a correction
    fx.virtual(db, "2024-01-01", "2024-01-31", 400)
    fx.virtual(db, "2024-02-01", "2024-02-29", 900, measure="views")  # views are not visits
    fx.virtual(db, "2024-01-01", "2024-03-31", 25, kind="users")
    fx.virtual(db, "2024-04-01", "2024-04-30", 111)  # another quarter
    report = reports.report(Q1)
    assert done(report, "users.served.no_card") == 2
    assert done(report, "users.virtual") == 25
    assert done(report, "users.served") == 1 + 2 + 25
    assert done(report, "visits.virtual") == 400
    assert done(report, "visits.total") == 1 + 400
    hub = reports.hubs()[0][0]
    by_hub = reports.report(Q1, hub)
    assert by_hub.row("visits.virtual").done is None  # entered for the library only
    assert done(by_hub, "visits.total") == 1


def test_registrations_and_re_registrations(db):
    readers = ReaderService(db, today=dt.date(2024, 5, 6))
    old = fx.reader(db, DNIPRO, "2023-03-01")
    fx.reader(db, LVIV, "2024-02-01")
    fx.reader(db, LVIV, "2024-06-01")
    readers.reregister(old)  # the year only: counted in the year's report
    reports = ReportService(db, today=dt.date(2024, 12, 31))
    assert done(reports.report(Q1), "users.registered") == 1
    assert done(reports.report(periods.year(2024)), "users.registered") == 3
    with db.write() as w:
        w.fact(
            "reregistration",
            "r1",
            {"reader_id": old, "year": 2024, "day": "2024-03-03", "hub": DNIPRO},
        )
    assert done(reports.report(Q1), "users.registered") == 2


def test_consultations_reference_and_the_educational_count(db, reports):
    fx.consultation(db, "2024-01-05", DNIPRO, "reference", ("literature",))
    fx.consultation(db, "2024-01-05", DNIPRO, "consultation", ("educational",))
    fx.consultation(db, "2024-01-06", DNIPRO, "consultation", ("digital", "legal_social"))
    fx.consultation(db, "2024-01-07", LVIV, "consultation", ("legal_social", "educational"))
    fx.consultation(db, "2024-01-07", LVIV, "consultation", ("other",))
    report = reports.report(Q1)
    assert done(report, "reference.answers") == 1
    assert done(report, "reference.consultations") == 4
    assert done(report, "reference.educational") == 3


def test_collection_and_cataloguing(db, reports):
    fx.copy(db, DNIPRO, "2024-01-05")
    fx.copy(db, DNIPRO, "2024-02-05")
    fx.copy(db, DNIPRO, "2024-02-05", material_type="ebook")
    fx.copy(db, DNIPRO, "2024-05-05")
    report = reports.report(Q1)
    assert done(report, "collection.books") == 2
    assert done(report, "collection.processed") == 3
    assert done(report, "collection.catalogued") == 3
    assert done(report, "collection.electronic") == 1


def test_a_quarter_is_stable_when_nothing_new_arrives(db, reports):
    reader = fx.reader(db, DNIPRO, "2024-01-10")
    fx.visit(db, reader, "2024-02-01", DNIPRO)
    first = reports.report(Q1)
    fx.visit(db, reader, "2024-04-02", DNIPRO)  # the next quarter
    again = reports.report(Q1)
    assert [r.done for r in first.rows] == [r.done for r in again.rows]


def test_plan_expectation_and_last_year(db, reports):
    # no target entered: the 2024 plan's figures, a quarter expects its share of the year
    report = reports.report(Q1)
    row = report.row("visits.total")
    assert row.plan == 35000
    assert row.expected == pytest.approx(35000 * 91 / 366)
    assert report.row("visits.total").last_year is None  # a quarter: 2023's figure is annual
    year = reports.report(periods.year(2024))
    assert year.row("visits.total").last_year == 30546
    assert year.row("visits.total").last_year_entered
    # quarterly targets entered replace the pro-rata share
    fx.plan(db, 2024, "loans.total", 4000)
    fx.plan(db, 2024, "loans.total", 700, period="q1")
    row = reports.report(Q1).row("loans.total")
    assert (row.plan, row.expected) == (4000, 700)
    fx.e_loan(db, "e_loan", "2024-01-05", DNIPRO)
    assert reports.report(Q1).row("loans.total").percent == pytest.approx(100 / 4000)
    # records of last year, when there are some, are counted the same way
    fx.e_loan(db, "e_loan", "2023-02-05", DNIPRO)
    assert reports.report(Q1).row("loans.electronic").last_year == 1


def test_drill_down_lists_the_records_behind_a_figure(db, reports):
    reader = fx.reader(db, DNIPRO, "2023-01-01", card_number="A-17", surname="Шевчук")
    book = fx.copy(db, DNIPRO, "2024-01-02")
    fx.loan_event(db, "lend", book, reader, "2024-01-05", DNIPRO)
    lines = reports.details("loans.printed", Q1)
    assert len(lines) == 1
    assert (lines[0].day, lines[0].hub) == ("2024-01-05", DNIPRO)
    assert "A-17" in lines[0].who and "Шевчук" in lines[0].who
    assert sum(line.count for line in reports.details("visits.non_stationary", Q1)) == done(
        reports.report(Q1), "visits.non_stationary"
    )


def test_as_of_names_the_hubs_not_heard_from_since_the_period_ended(db):
    with db.write() as w:
        w.upsert("service_session", "s1", {"hub": DNIPRO, "day": "2024-04-10"})
        w.upsert("service_session", "s2", {"hub": LVIV, "day": "2024-03-20"})
    reports = ReportService(db, today=dt.date(2024, 5, 1))
    q1 = reports.report(Q1)
    assert [h.hub for h in q1.as_of] == [DNIPRO, LVIV]
    assert q1.late_hubs == [LVIV]  # its last day was before the quarter ended
    assert reports.report(periods.quarter(2024, 2)).late_hubs == []  # not ended yet
