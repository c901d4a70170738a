"""Export → import round trips letter for letter (ї, є, ґ, the apostrophe ʼ), as CSV that Excel
opens (UTF-8 with BOM, ``;``) and as XLSX that openpyxl reads back."""

import csv
import datetime as dt

import openpyxl
import pytest

from mandrivna.core import catalogue_template, reader_template
from mandrivna.services.catalogue_import import CatalogueImport
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.exchange_export import ExchangeExport
from mandrivna.services.reader_import import ReaderImport
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database

TODAY = dt.date(2026, 11, 25)
TRICKY = "Їжакʼя ґава: «Є» — пам’ять"
RECORD_FIELDS = ("title", "authors", "publisher", "place", "year", "isbn", "language", "udc")
READER_FIELDS = (
    "card_number",
    "surname",
    "given_name",
    "patronymic",
    "birth_year",
    "phone",
    "email",
    "settlement",
    "categories",
    "consent_on",
    "registration_hub",
    "registered_on",
    "registration_years",
    "notes",
)


@pytest.fixture
def filled(db):
    catalogue = CatalogueService(db, today=TODAY)
    rid, _ = catalogue.add_record(
        TRICKY,
        authors=["Українка, Леся", "Гнатюк, Ґенадій"],
        publisher="Видавництво Старого Лева",
        place="Львів",
        year=2019,
        isbn="978-0-306-40615-7",
        language="ukr",
        udc="821.161.2",
        subjects=["Поезія", "Їжаки"],
    )
    catalogue.add_copies(rid, 2)
    catalogue.add_copies(rid, barcode="0001234")
    catalogue.add_record("=SUM(A1:A2)")  # text that looks like a formula stays text
    readers = ReaderService(db, today=TODAY)
    readers.register(
        "Гнатюк-Ґудзь",
        "Марʼяна",
        consent=True,
        patronymic="Євгенівна",
        birth_year=1990,
        phone="+380 50 123 45 67",
        email="maryana@example.org",
        settlement="с. Їжаківка",
        categories=["idp", "youth"],
        notes="Перереєстрація: «так»",
    )
    return db


@pytest.fixture
def other(tmp_path):
    database = Database.open(tmp_path / "other")
    database.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    yield database
    database.close()


def records(db):
    with db.read() as conn:
        from mandrivna.store import exchange_queries

        return {
            r["title"]: ({k: r[k] for k in RECORD_FIELDS}, sorted(b))
            for r, b in exchange_queries.live_records(conn)
        }


def readers_of(db):
    with db.read() as conn:
        from mandrivna.store import exchange_queries

        return [{k: r[k] for k in READER_FIELDS} for r in exchange_queries.live_readers(conn)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_catalogue_round_trip_to_another_laptop(filled, other, tmp_path, suffix):
    path = tmp_path / f"catalogue{suffix}"
    assert ExchangeExport(filled).export("catalogue", path) == 2
    report = CatalogueImport(other, today=TODAY).run(path)
    assert (report.new, report.copies, report.problems) == (2, 3, [])
    assert records(other) == records(filled)
    assert CatalogueService(other).search("ґава")[0].record.title == TRICKY
    again = CatalogueImport(filled, today=TODAY).run(path)  # back into the laptop it came from
    assert (again.new, again.unchanged, again.copies) == (0, 2, 0)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_readers_round_trip_to_another_laptop(filled, other, tmp_path, suffix):
    path = tmp_path / f"readers{suffix}"
    assert ExchangeExport(filled).export("readers", path) == 1
    report = ReaderImport(other, today=TODAY).run(path)
    assert (report.new, report.errors) == (1, 0)
    assert readers_of(other) == readers_of(filled)
    again = ReaderImport(filled, today=TODAY).run(path)
    assert (again.new, again.unchanged) == (0, 1)


def test_csv_opens_in_excel_as_it_is(filled, tmp_path):
    path = tmp_path / "catalogue.csv"
    ExchangeExport(filled).export("catalogue", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(catalogue_template.COLUMNS)
    assert TRICKY in rows[1]


def test_xlsx_reads_back_with_openpyxl(filled, tmp_path):
    path = tmp_path / "readers.xlsx"
    ExchangeExport(filled).export("readers", path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == list(reader_template.COLUMNS)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["surname"], row["given_name"], row["settlement"]) == (
        "Гнатюк-Ґудзь",
        "Марʼяна",
        "с. Їжаківка",
    )
    assert row["consent"] == TODAY.isoformat()
    catalogue = tmp_path / "catalogue.xlsx"
    ExchangeExport(filled).export("catalogue", catalogue)
    titles = [r[2] for r in openpyxl.load_workbook(catalogue).worksheets[0].iter_rows(min_row=2)]
    assert "=SUM(A1:A2)" in [t.value for t in titles]
    assert all(t.data_type == "s" for t in titles)


def test_only_csv_or_xlsx(filled, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Exception, match=r"\.csv or \.xlsx"):
        ExchangeExport(filled).export("readers", out / "readers.doc")
    assert not list(out.iterdir())


def test_two_laptops_with_the_same_data_export_the_same_file(tmp_path):
    """Rows come in a stable order (card number; a record's first barcode), not in the order
    each laptop happened to receive them (issue #11, item 12)."""
    from fastapi.testclient import TestClient

    from sync_server.app import create_app
    from sync_server.sql.storage import SqlStorage
    from tests.unit.sync.test_convergence import Replica

    template = tmp_path / "template"
    Database.open(template).close()
    storage = SqlStorage(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    client = TestClient(create_app(storage, materialize_every_s=0))
    a, b = (
        Replica(tmp_path / name, template / "mandrivna.sqlite3", storage, client, index)
        for index, name in enumerate("ab")
    )
    try:
        for replica, names in ((a, ("Бойко", "Ткач")), (b, ("Антоненко", "Шевчук"))):
            for surname in names:
                replica.readers.register(surname, "Олена", consent=True)
            for title in (f"Книга {names[0]}", f"Книга {names[1]}"):
                record_id, _ = CatalogueService(replica.db).add_record(title)
                CatalogueService(replica.db).add_copies(record_id, 2)
            CatalogueService(replica.db).add_record(f"Без примірників {names[0]}")
        for replica in (a, b, a):
            replica.sync()
        for kind, rows in (("readers", 4), ("catalogue", 6)):
            files = []
            for replica in (a, b):
                path = tmp_path / f"{kind}-{replica.db.device().device_id}.csv"
                assert ExchangeExport(replica.db).export(kind, path) == rows
                files.append(path.read_bytes())
            assert files[0] == files[1], kind
        cards = [r["card_number"] for r in readers_of(a.db)]
        assert cards == sorted(cards)
    finally:
        a.db.close()
        b.db.close()
        storage.close()
