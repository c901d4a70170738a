"""The review page on a coordinator's laptop, driven from the keyboard: the queue in Ukrainian
(a lend despite a warning, a concurrent edit with both values and who), an item dismissed and
another's replaced value taken; two registrations of one person merged; the overdue list printed
to PDF (read back with PDFium) and exported to XLSX (read back with openpyxl). On a librarian's
laptop the same queue is read-only."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mandrivna.core.change import Changed
from mandrivna.core.review_items import LENT_TWICE
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.ui.copies_dialog import CopyDialog
from mandrivna.ui.pages.review_page import ReviewPage
from mandrivna.ui.task_runner import ImmediateRunner
from tests.support.pdf_pages import pdf_text, render_pages
from tests.unit.services.test_review_service import everyone

LENT = dt.date(2026, 9, 1)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def world(services, tmp_path):
    """Two hubs' laptops whose work reached this (headquarters') laptop."""
    services.device.save("Головний офіс", "Марія")
    a, b = Database.open(tmp_path / "a"), Database.open(tmp_path / "b")
    a.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    b.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    readers_a = ReaderService(a, LENT)
    her, _ = readers_a.register("Гнатюк", "Мар'яна", consent=True, birth_year=1980)
    again, _ = ReaderService(b, LENT).register(
        "Hnatiuk", "Mariana", consent=True, birth_year=1980, phone="0671234567"
    )
    catalogue = CatalogueService(a, LENT)
    record, _ = catalogue.add_record("Тигролови")
    catalogue.add_copies(record, barcode="INV-1")
    catalogue.add_copies(record, barcode="INV-2")
    everyone(a, b)
    readers_a.block(her, "Борг")
    lending = LendingService(a, LENT)
    lending.desk.open_session()
    lending.scan("INV-1", her, override_reason="Показала квитанцію")
    LendingService(b, LENT).desk.open_session()
    LendingService(b, LENT).scan("INV-2", again)
    everyone(a, b)
    readers_a.edit(her, settlement="Дніпро")
    ReaderService(b, LENT).edit(her, settlement="Львів")
    everyone(a, b, services.db)
    yield her, again
    a.close()
    b.close()


def open_page(qtbot, services) -> ReviewPage:
    page = ReviewPage(services, ImmediateRunner())
    page.changed.connect(page.on_data_changed)  # as the main window hands writes to every view
    qtbot.addWidget(page)
    page.resize(1098, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def test_the_coordinator_clears_the_queue_and_merges_the_duplicate(
    qtbot, services, world, ukrainian, tmp_path
) -> None:
    her, again = world
    SyncStore(services.db).update_state(role="coordinator")
    page = open_page(qtbot, services)
    assert page.tabs.tabText(0) == "Черга перевірки"
    kinds = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert sorted(kinds) == sorted(
        [tr("review", "Concurrent edit"), tr("review", "Lent despite a warning")]
    )
    assert all(k != "Concurrent edit" for k in kinds)  # said in Ukrainian
    conflict_row = kinds.index(tr("review", "Concurrent edit"))
    what = page.table.item(conflict_row, 4).text()
    assert "«Дніпро»" in what and "«Львів»" in what
    who = page.table.item(conflict_row, 5).text()
    assert "Олена" in who and "Ірина" in who

    override_row = 1 - conflict_row
    page.table.setFocus()
    page.table.selectRow(override_row)
    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.table.rowCount() == 1, page.message.text()
    replaced = page.items[0].other_value
    QTest.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert page.table.rowCount() == 0
    assert services.readers.get(her).settlement == replaced
    page.show_decided.setChecked(True)
    assert page.table.rowCount() == 2 and all(page.table.item(row, 6).text() for row in range(2))

    page.show_tab("duplicates")
    first = page.duplicates.candidates[0]
    assert {first.first.id, first.second.id} == {her, again}
    page.duplicates.merge(first=True, confirm=False)  # the button asks first (a modal box)
    assert page.duplicates.table.rowCount() == 0
    kept = first.first.id
    assert services.readers.by_card(first.second.card_number).id == kept

    page.hide()  # a write elsewhere while the page is not shown: read again once it is
    ReaderService(services.db).edit(kept, settlement="Київ")
    page.on_data_changed(Changed(entities={"reader": {kept}}, stored=1))
    assert page.duplicates.table.rowCount() == 0 and page._stale
    page.show()
    assert not page._stale
    page.show_tab("overdue")
    overdue = page.overdue
    assert overdue.table.rowCount() == 2  # both loans of the one person, past due today
    assert {overdue.table.item(row, 0).text() for row in range(2)} == {
        services.readers.get(kept).full_name
    }
    pdf = tmp_path / "overdue.pdf"
    overdue.print_to(pdf)
    text = pdf_text(pdf)
    assert "Прострочені видачі" in text and "INV-1" in text and "INV-2" in text
    assert "Тигролови" in text and "Хаб Дніпро" in text and "Хаб Львів" in text
    assert len(render_pages(pdf, dpi=50)) == 1
    xlsx = tmp_path / "overdue.xlsx"
    overdue.export_to(xlsx)
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0][0] == tr("OverduePdf", "Reader") and len(rows) == 3
    assert {r[4] for r in rows[1:]} == {"INV-1", "INV-2"}


def test_a_librarian_sees_their_hub_s_items_read_only(qtbot, services, world, ukrainian) -> None:
    services.device.save("Хаб Дніпро", "Олена")
    page = open_page(qtbot, services)
    assert page.read_only_note.isVisible()
    assert not page.keep_button.isVisible() and not page.dismiss_button.isVisible()
    assert not page.hub_filter.isEnabled() and page.hub_filter.currentText() == "Хаб Дніпро"
    assert page.table.rowCount() >= 1
    assert all(item.involves("Хаб Дніпро") for item in page.items)
    count = page.table.rowCount()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.table.rowCount() == count  # nothing decided here
    assert not page.duplicates.keep_first.isVisible()


def test_a_copy_lent_at_two_hubs_is_corrected_in_its_copy_editor(
    qtbot, services, ukrainian, tmp_path
) -> None:
    """Ctrl+E on a copy item opens the catalogue's copy editor, not the reader's card."""
    services.device.save("Головний офіс", "Марія")
    a, b = Database.open(tmp_path / "a"), Database.open(tmp_path / "b")
    a.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    b.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    her, _ = ReaderService(a, LENT).register("Гнатюк", "Мар'яна", consent=True)
    record, _ = CatalogueService(a, LENT).add_record("Тигролови")
    CatalogueService(a, LENT).add_copies(record, barcode="INV-1")
    everyone(a, b)
    for laptop in (a, b):  # the same copy lent at both hubs before they synced
        LendingService(laptop, LENT).desk.open_session()
        LendingService(laptop, LENT).scan("INV-1", her)
    everyone(a, b, services.db)
    a.close()
    b.close()
    copy = services.catalogue.copy_by_barcode("INV-1")
    assert copy is not None
    SyncStore(services.db).update_state(role="coordinator")
    page = open_page(qtbot, services)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(LENT_TWICE))
    assert page.table.rowCount() == 1 and page.items[0].about_copy
    seen: list[object] = []

    def fill(dialog: CopyDialog) -> None:
        seen.append(dialog)
        dialog.status.setCurrentIndex(dialog.status.findData("lost"))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CopyDialog):
            fill(dialog)
        elif dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, run)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen and isinstance(seen[0], CopyDialog)
    assert services.catalogue.copy_line(copy.id).copy.status == "lost"
    assert page.table.rowCount() == 0  # the item is decided: the copy's record corrected
    page.show_decided.setChecked(True)
    assert page.table.item(0, 6).text() == tr("review", "record corrected")
