"""The review queue at the service level, with two hubs' laptops and a coordinator's: a copy lent
at two hubs, a lend despite a warning, a concurrent edit (both values, who and when), decisions
that sync and take the item out of the queue on every laptop, and a librarian's read-only view
of their own hub's items; which record «correct the record» opens for a lend despite a warning."""

import datetime as dt

import pytest

from mandrivna.core.errors import ValidationError
from mandrivna.core.review_items import CONFLICT, LENT_TWICE, OVERRIDE
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService, NeedsOverride
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.review_service import ReviewService
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore

TODAY = dt.date(2026, 11, 25)


def ship(source: Database, target: Database) -> None:
    """Deliver every change of ``source`` to ``target`` through the sync apply path."""
    store = SyncStore(source)
    SyncStore(target).apply_pulled(store.outbox(store.origin(), 0, 100_000), 0, "", None)


@pytest.fixture
def laptops(tmp_path):
    a, b, hq = (Database.open(tmp_path / n) for n in ("a", "b", "hq"))
    a.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    b.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    hq.set_device(hub_name="Штаб", librarian_name="Марія")
    SyncStore(hq).update_state(role="coordinator")
    yield a, b, hq
    for db in (a, b, hq):
        db.close()


def everyone(*dbs: Database) -> None:
    for source in dbs:
        for target in dbs:
            if source is not target:
                ship(source, target)


def test_the_queue_of_two_hubs_is_cleared_by_the_coordinator(laptops) -> None:
    a, b, hq = laptops
    readers_a, catalogue_a = ReaderService(a, TODAY), CatalogueService(a, TODAY)
    reader_id, _ = readers_a.register("Петренко", "Іван", consent=True, phone="0671234567")
    record, _ = catalogue_a.add_record("Кобзар")
    catalogue_a.add_copies(record, barcode="INV-1")
    catalogue_a.add_copies(record, barcode="INV-2")
    everyone(a, b, hq)
    lend_a, lend_b = LendingService(a, TODAY), LendingService(b, TODAY)
    lend_a.desk.open_session()
    lend_b.desk.open_session()
    lend_a.scan("INV-1", reader_id)  # the same copy lent at both hubs before they synced
    lend_b.scan("INV-1", reader_id)
    ReaderService(b, TODAY).block(reader_id, "Не повернув книги")
    everyone(a, b)
    with pytest.raises(NeedsOverride):
        lend_a.scan("INV-2", reader_id)
    lend_a.scan("INV-2", reader_id, override_reason="Показав квитанцію")
    ReaderService(a, TODAY).edit(reader_id, phone="0501112233")  # both offline
    ReaderService(b, TODAY).edit(reader_id, phone="0939998877")
    everyone(a, b, hq)

    review = ReviewService(hq, TODAY)
    items = review.items()
    assert {i.kind for i in items} == {LENT_TWICE, OVERRIDE, CONFLICT}
    (twice,) = review.items(kind=LENT_TWICE)
    assert twice.hub == "Хаб Дніпро" and twice.subject == "Кобзар" and "INV-1" in twice.detail
    assert (twice.kept_by.hub, twice.other_by.hub) == ("Хаб Дніпро", "Хаб Львів")
    assert twice.other_by.librarian == "Ірина" and twice.other_by.at_ms
    (override,) = review.items(kind=OVERRIDE)
    assert "Показав квитанцію" in override.detail and override.subject == "Петренко Іван"
    assert override.other_by is not None and override.other_by.librarian == "Олена"
    (conflict,) = review.items(kind=CONFLICT)
    assert conflict.field == "phone"
    assert {conflict.kept_value, conflict.other_value} == {"+380 50 111 22 33", "+380 93 999 88 77"}
    assert {conflict.kept_by.librarian, conflict.other_by.librarian} == {"Олена", "Ірина"}
    assert conflict.kept_by.at_ms and conflict.other_by.at_ms
    assert review.items(hub="Хаб Львів", kind=OVERRIDE) == []

    review.decide(twice, "kept", "Повернуто до Дніпра")
    review.decide(override, "dismissed")
    review.take_other(conflict)
    assert review.items() == []
    assert len(review.items(decided=True)) == 3
    now_phone = ReaderService(hq, TODAY).get(reader_id).phone
    assert now_phone == conflict.other_value

    everyone(a, b, hq)  # the decisions sync: librarians see their hub's items as decided
    for db, hub in ((a, "Хаб Дніпро"), (b, "Хаб Львів")):
        librarian = ReviewService(db, TODAY)
        assert not librarian.is_coordinator()
        seen = librarian.items()
        assert seen and all(i.involves(hub) and i.decision for i in seen)
        assert CONFLICT in {i.kind for i in seen}  # both hubs see whose phone was replaced
        with pytest.raises(ValidationError):
            librarian.decide(seen[0], "kept")
        assert ReaderService(db, TODAY).get(reader_id).phone == conflict.other_value


