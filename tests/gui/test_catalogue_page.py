"""The Catalogue page driven from the keyboard: search as you type, scan a barcode, create a record
through its dialog (a wrong ISBN is explained and nothing is saved), add and change copies, filter,
delete; searches and writes on the background runner."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from mandrivna.core.catalogue import ACQUISITIONS, COPY_STATUSES, MATERIAL_TYPES
from mandrivna.store import record_rows, tables
from mandrivna.ui import catalogue_names
from mandrivna.ui.copies_dialog import AddCopiesDialog, CopyDialog
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.pages.catalogue_page import CataloguePage
from mandrivna.ui.record_dialog import RecordDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

from .keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


class HeldRunner(ImmediateRunner):
    """Keeps jobs until the test runs them, in any order."""

    def __init__(self):
        super().__init__()
        self.jobs = []

    def run(self, fn, on_done=None, on_error=None):
        self.jobs.append((fn, on_done, on_error))

    def finish(self, job):
        fn, on_done, _on_error = job
        self.jobs.remove(job)
        on_done(fn())


def back_to(qtbot, page):
    """What the window manager does when a dialog closes (offscreen Qt does not)."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=1000)


def make_page(qtbot, services, runner):
    page = CataloguePage(services, runner)
    page.changed.connect(page.on_data_changed)  # what the main window does
    # answers still under way reach the page before it closes
    qtbot.addWidget(
        page, before_close_func=lambda _p: qtbot.waitUntil(lambda: not runner.is_busy())
    )
    page.resize(1146, 700)
    page.show()
    back_to(qtbot, page)
    return page


@pytest.fixture
def catalogue(services):
    services.device.save("Хаб Дніпро", "Олена")
    return services.catalogue


@pytest.fixture
def runner():
    background = TaskRunner()
    yield background
    background.wait()


@pytest.fixture
def page(qtbot, services, catalogue, runner, ukrainian):
    return make_page(qtbot, services, runner)


