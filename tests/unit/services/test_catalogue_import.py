"""Catalogue import: MARC files of either flavour and encoding (even when they lie about it),
MARCXML and tables; the whole file or nothing; the same file twice changes nothing."""

import datetime as dt
from pathlib import Path

import pytest

from mandrivna.services import import_report
from mandrivna.services.catalogue_import import CatalogueImport
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.import_report import ImportRefusedError
from tests.support.marc_files import unimarc_general, write_iso, write_xml

TODAY = dt.date(2026, 11, 25)
MARC21_LEADER = "00000nam a2200000   4500"


def unimarc(number, title, isbn=None, barcodes=(), charset="50  ", authors=("Багряний",)):
    fields = [("001", f"UA-{number}"), ("100", "  ", [("a", unimarc_general(charset))])]
    if isbn:
        fields.append(("010", "  ", [("a", isbn)]))
    fields.append(("200", "1 ", [("a", title)]))
    fields.append(("210", "  ", [("a", "Київ"), ("c", "Дніпро"), ("d", "1985")]))
    fields += [("700", " 1", [("a", a), ("g", "Іван")]) for a in authors]
    fields += [("995", "  ", [("f", b)]) for b in barcodes]
    return fields


@pytest.fixture
def importer(db):
    return CatalogueImport(db, today=TODAY)


@pytest.fixture
def catalogue(db):
    return CatalogueService(db, today=TODAY)


def log_size(db):
    with db.read() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()


def test_unimarc_in_cp1251_that_declares_utf8_is_read_right(importer, catalogue, tmp_path):
    records = [
        unimarc(1, "Тигролови", "978-0-306-40615-7", ["inv 1", "inv 2"]),
        unimarc(2, "Їжак, ґава і єнот — пам’ятка", barcodes=["inv 3"]),
    ]
    path = write_iso(tmp_path / "lying.iso", records, "cp1251")
    report = importer.run(path)
    source = report.source
    assert (source.format, source.flavour, source.detected_flavour) == (
        "iso2709",
        "unimarc",
        "unimarc",
    )
    assert (source.encoding, source.declared_encoding) == ("cp1251", "utf-8")
    assert (report.new, report.copies, report.errors, report.warnings) == (2, 3, 0, 0)
    hit = catalogue.search("тигролови")[0]
    assert hit.record.authors == ["Багряний, Іван"]
    assert (hit.record.isbn, hit.record.year, hit.record.place) == ("9780306406157", 1985, "Київ")
    assert hit.copies == 2
    assert catalogue.copy_by_barcode("INV3").record_id == catalogue.search("ґава")[0].record.id
    assert catalogue.search("Їжак")[0].record.title == "Їжак, ґава і єнот — пам’ятка"


def test_the_encoding_and_flavour_can_be_forced(importer, tmp_path):
    path = write_iso(tmp_path / "lying.iso", [unimarc(1, "Тигролови")], "cp1251")
    report = importer.preview(path, encoding="utf-8", flavour="marc21")
    assert (report.source.encoding, report.source.flavour) == ("utf-8", "marc21")
    assert report.errors == 1  # MARC21 has no title in 200: nothing readable
    report = importer.preview(path, encoding="utf-8")
    assert report.rows[0].fields["title"] != "Тигролови"
    assert report.warnings == 1  # letters that could not be read are reported


