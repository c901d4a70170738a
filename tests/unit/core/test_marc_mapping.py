"""MARC records to catalogue fields: flavour told by tags, the declared encoding read, each field
taken from its place in MARC21 or UNIMARC (УКРМАРК)."""

from pymarc import Field, Indicators, Record, Subfield

from mandrivna.core import marc_mapping
from mandrivna.core.marc_mapping import MARC21, UNIMARC, map_record
from tests.support.marc_files import raw_record, unimarc_general

UNIMARC_FIELDS = [
    ("001", "RU-UA-0042"),
    ("010", "  ", [("a", "978-966-03-4561-5 (в опр.)"), ("d", "120 грн")]),
    ("100", "  ", [("a", unimarc_general("0189"))]),
    ("101", "0 ", [("a", "ukr")]),
    ("200", "1 ", [("a", "Тигролови"), ("e", "роман"), ("f", "Іван Багряний")]),
    ("210", "  ", [("a", "Харків"), ("c", "Фоліо"), ("d", "2019")]),
    ("606", " 1", [("a", "Українська література"), ("x", "Романи")]),
    ("610", "0 ", [("a", "еміграція")]),
    ("675", "  ", [("a", "821.161.2-31")]),
    ("700", " 1", [("a", "Багряний"), ("b", "І."), ("g", "Іван")]),
    ("701", " 1", [("a", "Українка"), ("b", "Л.")]),
    ("856", "4 ", [("u", "https://example.org/tyhrolovy")]),
    ("995", "  ", [("f", "inv 0001")]),
    ("995", "  ", [("k", "821.161.2")]),  # a copy without a barcode
]

MARC21_FIELDS = [
    ("001", "ocm123"),
    ("008", "240115s2019    uk            000 1 ukr d"),
    ("020", "  ", [("a", "9789660345615 (hardback)")]),
    ("080", "  ", [("a", "821.161.2")]),
    ("100", "1 ", [("a", "Шевченко, Тарас,"), ("d", "1814-1861.")]),
    ("245", "10", [("a", "Кобзар :"), ("b", "вибрані твори /"), ("c", "Т. Шевченко.")]),
    ("264", " 1", [("a", "Київ :"), ("b", "Дніпро,"), ("c", "[2019]")]),
    ("650", " 0", [("a", "Українська поезія"), ("y", "19 ст.")]),
    ("700", "1 ", [("a", "Франко, І. Я.")]),
    ("852", "  ", [("p", "B-0001")]),
]


def decode(data: bytes) -> str:
    return data.decode("cp1251")


def test_unimarc_fields_land_in_their_places():
    mapped = map_record(raw_record(UNIMARC_FIELDS, "cp1251"), UNIMARC, decode)
    assert mapped.fields == {
        "title": "Тигролови : роман",
        "authors": ["Багряний, Іван", "Українка, Л."],
        "publisher": "Фоліо",
        "place": "Харків",
        "year": "2019",
        "language": "ukr",
        "udc": "821.161.2-31",
        "subjects": ["Українська література — Романи", "еміграція"],
        "material_type": "book",
        "url": "https://example.org/tyhrolovy",
        "source_id": "RU-UA-0042",
    }
    assert mapped.isbns == ["978-966-03-4561-5"]
    assert mapped.barcodes == ["inv 0001"]
    assert mapped.copies == 2


def test_marc21_fields_land_in_their_places():
    record = raw_record(MARC21_FIELDS, "utf-8", leader="00000nam a2200000   4500")
    mapped = map_record(record, MARC21, lambda b: b.decode("utf-8"))
    assert mapped.fields["title"] == "Кобзар : вибрані твори"
    assert mapped.fields["authors"] == ["Шевченко, Тарас", "Франко, І. Я."]
    assert (mapped.fields["publisher"], mapped.fields["place"]) == ("Дніпро", "Київ")
    assert mapped.fields["year"] == "2019"
    assert mapped.fields["language"] == "ukr"
    assert mapped.fields["udc"] == "821.161.2"
    assert mapped.fields["subjects"] == ["Українська поезія — 19 ст."]
    assert mapped.isbns == ["9789660345615"]
    assert (mapped.barcodes, mapped.copies) == (["B-0001"], 1)


def test_material_types_from_the_leader():
    for leader, flavour, expected in [
        ("00000nas  22", UNIMARC, "periodical"),
        ("00000nls  22", UNIMARC, "ebook"),
        ("00000nim  22", UNIMARC, "audiobook"),
        ("00000nmm  22", MARC21, "ebook"),
        ("00000nam  22", MARC21, "book"),
    ]:
        record = raw_record([("245", "10", [("a", "X")])], "utf-8", leader=leader)
        assert map_record(record, flavour, decode).fields["material_type"] == expected


def test_flavour_is_told_by_the_tags():
    assert marc_mapping.detect_flavour([{f[0] for f in UNIMARC_FIELDS}]) == UNIMARC
    assert marc_mapping.detect_flavour([{f[0] for f in MARC21_FIELDS}]) == MARC21
    assert marc_mapping.detect_flavour([{"001", "700"}]) is None


def test_declared_encoding():
    unimarc = raw_record(UNIMARC_FIELDS, "cp1251")
    assert marc_mapping.declared_encoding(unimarc, UNIMARC) == "cp1251"
    utf = raw_record([("100", "  ", [("a", unimarc_general("50  "))])], "utf-8")
    assert marc_mapping.declared_encoding(utf, UNIMARC) == "utf-8"
    marc21 = raw_record(MARC21_FIELDS, "utf-8", leader="00000nam a2200000   4500")
    assert marc_mapping.declared_encoding(marc21, MARC21) == "utf-8"


def test_records_holding_text_map_too():
    """MARCXML records hold text, not bytes."""
    record = Record()
    record.add_field(Field(tag="001", data="x1"))
    record.add_field(
        Field(tag="200", indicators=Indicators("1", " "), subfields=[Subfield("a", "Кобзар")])
    )
    mapped = map_record(record, UNIMARC, decode)
    assert (mapped.fields["title"], mapped.fields["source_id"]) == ("Кобзар", "x1")


def test_name_keeps_the_stop_of_an_initial():
    assert marc_mapping._trim_name("Шевченко, Т. Г.") == "Шевченко, Т. Г."
    assert marc_mapping._trim_name("Шевченко, Тарас.") == "Шевченко, Тарас"
    assert marc_mapping._trim("[Київ] :") == "Київ"


def test_non_sorting_markers_and_a_comma_led_forename_as_real_unimarc_files_have_them():
    """As in a real Italian UNIMARC record (pymarc's test file): "\\x88L'\\x89altra faccia…" in
    UTF-8, and the author as 700 $aAsimov$b, Isaac."""
    fields = [
        ("100", "  ", [("a", unimarc_general("50  "))]),
        ("200", "1 ", [("a", "\x88L'\x89altra faccia della spirale"), ("f", "Isaac Asimov")]),
        ("700", " 1", [("a", "Asimov"), ("b", ", Isaac")]),
    ]
    raw = raw_record(fields, "utf-8")
    from mandrivna.core.text_encoding import detect_encoding

    assert detect_encoding(raw.as_marc(), "utf-8").encoding == "utf-8"
    mapped = map_record(raw, UNIMARC, lambda b: b.decode("utf-8"))
    assert mapped.fields["title"] == "L'altra faccia della spirale"
    assert mapped.fields["authors"] == ["Asimov, Isaac"]
