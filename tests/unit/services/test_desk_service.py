"""A day at the lending at the service level: the issue's full session, overrides, visits counted
once per reader per day, returns anywhere, and loans that converge across laptops."""

import datetime as dt

import pytest
from sqlalchemy import text

from mandrivna.core.errors import ValidationError
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService, NeedsOverride
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore

TODAY = dt.date(2026, 11, 25)


def setup_desk(db: Database, today: dt.date = TODAY):
    readers, catalogue = ReaderService(db, today), CatalogueService(db, today)
    lending = LendingService(db, today)
    return readers, catalogue, lending


@pytest.fixture
def world(db: Database):
    readers, catalogue, lending = setup_desk(db)
    reader_id, _ = readers.register("Петренко", "Іван", consent=True)
    record, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    ebook, _ = catalogue.add_record("Тигролови", material_type="ebook")
    lending.set_loan_days("ebook", 14)
    for n in range(1, 5):
        catalogue.add_copies(record, barcode=f"INV-{n}")
    catalogue.add_copies(ebook, barcode="INV-E")
    return readers, catalogue, lending, reader_id


def summary_tuple(s):
    return (
        s.readers_served,
        s.loans,
        s.returns,
        s.renewals,
        s.e_loans,
        s.consultations,
        s.visits,
    )


def test_the_full_desk_session_of_the_issue(world, db: Database) -> None:
    readers, catalogue, lending, reader_id = world
    with pytest.raises(ValidationError):
        lending.scan("INV-1", reader_id)  # no session yet
    session, _ = lending.desk.open_session(venue="Бібліотека-хаб, вул. Шевченка 1")
    card = readers.get(reader_id).card_number
    reader = lending.desk.find_reader(card.lower())
    assert reader.id == reader_id
    lent = [lending.scan(code, reader.id) for code in ("INV-1", "INV-2", "INV-E")]
    assert [r.action for r in lent] == ["lend"] * 3
    assert lent[0].due_on == "2026-12-25" and lent[2].due_on == "2026-12-09"  # ebook: 14 days
    returned = [lending.scan(code, None) for code in ("INV-1", "INV-2")]
    assert [r.action for r in returned] == ["return"] * 2
    assert [line.barcode for line in lending.loans_of(reader_id)] == ["INV-E"]
    lending.renew([lending.loans_of(reader_id)[0].loan.id])
    assert lending.loans_of(reader_id)[0].loan.renewals == 1
    lending.desk.e_loan("e_loan", "Доступ до ЕБС «Академік»", reader_id=reader_id)
    for _ in range(5):
        lending.desk.visits.tally("non_stationary")
    lending.desk.consultation("consultation", "digital", "in_person", reader_id=reader_id)
    lending.desk.consultation("reference", "educational", "phone")
    summary, _ = lending.desk.close_session(session.id)
    assert summary_tuple(summary) == (1, 3, 2, 1, 1, 1, {"non_stationary": 6})
    assert summary.references == 1
    for code, state in (("INV-1", ("available",)), ("INV-E", ("on_loan",))):
        record_id = catalogue.copy_by_barcode(code).record_id
        [line] = [c for c in catalogue.copy_lines(record_id) if c.copy.barcode == code]
        assert line.states == state
    assert catalogue.copy_by_barcode("INV-E").status == "available"  # the loan says it, not this
    assert lending.desk.current_session() is None


def test_blocked_reader_or_lost_copy_needs_an_override_that_is_recorded(world, db) -> None:
    readers, catalogue, lending, reader_id = world
    lending.desk.open_session()
    readers.block(reader_id, "Борг")
    with pytest.raises(NeedsOverride) as raised:
        lending.scan("INV-1", reader_id)
    assert raised.value.warnings
    catalogue.edit_copy(catalogue.copy_by_barcode("INV-2").id, status="lost")
    with pytest.raises(NeedsOverride):
        lending.scan("INV-2", reader_id, override_reason="  ")
    result = lending.scan("INV-2", reader_id, override_reason="Книгу знайшли, борг сплачено")
    assert result.action == "lend"
    with db.read() as conn:
        reasons = conn.execute(text("SELECT override_reason FROM loan_event")).scalars().all()
    assert reasons == ["Книгу знайшли, борг сплачено"]


def test_a_return_anywhere_moves_the_copy_to_this_hub(db: Database, tmp_path) -> None:
    readers, catalogue, lending = setup_desk(db)
    reader_id, _ = readers.register("Петренко", "Іван", consent=True)
    record, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(record, barcode="INV-1", hub="Хаб Львів")
    lending.desk.open_session()
    lending.scan("INV-1", reader_id)
    lending.scan("INV-1", None)
    assert catalogue.copy_by_barcode("INV-1").hub == "Хаб Дніпро"


