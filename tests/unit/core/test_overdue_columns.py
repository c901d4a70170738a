"""An overdue loan's columns, in the one order the list is shown, printed and exported in."""

import datetime as dt

from mandrivna.core.overdue import OverdueLine


def test_the_columns_in_order_and_as_text():
    line = OverdueLine(
        loan_id="l1",
        reader_id="r1",
        reader="Шевчук Олена",
        card="D-1",
        phone="+380501234567",
        hub="Хаб Дніпро",
        barcode="HDN-00017",
        title="Кобзар",
        due_on="2024-03-05",
        days_late=12,
    )
    assert line.columns() == (
        "Шевчук Олена",
        "D-1",
        "+380501234567",
        "Хаб Дніпро",
        "HDN-00017",
        "Кобзар",
        dt.date(2024, 3, 5),
        12,
    )
    assert line.texts()[-2:] == ("05.03.2024", "12") and line.texts()[:6] == line.columns()[:6]
