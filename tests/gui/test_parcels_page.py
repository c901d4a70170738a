"""The Parcels page driven from the keyboard: form a parcel, scan copies into it (a wedge scanner
types the code and Enter), add a title with a quantity, send it with a waybill, confirm receipt,
print the packing list; refusals are shown in words and the scan field is ready for the next
scan. The main window with the page fits 1366×768."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QInputDialog, QMessageBox

from mandrivna.core.parcel import short_number
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.pages.parcels_page import ParcelsPage
from mandrivna.ui.send_parcel_dialog import SendParcelDialog
from mandrivna.ui.task_runner import ImmediateRunner
from tests.support.pdf_pages import pdf_text, render_pages

from .keyboard import type_text

LIBRARY = "Луганська обласна універсальна наукова бібліотека"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def books(services):
    services.device.save("Головний офіс", "Ірина")
    kobzar, _ = services.catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    services.catalogue.add_copies(kobzar, barcode="UBI-0001")
    services.catalogue.add_copies(kobzar, barcode="UBI-0002")
    boarding, _ = services.catalogue.add_record("Інтернат", authors=["Жадан, Сергій"])
    return {"kobzar": kobzar, "boarding": boarding}


@pytest.fixture
def page(qtbot, services, books, ukrainian):
    page = ParcelsPage(services.parcels, ImmediateRunner(), LIBRARY)
    qtbot.addWidget(page)
    page.resize(1098, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def when_modal(action) -> None:
    """Run ``action(dialog)`` on the modal dialog about to open."""
    QTimer.singleShot(0, lambda: action(QApplication.activeModalWidget()))


def answer_hub(hub: str) -> None:
    def fill(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        combo = dialog.findChild(QComboBox)
        type_text(combo.lineEdit(), hub)
        QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)

    when_modal(fill)


def scan(page: ParcelsPage, code: str) -> None:
    """What a keyboard-wedge scanner does: type the code, then Enter."""
    type_text(page.scan, code)
    QTest.keyClick(page.scan, Qt.Key.Key_Return)


def form_parcel(qtbot, page: ParcelsPage, hub: str) -> None:
    answer_hub(hub)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, page)


def back_to(qtbot, page: ParcelsPage) -> None:
    """A dialog closed: the page's window is active again, as a person's would be."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


# After a modal dialog the offscreen platform leaves no window active, so focus is checked as
# the page's focus widget: the one that has the keyboard when the window is active.


def test_form_a_parcel_and_scan_copies_into_it(qtbot, page, services) -> None:
    assert not page.scan.isEnabled()  # nothing chosen yet
    form_parcel(qtbot, page, "Хаб Суми")
    (summary,) = services.parcels.parcels()
    assert page.current_id == summary.parcel.id
    assert page.table.item(0, 1).text() == "Хаб Суми"
    assert page.focusWidget() is page.scan  # ready for the first scan
    scan(page, "ubi-0001")
    assert page.lines.rowCount() == 1 and page.lines.item(0, 0).text() == "UBI-0001"
    assert page.lines.item(0, 1).text() == "Кобзар"
    assert page.scan.text() == "" and page.focusWidget() is page.scan
    scan(page, "UBI-0002")
    assert page.lines.rowCount() == 2
    assert page.table.item(0, 3).text() == "2"  # the list's count of books follows
    scan(page, "UBI-0001")  # scanned twice by mistake
    assert page.message.text() == tr("errors", "The copy {code} is already in this parcel.").format(
        code="UBI-0001"
    )
    assert "b00020" in page.message.styleSheet()
    scan(page, "NOPE-9")
    assert "NOPE-9" in page.message.text()
    assert page.scan.text() == "" and page.lines.rowCount() == 2
    assert services.parcels.detail(summary.parcel.id).books == 2


def test_add_a_title_with_a_quantity_and_change_it(qtbot, page, services, monkeypatch) -> None:
    form_parcel(qtbot, page, "Хаб Суми")
    QTest.keyClick(page.scan, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.title_search
    type_text(page.title_search, "інтер")
    QTest.keyClick(page.title_search, Qt.Key.Key_Return)  # finds and moves to the quantity
    assert page.title_results.count() == 1 and page.focusWidget() is page.quantity
    type_text(page.quantity, "12")
    QTest.keyClick(page.quantity, Qt.Key.Key_Return)
    assert page.lines.rowCount() == 1
    assert [page.lines.item(0, c).text() for c in range(4)] == [
        "—",
        "Інтернат",
        "Жадан, Сергій",
        "12",
    ]
    assert page.title_search.text() == "" and page.focusWidget() is page.title_search
    page.lines.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a: (20, True))
    page.quantity_button.click()
    assert page.lines.item(0, 3).text() == "20"
    page.lines.setFocus()
    QTest.keyClick(page.lines, Qt.Key.Key_Delete)
    assert page.lines.rowCount() == 0