def test_marc21_utf8_and_marcxml(importer, catalogue, tmp_path):
    fields = [
        ("001", "ocm1"),
        ("020", "  ", [("a", "0-306-40615-2")]),
        ("245", "10", [("a", "Кобзар /"), ("c", "Т. Шевченко")]),
        ("100", "1 ", [("a", "Шевченко, Тарас.")]),
        ("264", " 1", [("a", "Київ :"), ("b", "Дніпро,"), ("c", "2019")]),
        ("852", "  ", [("p", "B-1")]),
    ]
    iso = write_iso(tmp_path / "m21.mrc", [fields], "utf-8", leader=MARC21_LEADER)
    report = importer.run(iso)
    assert (report.source.flavour, report.source.encoding) == ("marc21", "utf-8")
    assert catalogue.search("кобзар")[0].record.authors == ["Шевченко, Тарас"]
    xml_fields = [("001", "ocm2"), *fields[1:5], ("852", "  ", [("p", "B-2")])]
    xml = write_xml(tmp_path / "m21.xml", [xml_fields])
    report = importer.run(xml)
    assert report.source.format == "marcxml"
    assert (report.new, report.unchanged, report.copies) == (0, 1, 1)  # same ISBN and title
    assert catalogue.search("кобзар")[0].record.source_id == "ocm1"  # where it first came from


def test_marcxml_in_cp1251_that_declares_utf8(importer, catalogue, tmp_path):
    path = write_xml(tmp_path / "u.xml", [unimarc(7, "Ґердан з Їжаківки")])
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251"))
    report = importer.run(path)
    assert (report.source.encoding, report.source.declared_encoding) == ("cp1251", "utf-8")
    assert catalogue.search("ґердан")[0].record.title == "Ґердан з Їжаківки"


