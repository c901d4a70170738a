"""The overdue list: per hub and for every hub, most days late first, with the reader kept after
a merge; its XLSX read back with openpyxl."""

import datetime as dt

import openpyxl

from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.overdue_service import OverdueService
from mandrivna.services.reader_merge_service import ReaderMergeService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from tests.unit.services.test_review_service import everyone

COLUMNS = ["Читач", "Картка", "Телефон", "Хаб", "Примірник", "Назва", "Повернути до", "Днів"]


def test_overdue_per_hub_and_for_all_hubs(tmp_path) -> None:
    a, b, hq = (Database.open(tmp_path / n) for n in ("a", "b", "hq"))
    a.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    b.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    hq.set_device(hub_name="Штаб", librarian_name="Марія")
    SyncStore(hq).update_state(role="coordinator")
    lent_a, lent_b = dt.date(2026, 9, 1), dt.date(2026, 10, 10)
    reader, _ = ReaderService(a, lent_a).register(
        "Коваль", "Ольга", consent=True, phone="0671112233"
    )
    twin, _ = ReaderService(b, lent_a).register("Koval", "Olha", consent=True)
    catalogue = CatalogueService(a, lent_a)
    record, _ = catalogue.add_record("Тигролови")
    for n in (1, 2, 3):
        catalogue.add_copies(record, barcode=f"INV-{n}")
    everyone(a, b, hq)
    lend_a, lend_b = LendingService(a, lent_a), LendingService(b, lent_b)
    lend_a.desk.open_session()
    lend_b.desk.open_session()
    lend_a.scan("INV-1", reader)
    lend_b.scan("INV-2", twin)
    lend_b.scan("INV-3", twin)
    lend_b.scan("INV-3", None)  # brought back
    everyone(a, b, hq)
    ReaderMergeService(hq).merge(reader, twin)

    today = dt.date(2026, 12, 1)
    overdue = OverdueService(hq, today)
    lines = overdue.lines()
    assert [(line.barcode, line.hub, line.days_late) for line in lines] == [
        ("INV-1", "Хаб Дніпро", 61),
        ("INV-2", "Хаб Львів", 22),
    ]
    assert {line.reader for line in lines} == {"Коваль Ольга"}  # the reader kept
    assert {line.phone for line in lines} == {"+380 67 111 22 33"}
    assert [line.barcode for line in overdue.lines("Хаб Львів")] == ["INV-2"]

    path = tmp_path / "overdue.xlsx"
    assert overdue.export(path, COLUMNS) == 2
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS
    assert rows[1][:6] == (
        "Коваль Ольга",
        lines[0].card,
        "+380 67 111 22 33",
        "Хаб Дніпро",
        "INV-1",
        "Тигролови",
    )
    assert rows[1][6].date() == dt.date(2026, 10, 1) and rows[1][7] == 61
    for db in (a, b, hq):
        db.close()