def test_send_with_a_waybill_confirm_receipt_and_print(
    qtbot, page, services, monkeypatch, tmp_path
) -> None:
    form_parcel(qtbot, page, "Хаб Суми")
    scan(page, "UBI-0001")
    assert not page.receive_button.isEnabled()

    seen = []

    def fill_waybill(dialog) -> None:
        seen.append((type(dialog), dialog.focusWidget() is getattr(dialog, "waybill", None)))
        type_text(dialog.waybill, "2045 0012 3456 78")
        QTest.keyClick(dialog.waybill, Qt.Key.Key_Return)
        if dialog.isVisible():  # Enter did not send: close it so the test ends and fails
            dialog.reject()

    when_modal(fill_waybill)
    page.send_button.click()
    assert seen == [(SendParcelDialog, True)]  # the waybill field has the keyboard
    parcel_id = page.current_id
    parcel = services.parcels.detail(parcel_id).parcel
    assert (parcel.status, parcel.waybill) == ("sent", "2045 0012 3456 78")
    assert services.catalogue.copy_by_barcode("UBI-0001").status == "in_transit"
    assert page.facts["waybill"].text() == "2045 0012 3456 78"
    assert not page.scan.isEnabled() and not page.send_button.isEnabled()
    assert page.receive_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.receive_button.click()
    moved = services.catalogue.copy_by_barcode("UBI-0001")
    assert (moved.hub, moved.status) == ("Хаб Суми", "available")
    assert services.parcels.detail(parcel_id).parcel.status == "received"
    assert not page.receive_button.isEnabled() and page.print_button.isEnabled()

    target = tmp_path / "packing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    back_to(qtbot, page)
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert str(target) in page.message.text()
    assert len(render_pages(target, 50)) == 1
    text = pdf_text(target)
    assert short_number(parcel_id) in text and "UBI-0001" in text and "Хаб Суми" in text


def test_a_printing_failure_is_said_in_words(qtbot, page, monkeypatch, tmp_path) -> None:
    form_parcel(qtbot, page, "Хаб Суми")
    target = tmp_path / "no such folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.print_button.click()
    assert "b00020" in page.message.styleSheet() and not target.exists()


def test_the_status_filter_lists_only_those_parcels(page, services) -> None:
    sent, _ = services.parcels.form("Хаб Ізюм")
    services.parcels.add_copy(sent, "UBI-0002")
    services.parcels.send(sent, "NP-1")
    services.parcels.form("Хаб Суми")
    page.refresh()
    assert page.table.rowCount() == 2
    page.status_filter.setCurrentIndex(page.status_filter.findData("sent"))
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "Хаб Ізюм"
    page.table.selectRow(0)
    assert page.current_id == sent and page.receive_button.isEnabled()
    page.status_filter.setCurrentIndex(page.status_filter.findData("received"))
    assert page.table.rowCount() == 0 and not page.print_button.isEnabled()


def test_the_window_with_the_parcels_page_fits_1366x768(
    qtbot, services, books, ukrainian, tmp_path
):
    pid, _ = services.parcels.form("Гуманітарний хаб «Незламні», Кропивницький")
    for code in ("UBI-0001", "UBI-0002"):
        services.parcels.add_copy(pid, code)
    services.parcels.add_title(pid, books["boarding"], 25)
    other, _ = services.parcels.form("Хаб Ізюм")
    services.parcels.add_title(other, books["boarding"], 3)
    services.parcels.send(other, "2045 0012 3456 78", dt.date.today())
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    window.show_page("parcels")
    window.show()
    qtbot.waitExposed(window)
    page = window.parcels_page
    page.table.selectRow([s.parcel.id for s in page.summaries].index(pid))
    assert page.lines.rowCount() == 3
    picture = window.grab()
    assert (picture.width(), picture.height()) == (1366, 768)
    assert picture.save(str(tmp_path / "parcels.png"))
    assert window.minimumSizeHint().width() <= 1366


def test_a_copy_lent_after_it_was_packed_is_shown_on_loan(qtbot, page, services) -> None:
    form_parcel(qtbot, page, "Хаб Суми")
    scan(page, "UBI-0001")
    reader_id, _ = services.readers.register("Петренко", "Іван", consent=True)
    services.desk.open_session()
    lent = services.lending.scan("UBI-0001", reader_id)
    page.on_data_changed(lent.changed)  # as the main window passes every write on
    on_loan = tr("ParcelDetailPanel", "{code} (on loan)").format(code="UBI-0001")
    qtbot.waitUntil(lambda: page.lines.item(0, 0).text() == on_loan, timeout=3000)
    assert on_loan == "UBI-0001 (виданий)"