def test_a_decision_taken_on_one_coordinator_laptop_clears_it_on_another(tmp_path) -> None:
    hq1, hq2, a, b = (Database.open(tmp_path / n) for n in ("hq1", "hq2", "a", "b"))
    for db, hub in ((hq1, "Штаб"), (hq2, "Штаб"), (a, "Хаб Дніпро"), (b, "Хаб Львів")):
        db.set_device(hub_name=hub, librarian_name="Олена")
    for db in (hq1, hq2):
        SyncStore(db).update_state(role="coordinator")
    reader_id, _ = ReaderService(a, TODAY).register("Коваль", "Ольга", consent=True)
    everyone(a, b)
    ReaderService(a, TODAY).edit(reader_id, settlement="Дніпро")
    ReaderService(b, TODAY).edit(reader_id, settlement="Львів")
    everyone(a, b, hq1, hq2)
    (item,) = ReviewService(hq1, TODAY).items()
    assert [i.key for i in ReviewService(hq2, TODAY).items()] == [item.key]
    ReviewService(hq1, TODAY).decide(item, "kept")
    ship(hq1, hq2)
    assert ReviewService(hq2, TODAY).items() == []
    for db in (hq1, hq2, a, b):
        db.close()


def test_a_return_without_a_loan_says_who_took_it_back(laptops) -> None:
    a, b, hq = laptops
    catalogue = CatalogueService(a, TODAY)
    record, _ = catalogue.add_record("Тигролови")
    catalogue.add_copies(record, barcode="INV-9")
    reader_id, _ = ReaderService(a, TODAY).register("Коваль", "Ольга", consent=True)
    lend_a, lend_b = LendingService(a, TODAY), LendingService(b, TODAY)
    lend_a.desk.open_session()
    lend_a.scan("INV-9", reader_id)
    everyone(a, b)
    lend_b.desk.open_session()
    assert lend_a.scan("INV-9", None).action == "return"  # both hubs take it back, offline
    assert lend_b.scan("INV-9", None).action == "return"
    everyone(a, b, hq)
    (item,) = ReviewService(hq, TODAY).items(kind="return_without_loan")
    assert item.hub == "Хаб Львів" and item.other_by.librarian == "Ірина"
    assert item.subject == "Тигролови" and "INV-9" in item.detail


def test_a_lend_despite_the_copys_status_is_corrected_on_the_copy(laptops) -> None:
    """The copy recorded as lost, lent with a reason: «correct the record» opens the copy; a
    lend to a blocked reader opens the reader's card."""
    a, _b, hq = laptops
    readers, catalogue = ReaderService(a, TODAY), CatalogueService(a, TODAY)
    reader_id, _ = readers.register("Петренко", "Іван", consent=True)
    blocked_id, _ = readers.register("Коваль", "Олег", consent=True)
    record, _ = catalogue.add_record("Кобзар")
    (lost,), _ = catalogue.add_copies(record, barcode="INV-1")
    catalogue.add_copies(record, barcode="INV-2")
    catalogue.edit_copy(lost, status="lost")
    readers.block(blocked_id, "Борг")
    lending = LendingService(a, TODAY)
    lending.desk.open_session()
    lending.scan("INV-1", reader_id, override_reason="Знайшовся на полиці")
    lending.scan("INV-2", blocked_id, override_reason="Борг повернуто")
    ship(a, hq)
    items = {i.detail.split(" — ")[0]: i for i in ReviewService(hq, TODAY).items(kind=OVERRIDE)}
    found, paid = items["Знайшовся на полиці"], items["Борг повернуто"]
    assert found.about_copy and found.copy_id == lost
    assert CatalogueService(hq, TODAY).copy_line(lost).copy.barcode == "INV-1"
    assert not paid.about_copy and paid.reader_id == blocked_id
