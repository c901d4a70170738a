"""``mandrivna report``: the year, a quarter, a month or days, for the library or one hub, to
.xlsx (read back: the plan's table, the rules as notes, printable on A4) and .csv, without Qt;
an unknown hub or format is one plain sentence and exit 2."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from mandrivna.store.database import Database
from tests.unit.services import report_fixtures as fx

NO_QT = (
    "import sys, runpy\n"
    "sys.argv = ['mandrivna'] + sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module('mandrivna', run_name='__main__')\n"
    "except SystemExit as done:\n"
    "    code = done.code\n"
    "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    "assert not bad, bad\n"
    "sys.exit(code)\n"
)


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    db = Database.open(folder)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    reader = fx.reader(db, "Хаб Дніпро", "2024-02-01")
    book = fx.copy(db, "Хаб Дніпро", "2024-01-10")
    fx.loan_event(db, "lend", book, reader, "2024-02-01", "Хаб Дніпро")
    fx.loan_event(db, "renew", book, reader, "2024-02-20", "Хаб Дніпро")
    fx.e_loan(db, "e_loan", "2024-05-01", "Хаб Львів")
    fx.tally(db, "2024-02-01", "Хаб Львів", "remote", 4)
    db.close()
    return folder


def run(data, *args):
    return subprocess.run(
        [sys.executable, "-c", NO_QT, "--data-dir", str(data), "report", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "MANDRIVNA_LANG": "uk"},
    )


def test_xlsx_of_the_year_without_qt(data, tmp_path):
    out = tmp_path / "звіт.xlsx"
    done = run(data, "--year", 2024, "--out", out)
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "№")
    by_number = {r[0]: r for r in rows[header + 1 :] if r[0]}
    assert by_number["3"][1] == "Книговидача (документовидача)"
    assert by_number["3"][3] == 5000  # the 2024 plan's target
    assert by_number["3"][5] == 2  # one lend and one e-loan; the renewal is its own line
    assert by_number["3.4"][5] == 1
    assert by_number["2.2"][5] == 4
    note = sheet.cell(header + 2, 2).comment
    assert note is not None and "один раз" in note.text
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_csv_of_a_quarter_at_one_hub(data, tmp_path):
    out = tmp_path / "q1.csv"
    done = run(data, "--year", 2024, "--quarter", 1, "--hub", "хаб львів", "--out", out)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    figures = {r[0]: r for r in rows if len(r) > 5}
    assert figures["2.2"][5] == "4"
    assert figures["3"][5] == "0"  # the e-loan was in May
    assert "Хаб Львів" in " ".join(r[0] for r in rows[:3])


def test_unknown_hub_and_format_are_plain_errors(data, tmp_path):
    unknown = run(data, "--year", 2024, "--hub", "Марс", "--out", tmp_path / "x.csv")
    assert unknown.returncode == 2
    assert "Марс" in unknown.stderr and "Traceback" not in unknown.stderr
    wrong = run(data, "--year", 2024, "--out", tmp_path / "x.doc")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
