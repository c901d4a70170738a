"""Tables in files: CSV in UTF-8 (with or without BOM) or Windows-1251 with ``;``, ``,`` or tab
between cells, and XLSX; the header read through the template's aliases, blank rows skipped, a
missing required column or an empty file refused in words; written files whole, in the template's
columns, read back the same."""

from pathlib import Path

import pytest

from mandrivna.core.errors import ValidationError
from mandrivna.services import table_files

ALIASES = {"surname": "surname", "прізвище": "surname", "phone": "phone", "телефон": "phone"}


def rows_of(path: Path, encoding: str | None = None):
    table = table_files.open_table(path, encoding)
    header, rows = table_files.read_table(table, ALIASES, ["surname"])
    return table, header, list(rows)


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-8", ","), ("cp1251", "\t")]
)
def test_csv_in_any_usual_encoding_and_delimiter(tmp_path, encoding, delimiter):
    path = tmp_path / "readers.csv"
    text = delimiter.join(["Прізвище", "Телефон", "Зріст"]) + "\n"
    text += delimiter.join(["Гнатюк", "+380671234567", "170"]) + "\n\n"
    text += delimiter.join(["Шевченко", "", ""]) + "\n"
    path.write_bytes(text.encode(encoding))
    table, header, rows = rows_of(path)
    assert table.kind == "csv" and table.delimiter == delimiter
    assert table.encoding == ("cp1251" if encoding == "cp1251" else "utf-8")
    assert header.unknown == ["Зріст"]
    assert rows == [
        (2, {"surname": "Гнатюк", "phone": "+380671234567"}),
        (4, {"surname": "Шевченко", "phone": ""}),
    ]


def test_a_written_table_reads_back_the_same(tmp_path):
    for name in ("out.csv", "out.xlsx"):
        path = tmp_path / name
        count = table_files.write_table(
            path, ["surname", "phone"], [["Гнатюк", "+380671234567"], ["Коваль", None]]
        )
        assert count == 2
        _table, header, rows = rows_of(path)
        assert header.unknown == []
        cells = [(r["surname"], r.get("phone") or None) for _, r in rows]
        assert cells == [("Гнатюк", "+380671234567"), ("Коваль", None)]
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_missing_column_an_empty_file_and_a_wrong_kind_are_refused(tmp_path):
    no_surname = tmp_path / "a.csv"
    no_surname.write_text("Телефон\n+380671234567\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no column surname"):
        rows_of(no_surname)
    empty = tmp_path / "b.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        rows_of(empty)
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        table_files.open_table(tmp_path / "c.ods")
    fake = tmp_path / "d.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ValidationError, match="not an XLSX"):
        table_files.open_table(fake)
