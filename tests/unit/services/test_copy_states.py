"""Whether a copy is on loan follows from the loan facts alone, the same on every laptop; its
stored status keeps only what is not a loan (lost, in transit, written off). The catalogue, its
filters, the desk and parcels all go by that effective state, and no catalogue edit can make a
lent copy available without a return."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from mandrivna.core.catalogue import CatalogueFilter
from mandrivna.core.change import Change, Op
from mandrivna.core.errors import ValidationError
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService, NeedsOverride
from mandrivna.services.parcel_service import ParcelService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import search_index
from mandrivna.store.database import Database
from tests.support.log_exchange import deliver, own_log, ship

TODAY = dt.date(2026, 11, 25)


class Laptop:
    def __init__(self, folder: Path, hub: str) -> None:
        self.db = Database.open(folder)
        self.db.set_device(hub_name=hub, librarian_name="Олена")
        self.catalogue = CatalogueService(self.db, TODAY)
        self.lending = LendingService(self.db, TODAY)
        self.desk = self.lending.desk
        self.parcels = ParcelService(self.db, TODAY)

    def found(self, status: str) -> list[str]:
        return [h.record.title for h in self.catalogue.search("", CatalogueFilter(status=status))]

    def states(self, barcode: str) -> tuple[str, ...]:
        copy = self.catalogue.copy_by_barcode(barcode)
        [line] = [c for c in self.catalogue.copy_lines(copy.record_id) if c.copy.id == copy.id]
        return line.states

    def index_is_current(self) -> bool:
        """The search index equals one rebuilt from the tables now."""
        query = "SELECT rowid, terms FROM record_fts ORDER BY rowid"
        with self.db.read() as conn:
            before = conn.exec_driver_sql(query).all()
        with self.db.transaction() as conn:
            search_index.rebuild(conn)
            after = conn.exec_driver_sql(query).all()
        return before == after


@pytest.fixture
def two(tmp_path: Path):
    """Two laptops holding the same reader and a record with copies INV-1 and INV-2, with a
    service session open on each."""
    a, b = Laptop(tmp_path / "a", "Хаб Дніпро"), Laptop(tmp_path / "b", "Хаб Львів")
    reader_id, _ = ReaderService(a.db, TODAY).register("Петренко", "Іван", consent=True)
    record, _ = a.catalogue.add_record("Кобзар")
    a.catalogue.add_copies(record, barcode="INV-1")
    a.catalogue.add_copies(record, barcode="INV-2")
    ship(a.db, b.db)
    a.desk.open_session()
    b.desk.open_session()
    yield a, b, reader_id
    a.db.close()
    b.db.close()


def test_a_copy_lent_on_one_laptop_and_edited_to_available_on_another_stays_on_loan(
    two,
) -> None:
    a, b, reader_id = two
    a.lending.scan("INV-1", reader_id)
    b.catalogue.edit_copy(b.catalogue.copy_by_barcode("INV-1").id, status="available")
    ship(a.db, b.db)
    ship(b.db, a.db)
    for laptop in (a, b):
        assert laptop.found("on_loan") == ["Кобзар"]
        assert laptop.catalogue.search("кобзар")[0].available == 1  # INV-2 only
        assert laptop.states("INV-1") == ("on_loan",)
        assert laptop.states("INV-2") == ("available",)
    assert b.lending.scan("INV-1", reader_id).action == "return"  # never lent a second time


def test_lending_and_returning_write_no_copy_status(two) -> None:
    a, _b, reader_id = two
    a.lending.scan("INV-1", reader_id)
    a.lending.scan("INV-1", None)
    written = [c.fields for c in own_log(a.db) if c.entity == "book_copy"][-1:]
    assert written == [{"hub": "Хаб Дніпро"}]  # the return says where the copy now is
    assert a.states("INV-1") == ("available",)


def test_a_lent_copy_marked_lost_is_shown_and_found_as_both(two) -> None:
    a, _b, reader_id = two
    a.lending.scan("INV-1", reader_id)
    a.catalogue.edit_copy(a.catalogue.copy_by_barcode("INV-1").id, status="lost")
    assert a.states("INV-1") == ("on_loan", "lost")
    assert a.found("on_loan") == ["Кобзар"] and a.found("lost") == ["Кобзар"]
    assert a.lending.scan("INV-1", None).action == "return"
    assert a.states("INV-1") == ("lost",)  # back, still marked lost until someone says otherwise
    with pytest.raises(NeedsOverride):
        a.lending.scan("INV-1", reader_id)
    assert a.index_is_current()


def test_an_edit_cannot_say_on_loan(two) -> None:
    a, _b, _ = two
    with pytest.raises(ValidationError):
        a.catalogue.edit_copy(a.catalogue.copy_by_barcode("INV-1").id, status="on_loan")
    record_id = a.catalogue.copy_by_barcode("INV-1").record_id
    with pytest.raises(ValidationError):
        a.catalogue.add_copies(record_id, status="on_loan")


def test_loans_arriving_by_sync_refresh_the_filters_in_the_same_transaction(two) -> None:
    a, b, reader_id = two
    a.lending.scan("INV-1", reader_id)
    a.lending.scan("INV-2", reader_id)
    ship(a.db, b.db)
    assert b.found("on_loan") == ["Кобзар"] and b.found("available") == []
    assert b.index_is_current()
    a.lending.scan("INV-2", None)
    ship(a.db, b.db)
    assert b.found("available") == ["Кобзар"] and b.index_is_current()


def test_an_older_app_saying_on_loan_is_stored_as_no_mark(two) -> None:
    a, b, _ = two
    copy = a.catalogue.copy_by_barcode("INV-1")
    old_app = Change(
        "0ld0ld00-0000-4000-8000-000000000000", 1, 1 << 61, "book_copy", copy.id, Op.UPSERT,
        {"status": "on_loan"}, 0,
    )  # fmt: skip
    for laptop in (a, b):
        deliver([old_app], laptop.db)
        assert laptop.catalogue.copy_by_barcode("INV-1").status == "available"
        assert laptop.states("INV-1") == ("available",)  # no loan known: not on loan


def test_a_lent_copy_cannot_go_in_a_parcel_whatever_its_stored_status(two) -> None:
    a, b, reader_id = two
    parcel_id, _ = a.parcels.form("Хаб Суми")
    a.parcels.add_copy(parcel_id, "INV-2")
    b.lending.scan("INV-2", reader_id)  # lent at the other hub meanwhile
    a.lending.scan("INV-1", reader_id)
    with pytest.raises(ValidationError):
        a.parcels.add_copy(parcel_id, "INV-1")
    ship(b.db, a.db)
    [line] = a.parcels.detail(parcel_id).lines
    assert line.copy_on_loan
    with pytest.raises(ValidationError):
        a.parcels.send(parcel_id, "2045 0012 3456 78")


def test_a_copy_in_transit_and_lent_is_shown_as_both_and_keeps_its_loan_on_receipt(two) -> None:
    a, b, reader_id = two
    parcel_id, _ = a.parcels.form("Хаб Суми")
    a.parcels.add_copy(parcel_id, "INV-2")
    a.parcels.send(parcel_id, "2045 0012 3456 78")
    b.lending.scan("INV-2", reader_id)  # lent before the parcel's news reached this laptop
    ship(a.db, b.db)
    ship(b.db, a.db)
    for laptop in (a, b):
        assert laptop.states("INV-2") == ("on_loan", "in_transit")
    a.parcels.confirm_received(parcel_id)
    assert a.states("INV-2") == ("on_loan",)
    assert a.catalogue.copy_by_barcode("INV-2").hub == "Хаб Суми"


def test_a_copy_lent_twice_offline_shows_its_flag(two) -> None:
    a, b, reader_id = two
    a.lending.scan("INV-1", reader_id)
    b.lending.scan("INV-1", reader_id)
    ship(a.db, b.db)
    ship(b.db, a.db)
    for laptop in (a, b):
        record_id = laptop.catalogue.copy_by_barcode("INV-1").record_id
        [line] = [c for c in laptop.catalogue.copy_lines(record_id) if c.copy.barcode == "INV-1"]
        assert line.states == ("on_loan",) and line.lent_again


def test_the_migration_turns_stored_on_loan_into_no_mark(tmp_path: Path) -> None:
    from mandrivna.store import schema
    from mandrivna.store.connection import make_engine

    folder = tmp_path / "old"
    folder.mkdir()
    engine = make_engine(folder / "mandrivna.sqlite3")
    schema.upgrade(engine, "0009")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO bib_record (id, title, deleted, stamps, updated_hlc) "
                "VALUES ('r', 'Кобзар', 0, '{}', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO book_copy (id, record_id, barcode, status, deleted, stamps, "
                "updated_hlc) VALUES ('c', 'r', 'INV-1', 'on_loan', 0, '{}', 0)"
            )
        )
    engine.dispose()
    db = Database.open(folder)
    try:
        with db.read() as conn:
            assert conn.execute(text("SELECT status FROM book_copy")).scalar() == "available"
            for table, secure in (("reader_fts", 1), ("record_fts", None)):  # no personal data
                config = dict(conn.exec_driver_sql(f"SELECT k, v FROM {table}_config").all())
                assert config.get("secure-delete") == secure, table
        catalogue = CatalogueService(db, TODAY)
        assert catalogue.search("", CatalogueFilter(status="on_loan")) == []
        assert [h.available for h in catalogue.search("", CatalogueFilter(status="available"))] == [
            1
        ]
    finally:
        db.close()


def test_the_desk_never_lends_a_copy_its_loans_say_is_out(two) -> None:
    a, b, reader_id = two
    b.lending.scan("INV-1", reader_id)
    ship(b.db, a.db)
    a.catalogue.edit_copy(a.catalogue.copy_by_barcode("INV-1").id, status="available")
    with pytest.raises(ValidationError, match="on loan"):
        a.lending.lend(reader_id, a.catalogue.copy_by_barcode("INV-1"))
    assert a.lending.scan("INV-1", reader_id).action == "return"