def test_one_bad_record_and_nothing_goes_in(importer, db, catalogue, tmp_path):
    records = [unimarc(i, f"Книга {i}", barcodes=[f"B{i}"]) for i in range(1, 6)]
    records[3] = unimarc(4, "", barcodes=["B4"])  # no title
    path = write_iso(tmp_path / "bad.iso", records, "utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        importer.run(path)
    problems = refused.value.report.problems
    assert [(p.number, p.warning) for p in problems] == [(4, False)]
    assert catalogue.counts() == (0, 0)
    assert log_size(db) == 0


def test_a_damaged_record_is_reported_by_number(importer, tmp_path):
    path = write_iso(tmp_path / "d.iso", [unimarc(1, "Одна"), unimarc(2, "Дві")], "utf-8")
    data = bytearray(path.read_bytes())
    first_end = data.index(b"\x1d") + 1
    data[first_end + 12 : first_end + 17] = b"99999"  # the second record's base address
    path.write_bytes(bytes(data))
    report = importer.preview(path)
    assert [(p.number, p.warning) for p in report.problems] == [(2, False)]
    assert report.rows[0].fields["title"] == "Одна"


def test_barcode_conflicts_are_errors(importer, catalogue, tmp_path):
    rid, _ = catalogue.add_record("Інша книга")
    catalogue.add_copies(rid, barcode="TAKEN")
    path = write_iso(
        tmp_path / "b.iso",
        [unimarc(1, "Перша", barcodes=["TAKEN"]), unimarc(2, "Друга", barcodes=["X", "X"])],
        "utf-8",
    )
    path2 = write_iso(
        tmp_path / "c.iso",
        [unimarc(1, "Перша", barcodes=["Y"]), unimarc(2, "Друга", barcodes=["Y"])],
        "utf-8",
    )
    assert [p.number for p in importer.preview(path).problems] == [1]
    assert [p.number for p in importer.preview(path2).problems] == [2]


def test_the_same_file_twice_changes_nothing_and_a_changed_file_updates(
    importer, catalogue, db, tmp_path, monkeypatch
):
    monkeypatch.setattr(import_report, "BATCH", 2)  # records repeat across batches
    records = [
        unimarc(1, "Кобзар", "978-0-306-40615-7", ["K1"]),
        unimarc(2, "Тигролови", barcodes=["T1", "T2"]),
        unimarc(3, "Сад", barcodes=["S1"]),
        unimarc(9, "Кобзар", "9780306406157", ["K2", "K3"]),  # the same book: ISBN and title
    ]
    path = write_iso(tmp_path / "c.iso", records, "cp1251", leader="00000nam  2200000   450 ")
    first = importer.run(path)
    assert (first.new, first.unchanged, first.copies, first.warnings) == (3, 1, 6, 1)
    logged = log_size(db)
    again = importer.run(path)
    assert (again.new, again.updated, again.unchanged, again.copies) == (0, 0, 4, 0)
    assert not again.changed and log_size(db) == logged
    assert catalogue.counts() == (3, 6)
    records[1] = unimarc(2, "Тигролови : роман", barcodes=["T1", "T2", "T3"])
    write_iso(path, records, "cp1251")
    third = importer.run(path)
    assert (third.updated, third.copies) == (1, 1)
    assert catalogue.search("тигролови")[0].record.title == "Тигролови : роман"


def test_invalid_isbn_is_a_warning_and_the_record_goes_in(importer, catalogue, tmp_path):
    path = write_iso(tmp_path / "i.iso", [unimarc(1, "Кобзар", "978-0-306-40615-8")], "utf-8")
    report = importer.run(path)
    assert report.ok and [p.warning for p in report.problems] == [True]
    assert catalogue.search("кобзар")[0].record.isbn is None


def test_a_table_with_copy_counts(importer, catalogue, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "title,authors,isbn,copies,barcodes\n"
        'Кобзар,"Шевченко, Тарас",9780306406157,3,INV-1\n'
        "Сад,,,2,\n",
        encoding="cp1251",
    )
    report = importer.run(path)
    assert (report.source.encoding, report.new, report.copies) == ("cp1251", 2, 5)
    barcodes = sorted(
        c.barcode for c in catalogue.copies_of(catalogue.search("кобзар")[0].record.id)
    )
    issued = [b for b in barcodes if b != "INV-1"]
    assert len(issued) == 2 and all("-B" in b for b in issued)  # this laptop's barcodes
    assert (importer.run(path).copies, catalogue.counts()) == (0, (2, 5))


def test_a_table_without_its_required_column_is_refused(importer, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("назва книги;рік\nКобзар;1840\n", encoding="utf-8")
    with pytest.raises(Exception, match="title"):
        importer.preview(path)


def test_a_deleted_record_comes_back_as_new(importer, catalogue, tmp_path):
    rid, _ = catalogue.add_record("Кобзар")
    catalogue.delete_record(rid)
    path = tmp_path / "t.csv"
    path.write_text(f"id;title\n{rid};Кобзар\n", encoding="utf-8")
    report = importer.run(path)
    assert (report.new, report.warnings) == (1, 1)
    assert catalogue.search("кобзар")[0].record.id != rid


def test_the_documented_example_imports(importer, catalogue, tmp_path):
    """docs/exchange.md shows a catalogue table: it must import as it says."""
    doc = (Path(__file__).parents[3] / "docs" / "exchange.md").read_text(encoding="utf-8")
    block = doc.split("Example (`;` between cells, UTF-8):\n\n```\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.csv"
    path.write_text(block, encoding="utf-8")
    report = importer.run(path)
    assert (report.new, report.copies, report.problems) == (2, 3, [])
    assert catalogue.copy_by_barcode("ІН-0002").record_id == catalogue.search("тигр")[0].record.id


def test_a_record_knows_the_day_and_hub_it_was_made(db, importer, catalogue, tmp_path):
    path = write_iso(tmp_path / "one.iso", [unimarc(1, "Тигролови", barcodes=["inv 1"])], "utf-8")
    importer.run(path)
    manual, _ = catalogue.add_record("Кобзар")
    later = CatalogueImport(db, today=TODAY + dt.timedelta(days=40))
    later.run(write_iso(tmp_path / "again.iso", [unimarc(1, "Тигролови")], "utf-8"))
    imported = catalogue.search("тигролови")[0].record
    made = catalogue.search("кобзар")[0].record
    assert made.id == manual
    for record in (imported, made):  # importing it again later keeps the day it was made
        assert (record.created_on, record.created_hub) == ("2026-11-25", "Хаб Дніпро")
