"""The readers' file: registration with card numbers, search, duplicates, re-registration,
blocking and erasure, all through the change log."""

import datetime as dt

import pytest
from sqlalchemy import text

from mandrivna.core.errors import ValidationError
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database


@pytest.fixture
def readers(db: Database) -> ReaderService:
    return ReaderService(db, today=dt.date(2026, 11, 25))


def test_registration_issues_sequential_cards_with_this_laptops_prefix(
    readers: ReaderService,
) -> None:
    first, _ = readers.register("Петренко", "Іван", consent=True, birth_year=1980)
    second, _ = readers.register("Коваль", "Марія", consent=True)
    a, b = readers.get(first), readers.get(second)
    assert a.card_number and b.card_number
    assert a.card_number[:6] == b.card_number[:6]
    assert int(b.card_number[6:]) == int(a.card_number[6:]) + 1
    assert a.registration_years == [2026]
    assert readers.by_card(a.card_number.lower()).id == first


def test_no_personal_data_without_consent(readers: ReaderService, db: Database) -> None:
    with pytest.raises(ValidationError):
        readers.register("Петренко", "Іван", consent=False, phone="0671234567")
    assert readers.count() == 0
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar() == 0


def test_search_by_name_translit_card_and_phone(readers: ReaderService) -> None:
    rid, _ = readers.register(
        "Гнатюк", "Мар'яна", consent=True, phone="+380 67 123 45 67", patronymic="Олегівна"
    )
    readers.register("Петренко", "Іван", consent=True)
    card = readers.get(rid).card_number
    for typed in ("гнат", "Gnatyuk", "hnatiuk marʼ", "Марʼяна", "0671234567", "4567", card):
        assert [r.id for r in readers.search(typed)] == [rid], typed
    assert readers.search("Коваленко") == []
    assert len(readers.search("")) == 2


def test_duplicates_by_name_and_year_or_by_phone(readers: ReaderService) -> None:
    rid, _ = readers.register(
        "Мар'яненко", "Олена", consent=True, birth_year=1970, phone="0671234567"
    )
    assert [r.id for r in readers.duplicates("Марʼяненко", "олена", 1970, None)] == [rid]
    assert readers.duplicates("Марʼяненко", "Олена", 1971, None) == []
    assert [r.id for r in readers.duplicates("Інша", "Особа", None, "+38 067 123 45 67")] == [rid]
    assert readers.duplicates("Марʼяненко", "Олена", 1970, None, exclude_id=rid) == []


def test_reregistration_keeps_every_year_once(db: Database) -> None:
    rid, _ = ReaderService(db, today=dt.date(2025, 3, 1)).register("Петренко", "Іван", consent=True)
    later = ReaderService(db, today=dt.date(2026, 2, 1))
    later.reregister(rid)
    later.reregister(rid)
    assert later.get(rid).registration_years == [2025, 2026]


def test_block_needs_a_reason_and_unblock_clears_it(readers: ReaderService) -> None:
    rid, _ = readers.register("Петренко", "Іван", consent=True)
    with pytest.raises(ValidationError):
        readers.block(rid, "  ")
    readers.block(rid, "Не повернув 3 книги")
    assert readers.get(rid).blocked and readers.get(rid).block_reason == "Не повернув 3 книги"
    readers.unblock(rid)
    assert not readers.get(rid).blocked and readers.get(rid).block_reason is None


def test_erasure_removes_personal_data_from_table_index_and_log(
    readers: ReaderService, db: Database
) -> None:
    rid, _ = readers.register("Гнатюк", "Мар'яна", consent=True, phone="0671234567")
    card = readers.get(rid).card_number
    readers.erase(rid)
    assert readers.search("Гнатюк") == []
    assert readers.by_card(card) is None
    with db.read() as conn:
        log = " ".join(r[0] for r in conn.execute(text("SELECT fields FROM change_log")))
        fts = conn.execute(text("SELECT count(*) FROM reader_fts")).scalar()
        row = conn.execute(text("SELECT card_number, registration_years FROM reader")).one()
    assert "Гнатюк" not in log and "0671234567" not in log
    assert fts == 0
    assert row[0] == card and row[1] == "[2026]"  # the anonymous counts stay


def test_the_search_forgives_a_slip_only_when_it_finds_little(readers: ReaderService) -> None:
    hnatiuk, _ = readers.register("Гнатюк", "Олена", consent=True)
    matches = readers.find("Гнатук")
    assert matches.found == [] and [r.id for r in matches.similar] == [hnatiuk]
    assert [r.id for r in readers.find("Гнатюк").found] == [hnatiuk]
    assert readers.find("Гнатюк").similar == []  # nothing else a slip away
    assert readers.find("").similar == []


def test_a_phone_is_saved_in_one_form_and_found_however_it_is_typed(
    readers: ReaderService,
) -> None:
    rid, _ = readers.register("Петренко", "Іван", consent=True, phone="067 123-45-67")
    assert readers.get(rid).phone == "+380 67 123 45 67"
    for typed in ("0671234567", "+38(067)123-45-67", "80671234567", "123 45 67"):
        assert [r.id for r in readers.search(typed)] == [rid]
    foreign, _ = readers.register("Smith", "Anna", consent=True, phone="+48 501 234 567")
    assert readers.get(foreign).phone == "+48 501 234 567"