def confirm(qtbot, page):
    """Answers the page's question with its first button (delete), from the keyboard."""
    (button,) = [
        b
        for b in page.question.buttons()
        if page.question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    back_to(qtbot, page)


def titles(page):
    return {page.results.item(row, 0).text() for row in range(page.results.rowCount())}


def stamps(catalogue, record_id):
    """Each field's merge stamp of a record, as the store keeps it (screens never see them)."""
    with catalogue.db.read() as conn:
        return record_rows.row_stamps(
            conn.execute(
                select(tables.bib_record.c.stamps).where(tables.bib_record.c.id == record_id)
            ).scalar_one()
        )


def focused():
    return QApplication.focusWidget()


def test_typing_searches_after_a_pause_and_drops_stale_answers(qtbot, services, catalogue):
    catalogue.add_record("Ворошиловград", authors=["Жадан, Сергій"])
    catalogue.add_record("Інтернат", authors=["Жадан, Сергій"])
    catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    held = HeldRunner()
    page = make_page(qtbot, services, held)
    while held.jobs:
        held.finish(held.jobs[0])
    assert titles(page) == {"Ворошиловград", "Кобзар", "Інтернат"}

    type_text(page.search, "жадан")
    assert held.jobs == []  # nothing runs while the librarian types
    qtbot.waitUntil(lambda: len(held.jobs) == 1, timeout=1000)  # one search after the pause
    first = held.jobs[0]
    page.search.clear()
    type_text(page.search, "кобз")
    page.search_now()
    newer = held.jobs[1]
    held.finish(newer)
    held.finish(first)  # the older answer arrives last and is dropped
    assert titles(page) == {"Кобзар"}


def test_typing_in_the_search_box_finds_records(qtbot, page, catalogue):
    catalogue.add_record("Ворошиловград", authors=["Жадан, Сергій"], isbn="9786176792734")
    catalogue.add_record("Інтернат", authors=["Жадан, Сергій"])
    catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    page.refresh()
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    assert focused() is page.search
    type_text(page.search, "жадан")
    qtbot.waitUntil(lambda: titles(page) == {"Ворошиловград", "Інтернат"}, timeout=3000)
    page.search.clear()
    type_text(page.search, "978-617-679-273-4")
    qtbot.waitUntil(lambda: titles(page) == {"Ворошиловград"}, timeout=3000)
    assert page.results.item(0, 4).text() == "978-617-679-273-4"
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert focused() is page.results
    qtbot.keyClick(page.results, Qt.Key.Key_Return)  # Enter on a result edits it
    assert isinstance(page.dialog, RecordDialog)
    assert page.dialog.isbn.text() == "978-617-679-273-4"
    assert page.dialog.authors.text() == "Жадан, Сергій"
    before = stamps(catalogue, page.current_id)
    type_text(page.dialog.year, "2010")
    qtbot.keyClick(page.dialog.year, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.results.item(0, 2).text() == "2010", timeout=3000)
    after = stamps(catalogue, page.current_id)
    assert after["title"] == before["title"]  # only the changed field is written
    assert after["year"] != before.get("year")


def test_the_copy_a_save_chose_is_shown_though_a_second_save_loads_the_record_again(
    qtbot, services, catalogue, ukrainian
):
    """Two copies scanned in quick succession: each save chooses its copy and loads the record
    again; the load that is shown (the later one) chooses the copy, not the one left behind."""
    kobzar, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    (first, second), _ = catalogue.add_copies(kobzar, 2)
    held = HeldRunner()
    page = make_page(qtbot, services, held)
    while held.jobs:
        held.finish(held.jobs[0])
    assert page.current_id == kobzar
    page.detail.table.selectRow([line.copy.id for line in page.detail.copies].index(first))
    page.edits.copy_chosen.emit(second)  # a save chose it...
    page.load_detail()  # ...and its change loads the record again,
    page.load_detail()  # as does the next save's, before the first answers
    while held.jobs:
        held.finish(held.jobs[0])
    assert page.detail.current_copy().id == second

    # a save's copy chosen, the record read before that copy was written: it waits for the next
    (third,), _ = catalogue.add_copies(kobzar, 1, barcode="INV-0003")
    page.load_detail()
    read_before = held.jobs[0]
    page.edits.copy_chosen.emit("not written yet")
    held.finish(read_before)
    assert page.detail.current_copy().id == second  # still the one chosen before
    page.edits.copy_chosen.emit(third)
    page.load_detail()
    held.finish(held.jobs[0])
    assert page.detail.current_copy().id == third


def test_a_scanned_barcode_selects_its_record_whatever_the_filters(qtbot, page, catalogue):
    kobzar, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    tiger, _ = catalogue.add_record("Тигролови", authors=["Багряний, Іван"])
    catalogue.add_copies(kobzar, 2)
    (scanned,), _ = catalogue.add_copies(tiger, barcode="0001234567")
    page.status_filter.setCurrentIndex(page.status_filter.findData("lost"))
    qtbot.waitUntil(lambda: page.results.rowCount() == 0, timeout=3000)
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    type_text(page.search, "0001234567")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.current_copy() is not None, timeout=3000)
    assert page.current_id == tiger and page.detail.record.id == tiger
    assert page.detail.current_copy().id == scanned
    assert page.status_filter.currentData() is None  # the filter that hid it is cleared
    assert page.search.selectedText() == "0001234567"  # the next scan replaces it


def test_creating_a_record_explains_a_wrong_isbn_and_keeps_the_typing(
    qtbot, page, services, catalogue
):
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, RecordDialog) and dialog.isVisible()
    type_text(dialog.title, "Доця")
    type_text(dialog.authors, "Горіха Зерня, Тамара")
    type_text(dialog.year, "2019")
    type_text(dialog.isbn, "978-966-03-1234-1")
    assert "978-966-03-1234-1" in dialog.isbn_hint.text()  # checked while typed
    qtbot.keyClick(dialog.isbn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "978-966-03-1234-1" in dialog.message.text(), timeout=3000)
    assert dialog.isVisible() and services.catalogue.counts() == (0, 0)
    assert dialog.title.text() == "Доця" and dialog.authors.text() == "Горіха Зерня, Тамара"
    assert focused() is dialog.isbn

    dialog.isbn.selectAll()
    type_text(dialog.isbn, "978-966-03-1234-0")
    qtbot.keyClick(dialog.isbn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=3000)
    record = page.detail.record
    assert (record.title, record.authors, record.year) == ("Доця", ["Горіха Зерня, Тамара"], 2019)
    assert record.isbn == "9789660312340" and record.language == "ukr"
    assert titles(page) == {"Доця"} and page.current_id == record.id


def test_an_online_resource_needs_its_url(qtbot, page, services):
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_text(dialog.title, "Ukrlib")
    dialog.material_type.setFocus()
    while dialog.material_type.currentData() != "online":
        qtbot.keyClick(dialog.material_type, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=3000)
    assert focused() is dialog.url and services.catalogue.counts() == (0, 0)
    type_text(dialog.url, "https://www.ukrlib.com.ua")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.catalogue.counts() == (1, 0), timeout=3000)