def test_overdue_and_history(world) -> None:
    _readers, _catalogue, lending, reader_id = world
    lending.desk.open_session()
    lending.scan("INV-1", reader_id)
    later = LendingService(lending.db, TODAY + dt.timedelta(days=40))
    assert [line.barcode for line in later.overdue()] == ["INV-1"]
    assert later.overdue(hub="Хаб Львів") == []
    later.desk.open_session()
    later.scan("INV-1", None)
    assert later.overdue() == [] and len(later.history_of(reader_id)) == 1


def test_a_reader_counts_one_visit_per_day_however_often_served(world, db) -> None:
    _readers, _catalogue, lending, reader_id = world
    lending.desk.open_session()
    lending.scan("INV-1", reader_id)
    lending.scan("INV-2", reader_id)
    lending.desk.consultation("consultation", "legal_social", "in_person", reader_id=reader_id)
    lending.desk.consultation("reference", "other", "messenger", reader_id=reader_id)
    with db.read() as conn:
        rows = conn.execute(text("SELECT channel, count FROM visit")).all()
    assert rows == [("non_stationary", 1)]


def test_tallies_can_be_corrected_the_same_day(world) -> None:
    _readers, _catalogue, lending, _ = world
    lending.desk.visits.tally("remote", 3)
    lending.desk.visits.correct_tally("remote", 2)
    assert lending.desk.visits.tally_total("remote") == 2
    with pytest.raises(ValidationError):
        lending.desk.visits.correct_tally("remote", -1)
    with pytest.raises(ValidationError):
        lending.desk.visits.tally("remote", 0)


def test_bad_input_is_refused(world) -> None:
    _r, _c, lending, reader_id = world
    lending.desk.open_session()
    with pytest.raises(ValidationError):
        lending.scan("NO-SUCH", reader_id)
    with pytest.raises(ValidationError):
        lending.scan("INV-1", None)  # not on loan and no reader
    with pytest.raises(ValidationError):
        lending.desk.consultation("consultation", "astrology", "in_person")
    with pytest.raises(ValidationError):
        lending.desk.visits.add_virtual_visits(TODAY, TODAY - dt.timedelta(days=1), "Facebook", 10)
    with pytest.raises(ValidationError):
        lending.desk.e_loan("e_loan", "  ")


def _ship(source: Database, target: Database) -> None:
    """Deliver every change of ``source`` to ``target`` through the sync apply path."""
    store = SyncStore(source)
    changes = store.outbox(store.origin(), 0, 100_000)
    SyncStore(target).apply_pulled(changes, 0, "", None)


def test_one_copy_lent_at_two_hubs_offline_is_flagged_on_both(tmp_path) -> None:
    a = Database.open(tmp_path / "a")
    b = Database.open(tmp_path / "b")
    a.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    b.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    ra, ca, da = setup_desk(a)
    reader_a, _ = ra.register("Петренко", "Іван", consent=True)
    record, _ = ca.add_record("Кобзар")
    ca.add_copies(record, barcode="INV-1")
    _ship(a, b)
    rb, _cb, db_ = setup_desk(b)
    reader_b, _ = rb.register("Коваль", "Ольга", consent=True)
    da.desk.open_session()
    db_.desk.open_session()
    da.scan("INV-1", reader_a)  # both laptops lend the same copy before syncing
    db_.scan("INV-1", reader_b)
    _ship(a, b)
    _ship(b, a)
    for lending in (da, db_):
        assert [line.loan.flag for line in lending.flagged()] == ["lent_again"]
    with a.read() as ca_, b.read() as cb_:
        q = "SELECT id, reader_id, returned_on, flag FROM loan ORDER BY id"
        assert ca_.execute(text(q)).all() == cb_.execute(text(q)).all()
    db_.scan("INV-1", None)  # a return anywhere closes the newest loan
    _ship(b, a)
    assert [line.barcode for line in da.loans_of(reader_a)] == ["INV-1"]  # still flagged, open
    assert da.loans_of(reader_b) == []
    a.close()
    b.close()


def test_virtual_visits_are_period_totals_with_their_source(world, db) -> None:
    _r, _c, lending, _ = world
    lending.desk.visits.add_virtual_visits(
        dt.date(2026, 10, 1), dt.date(2026, 10, 31), " Facebook ", 1520
    )
    with db.read() as conn:
        row = conn.execute(
            text("SELECT period_start, period_end, source, count FROM virtual_visits")
        ).one()
    assert tuple(row) == ("2026-10-01", "2026-10-31", "Facebook", 1520)


def test_a_numeric_or_legacy_inventory_number_is_found_as_scanned(world) -> None:
    _r, catalogue, lending, reader_id = world
    record = catalogue.copy_by_barcode("INV-1").record_id
    catalogue.add_copies(record, barcode="INV0091711")  # looks like an issued code, is not
    catalogue.add_copies(record, barcode="0001234567")
    lending.desk.open_session()
    assert lending.scan("inv0091711", reader_id).copy.barcode == "INV0091711"
    assert lending.scan("0001234567", reader_id).copy.barcode == "0001234567"
