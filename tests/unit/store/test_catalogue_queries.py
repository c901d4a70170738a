"""Catalogue filters answered by the search index: a record's type, and the hub and state of one
of its live copies, kept up to date as copies change, and never matched by what is typed."""

import datetime as dt

import pytest

from mandrivna.core import search_text
from mandrivna.core.catalogue import CatalogueFilter
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.store.database import Database


@pytest.fixture
def catalogue(db: Database) -> CatalogueService:
    return CatalogueService(db, today=dt.date(2026, 11, 25))


def found(catalogue: CatalogueService, typed: str = "", **filters: str) -> list[str]:
    return [hit.record.id for hit in catalogue.search(typed, CatalogueFilter(**filters))]


def test_hub_and_state_must_hold_for_the_same_copy(catalogue: CatalogueService) -> None:
    record, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    (in_lviv,), _ = catalogue.add_copies(record, hub="Хаб Львів", status="available")
    (in_kyiv,), _ = catalogue.add_copies(record, hub="Хаб Київ", status="lost")
    assert found(catalogue, hub="Хаб Львів") == [record]
    assert found(catalogue, "кобз", status="lost") == [record]
    assert found(catalogue, hub="Хаб Київ", status="lost") == [record]
    assert found(catalogue, hub="Хаб Львів", status="lost") == []
    catalogue.edit_copy(in_kyiv, status="available")
    assert found(catalogue, status="lost") == []
    catalogue.edit_copy(in_lviv, hub="Хаб Дніпро")
    assert found(catalogue, hub="Хаб Львів") == []
    assert found(catalogue, hub="Хаб Дніпро", status="available") == [record]
    catalogue.delete_copy(in_lviv)
    assert found(catalogue, hub="Хаб Дніпро") == []
    assert found(catalogue, hub="Хаб Київ", status="available") == [record]


def test_type_filter_follows_the_record(catalogue: CatalogueService) -> None:
    record, _ = catalogue.add_record("Тигролови", material_type="ebook")
    assert found(catalogue, material_type="ebook") == [record]
    catalogue.edit_record(record, material_type="audiobook")
    assert found(catalogue, material_type="ebook") == []
    assert found(catalogue, "тигр", material_type="audiobook") == [record]


def test_without_text_the_newest_come_first_and_the_limit_holds(
    catalogue: CatalogueService,
) -> None:
    ids = []
    with catalogue.db.write() as writer:
        for i in range(60):
            ids.append(f"r{i:02d}")
            writer.upsert("bib_record", ids[-1], {"title": f"Том {i}", "material_type": "book"})
    hits = found(catalogue, material_type="book")
    assert hits == ids[::-1][:50]


def test_filter_terms_cannot_be_typed(catalogue: CatalogueService) -> None:
    # a barcode of its own: an issued one starts with this laptop's random prefix, and «qqq»
    # typed folds to «k», which such a prefix may start with
    catalogue.add_copies(catalogue.add_record("Собор")[0], barcode="INV-1", status="lost")
    term = search_text.filter_term("s", "lost")
    assert term.isalpha() and search_text.query_terms(term) != [term]
    for typed in (term, term[:5], "qqq", "QQQS"):
        assert found(catalogue, typed) == []
