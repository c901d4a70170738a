"""Reads of the desk's day and of loans: the open session at a hub (the newest), a session's
summary (its own work, the day's visits at its hub), today's tallies with their corrections;
a reader's open loans and history, a copy's current loan, overdue by hub, flagged loans and the
lending period of a type of item."""

import datetime as dt

import pytest

from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.visit_service import VisitService
from mandrivna.store import desk_queries, loan_queries

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def desk_day(db):
    readers = ReaderService(db, TODAY)  # registered earlier: today's visit is the desk's
    reader_id, _ = readers.register("Петренко", "Іван", consent=True, in_person=False)
    catalogue = CatalogueService(db, TODAY)
    record, _ = catalogue.add_record("Кобзар", material_type="ebook")
    for n in (1, 2):
        catalogue.add_copies(record, barcode=f"INV-{n}")
    lending = LendingService(db, TODAY)
    session, _ = lending.desk.open_session(channel="stationary")
    return lending, session, reader_id


def test_the_open_session_is_the_newest_not_closed_one_at_the_hub(db, desk_day):
    lending, session, _ = desk_day
    day = TODAY.isoformat()
    with db.read() as conn:
        assert desk_queries.open_session(conn, "Хаб Дніпро", day) == session
        assert desk_queries.open_session(conn, "Хаб Львів", day) is None
        assert desk_queries.get_session(conn, session.id) == session
    lending.desk.close_session(session.id)
    with db.read() as conn:
        assert desk_queries.open_session(conn, "Хаб Дніпро", day) is None


def test_a_sessions_summary_counts_its_work_and_the_days_visits(db, desk_day):
    lending, session, reader_id = desk_day
    lending.scan("INV-1", reader_id)
    lending.scan("INV-2", reader_id)
    lending.scan("INV-1", None)
    lending.renew([line.loan.id for line in lending.loans_of(reader_id)])
    lending.desk.consultation("reference", "digital", "phone")
    VisitService(db, TODAY).tally("stationary", 4)
    with db.read() as conn:
        summary = desk_queries.session_summary(conn, session)
    assert (summary.loans, summary.returns, summary.renewals, summary.references) == (2, 1, 1, 1)
    assert summary.readers_served == 1
    assert summary.visits == {"stationary": 5}  # 4 anonymous and the reader, once


def test_todays_tally_adds_its_corrections_and_leaves_readers_out(db, desk_day):
    lending, _, reader_id = desk_day
    visits = VisitService(db, TODAY)
    visits.tally("remote", 3)
    visits.correct_tally("remote", 1)
    lending.desk.consultation("reference", "digital", "phone", reader_id=reader_id)  # remote
    with db.read() as conn:
        assert desk_queries.tally_total(conn, TODAY.isoformat(), "Хаб Дніпро", "remote") == 1


def test_a_readers_loans_history_and_a_copys_current_loan(db, desk_day):
    lending, _, reader_id = desk_day
    lent = lending.scan("INV-1", reader_id)
    lending.scan("INV-2", reader_id)
    lending.scan("INV-2", None)
    with db.read() as conn:
        open_lines = loan_queries.open_loans_of_reader(conn, reader_id)
        history = loan_queries.history_of_reader(conn, reader_id)
        current = loan_queries.open_loan_of_copy(conn, lent.copy.id)
        assert loan_queries.open_loan_of_copy(conn, "no-such-copy") is None
        assert loan_queries.get_loan(conn, lent.loan_id) == current
    assert [(line.barcode, line.title) for line in open_lines] == [("INV-1", "Кобзар")]
    assert sorted(line.barcode for line in history) == ["INV-1", "INV-2"]
    assert current is not None and current.id == lent.loan_id and current.returned_on is None


def test_overdue_by_hub_and_lending_periods(db, desk_day):
    lending, _, reader_id = desk_day
    with db.read() as conn:
        assert loan_queries.loan_days(conn, "ebook") is None  # not set: the default applies
    lending.set_loan_days("ebook", 14)
    lent = lending.scan("INV-1", reader_id)
    assert lent.due_on == (TODAY + dt.timedelta(days=14)).isoformat()
    later = (TODAY + dt.timedelta(days=15)).isoformat()
    with db.read() as conn:
        assert loan_queries.loan_days(conn, "ebook") == 14
        assert [line.barcode for line in loan_queries.overdue(conn, later)] == ["INV-1"]
        assert loan_queries.overdue(conn, later, hub="Хаб Львів") == []
        assert loan_queries.overdue(conn, TODAY.isoformat()) == []
        assert loan_queries.flagged(conn) == []
