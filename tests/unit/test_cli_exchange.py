"""``mandrivna import`` and ``mandrivna export`` as a librarian or a script runs them: problems
by line, exit 2 with nothing stored, the detected encoding said, the exported file's full path."""

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from mandrivna.cli import main
from mandrivna.store.database import Database
from tests.support.marc_files import unimarc_general, write_iso


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    database = Database.open(folder)
    database.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    database.close()
    return folder


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "mandrivna", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "MANDRIVNA_LANG": "en"},
    )


def test_import_a_lying_unimarc_file_then_export_it(data, tmp_path):
    fields = [
        ("001", "UA-1"),
        ("100", "  ", [("a", unimarc_general("50  "))]),
        ("200", "1 ", [("a", "Тигролови")]),
        ("995", "  ", [("f", "INV-1")]),
    ]
    marc = write_iso(tmp_path / "cat.iso", [fields], "cp1251")
    result = run("--data-dir", data, "import", "catalogue", marc)
    assert result.returncode == 0, result.stderr
    assert "UNIMARC (detected)" in result.stdout
    assert "Windows-1251 (detected; the file declares UTF-8)" in result.stdout
    assert "Added 1 records" in result.stdout and "added 1 copies" in result.stdout
    out = tmp_path / "export" / "cat.xlsx"
    out.parent.mkdir()
    result = run("--data-dir", data, "export", "catalogue", out)
    assert result.returncode == 0, result.stderr
    assert f"Wrote 1 records to {out.resolve()}." in result.stdout
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[1][2] == "Тигролови"


def test_bad_rows_are_listed_and_nothing_is_stored(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_LANG", "en")
    path = tmp_path / "readers.csv"
    path.write_text(
        "surname;given_name;consent\nКоваленко;Ірина;так\nПетренко;Іван;\n", encoding="utf-8"
    )
    assert main(["--data-dir", str(data), "import", "readers", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Line 3: No consent to personal-data processing" in err
    assert "Nothing was imported" in err
    assert main(["--data-dir", str(data), "import", "readers", str(path), "--dry-run"]) == 2
    path.write_text("surname;given_name;consent\nКоваленко;Ірина;так\n", encoding="utf-8")
    assert main(["--data-dir", str(data), "import", "readers", str(path)]) == 0
    assert "Added 1 readers" in capsys.readouterr().out


def test_readers_export_says_where_and_warns(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_LANG", "en")
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(data), "export", "readers", "r.csv"]) == 0
    out = capsys.readouterr().out
    assert f"Wrote 0 readers to {(tmp_path / 'r.csv').resolve()}." in out
    assert "personal data" in out


def test_an_unknown_file_kind_is_a_plain_error(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_LANG", "en")
    path = tmp_path / "catalogue.pdf"
    path.write_bytes(b"%PDF")
    assert main(["--data-dir", str(data), "import", "catalogue", str(path)]) == 2
    assert "Choose a MARC file (.mrc, .iso, .xml) or a table" in capsys.readouterr().err


def test_big_files_show_progress(data, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_LANG", "en")
    path = tmp_path / "big.csv"
    lines = "".join(f"Книга {i};{i % 3}\n" for i in range(25_000))
    path.write_text("title;copies\n" + lines, encoding="utf-8")
    assert main(["--data-dir", str(data), "import", "catalogue", str(path), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "Read 10000 of 25000" in captured.err
    assert "Would add 25000 records" in captured.out