def test_adding_copies_by_count_and_by_scanning_updates_the_counts(qtbot, page, catalogue):
    record_id, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    page.refresh()
    qtbot.waitUntil(lambda: page.current_id == record_id, timeout=3000)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.dialog
    assert isinstance(dialog, AddCopiesDialog)
    qtbot.waitUntil(lambda: focused() is dialog.barcode, timeout=1000)
    assert dialog.hub.currentText() == "Хаб Дніпро"  # this laptop's hub
    dialog.count.setFocus()
    dialog.count.selectAll()
    qtbot.keyClicks(dialog.count, "2")
    type_text(dialog.source, "Український інститут книги")
    qtbot.keyClick(dialog.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.table.rowCount() == 2, timeout=3000)
    assert not dialog.isVisible()
    expected = page.bar.tr("In the catalogue: %1 records, %2 copies").replace("%1", "1")
    qtbot.waitUntil(lambda: page.totals.text() == expected.replace("%2", "2"), timeout=3000)
    assert [h.copies for h in page.hits] == [2]
    assert {c.copy.acquisition_source for c in page.detail.copies} == {"Український інститут книги"}

    back_to(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    scanning = page.dialog
    assert scanning is not dialog and scanning.isVisible()
    assert scanning.source.text() == "Український інститут книги"  # remembered
    for code in ("INV-0001", "INV-0002"):
        type_text(scanning.barcode, code)
        qtbot.keyClick(scanning.barcode, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: scanning.barcode.text() == "", timeout=3000)
    assert scanning.isVisible() and "INV-0002" in scanning.message.text()
    qtbot.keyClick(scanning.barcode, Qt.Key.Key_Escape)
    assert not scanning.isVisible()
    qtbot.waitUntil(lambda: page.totals.text() == expected.replace("%2", "4"), timeout=3000)
    qtbot.waitUntil(lambda: page.detail.table.rowCount() == 4, timeout=3000)
    assert page.detail.current_copy().barcode == "INV-0002"  # the last one added


def test_a_copy_is_changed_with_enter_and_found_by_its_status(qtbot, page, catalogue):
    kobzar, _ = catalogue.add_record("Кобзар")
    tiger, _ = catalogue.add_record("Тигролови")
    catalogue.add_copies(kobzar, barcode="INV-1")
    catalogue.add_copies(tiger, barcode="INV-2")
    page.refresh()
    qtbot.waitUntil(lambda: page.results.rowCount() == 2, timeout=3000)
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    type_text(page.search, "INV-1")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.current_copy() is not None, timeout=3000)
    page.detail.table.setFocus()
    qtbot.keyClick(page.detail.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, CopyDialog)
    qtbot.waitUntil(lambda: focused() is dialog.status, timeout=1000)
    while dialog.status.currentData() != "lost":
        qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Return)
    lost = catalogue_names.status_name("lost")
    qtbot.waitUntil(lambda: page.detail.table.item(0, 4).text() == lost, timeout=3000)
    back_to(qtbot, page)

    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # empties the box
    page.status_filter.setFocus()
    while page.status_filter.currentData() != "lost":
        qtbot.keyClick(page.status_filter, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: titles(page) == {"Кобзар"}, timeout=3000)
    page.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: titles(page) == {"Кобзар", "Тигролови"}, timeout=3000)


def test_deleting_asks_first_and_removes_records_and_copies(qtbot, page, services, catalogue):
    kobzar, _ = catalogue.add_record("Кобзар")
    catalogue.add_record("Тигролови")
    catalogue.add_copies(kobzar, 2)
    page.refresh()
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    type_text(page.search, "кобзар")
    qtbot.waitUntil(lambda: page.detail.table.rowCount() == 2, timeout=3000)

    page.detail.table.setFocus()
    page.detail.table.selectRow(0)
    qtbot.keyClick(page.detail.table, Qt.Key.Key_Delete)
    question = page.question
    assert question.isVisible()
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # the safe answer
    back_to(qtbot, page)
    assert catalogue.counts() == (2, 2)
    qtbot.keyClick(page.detail.table, Qt.Key.Key_Delete)
    confirm(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.table.rowCount() == 1, timeout=3000)

    page.results.setFocus()
    qtbot.keyClick(page.results, Qt.Key.Key_Delete)
    assert "«Кобзар»" in page.question.text() and "1" in page.question.text()  # and its copy
    confirm(qtbot, page)
    qtbot.waitUntil(lambda: page.results.rowCount() == 0, timeout=3000)
    assert catalogue.counts() == (1, 0) and page.detail.record is None


