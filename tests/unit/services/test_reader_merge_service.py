"""Merging duplicate readers: the kept reader has the loans, visits and registration years of
both, the other card still finds them, reports count them once, "not a duplicate" is
remembered, and a hub serving or editing the merged-away card meanwhile converges."""

import datetime as dt
import json

import pytest

from mandrivna.core.errors import ValidationError
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_merge_service import ReaderMergeService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import directory_queries
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from tests.unit.services.test_review_service import TODAY, everyone


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


def test_a_person_registered_at_two_hubs_is_merged_into_one(laptops, tmp_path) -> None:
    a, b, hq = laptops
    her, _ = ReaderService(a, TODAY).register(
        "Гнатюк", "Мар'яна", consent=True, birth_year=1980, phone="+380671234567"
    )
    again, _ = ReaderService(b, dt.date(2025, 3, 1)).register(
        "Hnatiuk", "Mariana", consent=True, birth_year=1980, email="m@example.com"
    )
    catalogue = CatalogueService(a, TODAY)
    record, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(record, barcode="INV-1")
    catalogue.add_copies(record, barcode="INV-2")
    everyone(a, b, hq)
    lend_a, lend_b = LendingService(a, TODAY), LendingService(b, TODAY)
    lend_a.desk.open_session()
    lend_b.desk.open_session()
    lend_a.scan("INV-1", her)
    lend_b.scan("INV-2", again)
    everyone(a, b, hq)

    merging = ReaderMergeService(hq, TODAY)
    (top, *_) = merging.candidates()
    assert {top.first.id, top.second.id} == {her, again}
    merging.merge(her, again)
    assert merging.candidates() == []
    # meanwhile hub B, not yet synced, edits the old card and serves it again
    ReaderService(b, TODAY).edit(again, messenger="Viber")
    everyone(a, b, hq)

    other_card = ReaderService(b, TODAY).get(again)
    for db in (a, b, hq):
        readers, lending = ReaderService(db, TODAY), LendingService(db, TODAY)
        kept = readers.get(again)
        assert kept.id == her and kept.email == "m@example.com"  # filled from the other card
        assert kept.registration_years == [2025, 2026]
        assert readers.by_card(other_card.card_number).id == her
        assert [r.id for r in readers.search("Hnatiuk")] == [her]
        assert sorted(line.barcode for line in lending.loans_of(again)) == ["INV-1", "INV-2"]
        with db.read() as conn:
            assert directory_queries.reader_kept_ids(conn) == {again: her}
        own_copy = json.loads(
            readers.export_personal_data(again, tmp_path / "her.json").read_text()
        )
        assert sorted(loan["barcode"] for loan in own_copy["loans"]) == ["INV-1", "INV-2"]
    with pytest.raises(ValidationError):
        ReaderMergeService(a, TODAY).merge(again, her)  # a librarian's laptop does not merge


def test_not_a_duplicate_is_remembered_everywhere(laptops) -> None:
    a, b, hq = laptops
    one, _ = ReaderService(a, TODAY).register("Петренко", "Іван", consent=True, birth_year=1970)
    two, _ = ReaderService(b, TODAY).register("Petrenko", "Ivan", consent=True, birth_year=1970)
    everyone(a, b, hq)
    merging = ReaderMergeService(hq, TODAY)
    assert len(merging.candidates()) == 1
    merging.not_duplicate(two, one)
    assert merging.candidates() == []
    everyone(a, b, hq)
    SyncStore(a).update_state(role="coordinator")
    assert ReaderMergeService(a, TODAY).candidates() == []


def test_merges_both_ways_at_once_keep_one_reader_everywhere(laptops) -> None:
    a, b, hq = laptops
    one, _ = ReaderService(a, TODAY).register("Петренко", "Іван", consent=True, birth_year=1970)
    two, _ = ReaderService(b, TODAY).register("Петренко", "Іван", consent=True, birth_year=1970)
    everyone(a, b, hq)
    for db in (a, b):
        SyncStore(db).update_state(role="coordinator")
    ReaderMergeService(a, TODAY).merge(one, two)
    ReaderMergeService(b, TODAY).merge(two, one)  # the loop is broken the same way everywhere
    three, _ = ReaderService(a, TODAY).register("Petrenko", "Ivan", consent=True, birth_year=1970)
    everyone(a, b, hq)
    (pair,) = ReaderMergeService(hq, TODAY).candidates()  # the reader kept is still proposed
    assert {pair.first.id, pair.second.id} == {min(one, two), three}
    kept = {ReaderService(db, TODAY).get(one).id for db in (a, b, hq)}
    assert kept == {min(one, two)}
    assert {ReaderService(db, TODAY).get(two).id for db in (a, b, hq)} == kept
