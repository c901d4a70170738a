"""The exchange tables' rows: cells read loosely (aliases, yes/так, dates, lists), checked by the
catalogue's and readers' rules, written back the same."""

import datetime as dt

import pytest

from mandrivna.core import catalogue_template, reader_template, table_cells

TODAY = dt.date(2026, 11, 25)


def test_headers_match_by_name_or_ukrainian_alias():
    columns = table_cells.header_map(
        ["Назва", " Автори ", "Рік видання", "ISBN", "Штрихкоди", "щось інше"],
        catalogue_template.ALIASES,
    )
    assert columns == {0: "title", 1: "authors", 2: "year", 3: "isbn", 4: "barcodes"}
    readers = table_cells.header_map(["Ім’я", "Прізвище", "Згода"], reader_template.ALIASES)
    assert readers == {0: "given_name", 1: "surname", 2: "consent"}


def test_cells():
    assert table_cells.text(2019.0) == "2019"
    assert table_cells.text(dt.datetime(2025, 3, 31, 0, 0)) == "2025-03-31"
    assert table_cells.items("Шевченко, Т.; Франко, І. ;") == ["Шевченко, Т.", "Франко, І."]
    assert table_cells.yes_no("Так", "x") is True
    assert table_cells.date("31.03.2025", "x") == dt.date(2025, 3, 31)
    with pytest.raises(Exception, match="whole number"):
        table_cells.whole_number("двадцять", "copies")


def test_a_record_row_is_checked_and_its_bad_isbn_dropped_with_a_warning():
    row = catalogue_template.record_row(
        2,
        {
            "title": " Кобзар ",
            "authors": "Шевченко, Тарас",
            "year": "1840",
            "isbn": "978-0-306-40615-8",
            "material_type": "Книга",
            "copies": "3",
            "barcodes": "inv 1; INV1; inv 2",
        },
        TODAY,
    )
    assert row.ok
    assert row.fields["title"] == "Кобзар"
    assert row.fields["isbn"] is None
    assert [p.warning for p in row.problems] == [True]
    assert row.fields["material_type"] == "book"
    assert (row.barcodes, row.copies) == (["INV1", "INV2"], 3)


def test_record_row_errors():
    assert not catalogue_template.record_row(3, {"title": ""}, TODAY).ok
    assert not catalogue_template.record_row(3, {"title": "X", "copies": "два"}, TODAY).ok
    assert not catalogue_template.record_row(3, {"title": "X", "material_type": "свиток"}, TODAY).ok
    assert not catalogue_template.record_row(3, {"title": "X", "id": "42"}, TODAY).ok
    impossible = catalogue_template.record_row(3, {"title": "X", "year": "2999"}, TODAY)
    assert impossible.ok and impossible.fields["year"] is None  # a warning, not an error


def test_a_record_row_round_trips():
    stored = {
        "id": "3f2b8f0e-7c7c-4b7e-9d7e-1d2c3b4a5f60",
        "title": "Марʼяна і ґава",
        "authors": ["Українка, Леся", "Франко, Іван"],
        "year": 2019,
        "isbn": "9780306406157",
        "subjects": ["Поезія"],
        "material_type": "book",
        "source_id": "UA1",
    }
    cells = dict(
        zip(
            catalogue_template.COLUMNS,
            catalogue_template.record_cells(stored, ["B1", "B2"]),
            strict=True,
        )
    )
    row = catalogue_template.record_row(2, cells, TODAY)
    assert row.ok and not row.problems
    assert row.entity_id == stored["id"]
    for name, value in stored.items():
        if name != "id":
            assert row.fields[name] == value
    assert (row.barcodes, row.copies) == (["B1", "B2"], 2)


def test_reader_row_needs_consent():
    base = {"surname": "Коваленко", "given_name": "Марʼяна"}
    assert not reader_template.reader_row(2, base, TODAY).ok
    assert not reader_template.reader_row(2, {**base, "consent": "ні"}, TODAY).ok
    assert (
        reader_template.reader_row(2, {**base, "consent": "так"}, TODAY).fields["consent_on"]
        == TODAY.isoformat()
    )
    dated = reader_template.reader_row(2, {**base, "consent": "01.09.2024"}, TODAY)
    assert dated.fields["consent_on"] == "2024-09-01"


def test_reader_row_rules():
    base = {"surname": "Коваленко", "given_name": "Ірина", "consent": "yes"}
    row = reader_template.reader_row(
        2,
        {**base, "card_number": " 7k2mq-0042 ", "categories": "ВПО; 55+", "birth_year": "1960"},
        TODAY,
    )
    assert row.ok
    assert row.fields["card_number"] == "7K2MQ-0042"
    assert row.fields["categories"] == ["age55", "idp"]
    assert not reader_template.reader_row(2, {**base, "birth_year": "1800"}, TODAY).ok
    assert not reader_template.reader_row(2, {**base, "categories": "космонавти"}, TODAY).ok
    assert not reader_template.reader_row(2, {**base, "surname": ""}, TODAY).ok


def test_a_reader_row_round_trips():
    stored = {
        "card_number": "7K2MQ-0042",
        "surname": "Коваленко",
        "given_name": "Марʼяна",
        "patronymic": "Євгенівна",
        "birth_year": 1990,
        "phone": "+380 50 123 45 67",  # as stored
        "categories": ["idp", "youth"],
        "consent_on": "2024-09-01",
        "registration_hub": "Хаб Дніпро",
        "registered_on": "2024-09-01",
        "registration_years": [2024, 2025],
        "blocked": True,
        "block_reason": "Не повернула книгу",
    }
    cells = dict(zip(reader_template.COLUMNS, reader_template.reader_cells(stored), strict=True))
    row = reader_template.reader_row(2, cells, TODAY)
    assert row.ok
    for name, value in stored.items():
        assert row.fields[name] == value