def test_the_main_window_shows_writes_made_elsewhere(qtbot, services, catalogue, ukrainian):
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page("catalogue")
    page = window.catalogue_page
    record_id, changed = catalogue.add_record("Кайдашева сім'я")
    window.announce(changed)  # e.g. an import or a sync
    assert titles(page) == {"Кайдашева сім'я"} and page.current_id == record_id
    window.show_page("settings")
    _ids, changed = catalogue.add_copies(record_id, 3, hub="Хаб Полтава")
    window.announce(changed)  # the hidden page catches up when shown
    window.show_page("catalogue")
    assert page.hits[0].copies == 3
    assert page.hub_filter.findData("Хаб Полтава") > 0


def test_import_and_export_buttons_open_the_exchange_dialogs(qtbot, page, monkeypatch):
    from mandrivna.core.change import Changed

    calls = []
    changed = Changed()
    changed.stored = 1
    changed.entities["bib_record"].add("r1")

    def fake_import(*args):
        calls.append(("import", *args))
        return changed

    monkeypatch.setattr("mandrivna.ui.pages.catalogue_page.open_import_dialog", fake_import)
    monkeypatch.setattr(
        "mandrivna.ui.pages.catalogue_page.export_with_dialog",
        lambda *args: calls.append(("export", *args)),
    )
    with qtbot.waitSignal(page.changed):  # what the import changed is announced
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert [c[0] for c in calls] == ["import", "export"]
    assert calls[0][1:] == (page, page.services, page.runner, "catalogue")


def test_every_stored_code_has_a_name_on_screen():
    for codes, name in (
        (MATERIAL_TYPES, catalogue_names.type_name),
        (COPY_STATUSES, catalogue_names.status_name),
        (ACQUISITIONS, catalogue_names.acquisition_name),
        (catalogue_names.LANGUAGE_CODES, catalogue_names.language_name),
    ):
        names = [name(code) for code in codes]
        assert all(n and n != c for n, c in zip(names, codes, strict=True))
    assert catalogue_names.language_name("ita") == "ita"  # an unknown code shows as stored


def test_nothing_is_cut_off_at_1366x768(qtbot, services, catalogue, ukrainian):
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

    from tests.support.catalogue_sample import fill

    fill(catalogue)
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page("catalogue")
    page = window.catalogue_page
    assert window.size().toTuple() == (1366, 768) and page.results.rowCount() == 30
    assert page.detail.record is not None  # the first record is shown below the list
    widgets = [w for kind in (QPushButton, QComboBox, QLabel) for w in page.findChildren(kind)]
    for widget in widgets:
        if widget.isVisible() and not (isinstance(widget, QLabel) and widget.wordWrap()):
            assert widget.width() >= widget.sizeHint().width(), widget
    assert page.results.height() >= 8 * 24 and page.detail.table.height() >= 4 * 24
    header = page.detail.table.horizontalHeader()
    assert header.length() <= page.detail.table.viewport().width()  # every column in view


def test_a_lent_copy_is_shown_on_loan_and_a_status_edit_says_it_does_not_return_it(
    qtbot, page, services, catalogue
):
    kobzar, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(kobzar, barcode="INV-1")
    reader_id, _ = services.readers.register("Петренко", "Іван", consent=True)
    services.desk.open_session()
    services.lending.scan("INV-1", reader_id)
    page.refresh()
    on_loan = catalogue_names.status_name("on_loan")

    def shown(text):
        table = page.detail.table
        return table.rowCount() == 1 and table.item(0, 4) and table.item(0, 4).text() == text

    qtbot.waitUntil(lambda: shown(on_loan), timeout=3000)
    page.detail.table.selectRow(0)
    page.detail.table.setFocus()
    qtbot.keyClick(page.detail.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, CopyDialog)
    assert dialog.status.findData("on_loan") == -1  # a status cannot say it
    assert dialog.status.currentData() == "available" and dialog.state.text() == on_loan
    assert dialog.loan_note.isVisible()
    assert "не повертає" in dialog.loan_note.text()  # plainly: «available» returns nothing
    while dialog.status.currentData() != "lost":
        qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.status, Qt.Key.Key_Return)
    both = f"{on_loan} · {catalogue_names.status_name('lost')}"
    qtbot.waitUntil(lambda: shown(both), timeout=3000)
    back_to(qtbot, page)
    page.status_filter.setCurrentIndex(page.status_filter.findData("on_loan"))
    qtbot.waitUntil(lambda: titles(page) == {"Кобзар"}, timeout=3000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("available"))
    qtbot.waitUntil(lambda: titles(page) == set(), timeout=3000)


def test_the_catalogues_size_has_its_thousands_set_apart(page) -> None:
    page.bar.show_totals(20_000, 301_500, [])
    assert page.totals.text() == "У каталозі: записів — 20\u202f000, примірників — 301\u202f500"
