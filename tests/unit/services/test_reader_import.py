"""Readers import: consent required, registration rules, card numbers kept or issued, the same
card updates instead of adding, and a bad line stops the whole file."""

import datetime as dt

import pytest

from mandrivna.core.card_number import device_prefix
from mandrivna.services.import_report import ImportRefusedError
from mandrivna.services.reader_import import ReaderImport
from mandrivna.services.reader_service import ReaderService

TODAY = dt.date(2026, 11, 25)
HEADER = "card_number;surname;given_name;birth_year;phone;categories;consent\n"


@pytest.fixture
def importer(db):
    return ReaderImport(db, today=TODAY)


@pytest.fixture
def readers(db):
    return ReaderService(db, today=TODAY)


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "readers.csv"
    path.write_text(HEADER + text, encoding=encoding)
    return path


def test_readers_go_in_with_their_cards_or_new_ones(importer, readers, db, tmp_path):
    path = write(
        tmp_path,
        "Ч-0017;Коваленко;Мар’яна;1990;+380501234567;впо;2024-09-01\n"
        ";Петренко;Ґанна;1958;;age55;так\n",
        encoding="cp1251",
    )
    report = importer.run(path)
    assert (report.new, report.source.encoding) == (2, "cp1251")
    kept = readers.by_card("ч-0017")
    assert (kept.given_name, kept.categories, kept.consent_on) == ("Мар’яна", ["idp"], "2024-09-01")
    assert (kept.registration_hub, kept.registration_years) == ("Хаб Дніпро", [2026])
    issued = readers.search("Петренко")[0]
    assert issued.card_number == f"{device_prefix(db.device().origin_id)}-0001"
    assert issued.consent_on == TODAY.isoformat()


def test_without_consent_nothing_goes_in(importer, readers, tmp_path):
    path = write(tmp_path, ";Коваленко;Ірина;;;;так\n;Петренко;Іван;;;;\n")
    with pytest.raises(ImportRefusedError) as refused:
        importer.run(path)
    assert [p.number for p in refused.value.report.problems] == [3]
    assert readers.count() == 0


def test_rule_breaking_rows_are_errors(importer, tmp_path):
    path = write(
        tmp_path,
        "A1;Коваленко;Ірина;1800;;;так\n"
        "A2;;Іван;;;;так\n"
        "A3;Франко;Іван;;;космонавт;так\n"
        "A4;Франко;Петро;;;;так\n"
        "A4;Франко;Тарас;;;;так\n",
    )
    report = importer.preview(path)
    assert [p.number for p in report.problems if not p.warning] == [2, 3, 4, 6]


def test_the_same_card_updates_and_a_second_import_changes_nothing(importer, readers, tmp_path):
    rid, _ = readers.register("Коваленко", "Ірина", consent=True, card_number="A1")
    consent = readers.get(rid).consent_on
    path = write(tmp_path, "A1;Коваленко;Ірина;1985;0501234567;;так\n")
    report = importer.run(path)
    assert (report.new, report.updated) == (0, 1)
    reader = readers.get(rid)
    assert (reader.birth_year, reader.phone, reader.consent_on) == (
        1985,
        "+380 50 123 45 67",
        consent,
    )
    again = importer.run(path)
    assert (again.new, again.updated, again.unchanged, bool(again.changed)) == (0, 0, 1, False)
    assert readers.count() == 1


def test_a_possible_duplicate_person_is_a_warning(importer, readers, tmp_path):
    readers.register("Коваленко", "Ірина", consent=True, birth_year=1985)
    report = importer.preview(write(tmp_path, ";Коваленко;Ірина;1985;;;так\n"))
    assert report.ok and [p.warning for p in report.problems] == [True]
