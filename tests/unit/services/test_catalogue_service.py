"""The catalogue: records with validated ISBNs, copies with unique barcodes, search and filters."""

import datetime as dt

import pytest

from mandrivna.core.catalogue import CatalogueFilter
from mandrivna.core.errors import ValidationError
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.store.database import Database


@pytest.fixture
def catalogue(db: Database) -> CatalogueService:
    return CatalogueService(db, today=dt.date(2026, 11, 25))


def test_isbn_is_validated_and_stored_as_isbn13(catalogue: CatalogueService) -> None:
    rid, _ = catalogue.add_record("Тигролови", authors=["Багряний, Іван"], isbn="0-306-40615-2")
    assert catalogue.get_record(rid).isbn == "9780306406157"
    with pytest.raises(ValidationError):
        catalogue.add_record("Тигролови", isbn="978-0-306-40615-8")


def test_bad_year_type_and_empty_title_are_refused(catalogue: CatalogueService) -> None:
    for fields in ({"year": 3000}, {"material_type": "scroll"}):
        with pytest.raises(ValidationError):
            catalogue.add_record("Назва", **fields)
    with pytest.raises(ValidationError):
        catalogue.add_record("   ")
    assert catalogue.counts() == (0, 0)


def test_copies_get_barcodes_and_duplicates_are_refused(catalogue: CatalogueService) -> None:
    rid, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    catalogue.add_copies(rid, 3, acquisition_source="Український інститут книги")
    barcodes = [c.barcode for c in catalogue.copies_of(rid)]
    assert len(set(barcodes)) == 3 and all("-B" in b for b in barcodes)
    catalogue.add_copies(rid, barcode="inv 0001")
    with pytest.raises(ValidationError):
        catalogue.add_copies(rid, barcode="INV0001")
    assert catalogue.copy_by_barcode("inv0001").record_id == rid
    assert catalogue.counts() == (1, 4)


def test_search_by_title_author_isbn_barcode_and_filters(catalogue: CatalogueService) -> None:
    kobzar, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"], isbn="9780306406157")
    tiger, _ = catalogue.add_record("Тигролови", authors=["Багряний, Іван"], material_type="ebook")
    catalogue.add_copies(kobzar, barcode="INV-777")
    catalogue.add_copies(tiger, 2, hub="Хаб Львів", status="lost")
    found = lambda typed, **f: [h.record.id for h in catalogue.search(typed, CatalogueFilter(**f))]  # noqa: E731
    assert found("кобз") == [kobzar]
    assert found("Shevchenko") == [kobzar]
    assert found("978-0-306-40615-7") == [kobzar]
    assert found("inv-777") == [kobzar]
    assert found("", material_type="ebook") == [tiger]
    assert found("", hub="Хаб Львів") == [tiger]
    assert found("", status="available") == [kobzar]
    hit = catalogue.search("тигр")[0]
    assert (hit.copies, hit.available, hit.hubs) == (2, 0, ["Хаб Львів"])


def test_deleting_a_record_removes_it_and_its_copies_from_search(
    catalogue: CatalogueService,
) -> None:
    rid, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(rid, barcode="INV-1")
    catalogue.delete_record(rid)
    assert catalogue.search("кобзар") == [] and catalogue.copy_by_barcode("INV-1") is None


def test_a_scanned_numeric_or_library_barcode_finds_its_copy(catalogue: CatalogueService) -> None:
    rid, _ = catalogue.add_record("Кобзар")
    ids, _ = catalogue.add_copies(rid, barcode="0001234567")
    catalogue.add_copies(rid, barcode="INV00012345")
    assert catalogue.copy_by_barcode("0001234567").id == ids[0]
    assert catalogue.copy_by_barcode(" inv00012345 ").barcode == "INV00012345"
    (issued,) = catalogue.add_copies(rid)[0]
    barcode = next(c.barcode for c in catalogue.copies_of(rid) if c.id == issued)
    assert catalogue.copy_by_barcode(barcode.lower().replace("-", "")).id == issued


def test_an_isbn10_finds_the_record_stored_as_isbn13(catalogue: CatalogueService) -> None:
    rid, _ = catalogue.add_record("Тигролови", isbn="978-0-306-40615-7")
    assert [h.record.id for h in catalogue.search("0-306-40615-2")] == [rid]
    assert [h.record.id for h in catalogue.search("0306406152")] == [rid]


def test_hubs_are_those_holding_live_copies(catalogue: CatalogueService) -> None:
    rid, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(rid, 2)  # this laptop's hub
    catalogue.add_copies(rid, hub="Хаб Львів")
    (kyiv,), _ = catalogue.add_copies(rid, hub="Хаб Київ")
    assert catalogue.hubs() == ["Хаб Дніпро", "Хаб Київ", "Хаб Львів"]
    catalogue.delete_copy(kyiv)
    assert catalogue.hubs() == ["Хаб Дніпро", "Хаб Львів"]


def test_copies_with_hub_and_date_left_empty_get_this_hub_and_today(
    catalogue: CatalogueService,
) -> None:
    rid, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(rid, 2, hub="", acquired_on=None, acquisition_source="УІК")
    copies = catalogue.copies_of(rid)
    assert {(c.hub, c.acquired_on) for c in copies} == {("Хаб Дніпро", "2026-11-25")}


def test_issued_barcodes_count_on_within_a_write_and_after_it(catalogue: CatalogueService) -> None:
    rid, _ = catalogue.add_record("Кобзар")
    with catalogue.db.write() as writer:
        for _ in range(3):
            catalogue.new_copy(writer, rid)
    catalogue.add_copies(rid, 2)
    counters = sorted(int(c.barcode.split("-B")[1]) for c in catalogue.copies_of(rid))
    assert counters == [1, 2, 3, 4, 5]
