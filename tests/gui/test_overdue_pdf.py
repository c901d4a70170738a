"""The overdue list printed: each loan's row in the list's column order, a reader without a name
shown as a dash, the due date as a date."""

import datetime as dt

from mandrivna.core.overdue import OverdueLine
from mandrivna.ui.printing.overdue_pdf import write_overdue_list
from tests.support.pdf_pages import pdf_text


def _line(n: int, reader: str) -> OverdueLine:
    return OverdueLine(
        loan_id=f"l{n}",
        reader_id=f"r{n}",
        reader=reader,
        card=f"D-{n}",
        phone="+380501234567",
        hub="Хаб Дніпро",
        barcode=f"HDN-0001{n}",
        title="Кобзар",
        due_on="2026-11-05",
        days_late=20 + n,
    )


def test_the_overdue_list_prints_every_loan(qapp, tmp_path, ukrainian):
    path = tmp_path / "боржники.pdf"
    lines = [_line(1, "Шевчук Олена"), _line(2, "")]
    write_overdue_list(path, lines, "Хаб Дніпро", dt.date(2026, 11, 26))
    text = pdf_text(path)
    for expected in ("Шевчук Олена", "D-1", "HDN-00011", "HDN-00012", "05.11.2026", "21", "22"):
        assert expected in text, expected
    assert "— D-2" in text  # the loan whose reader has no name
