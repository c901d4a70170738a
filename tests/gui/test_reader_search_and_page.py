"""The Readers page from the keyboard: a misspelt name still finds the reader, set apart under
«Did you mean»; nothing found offers to register the typed name; the reader's page shows their
loans with due dates and history, and Ctrl+D takes them to the desk; a message is about the
reader it was said for."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mandrivna.ui.reader_dialog import ReaderDialog

from .keyboard import type_text
from .test_readers_page import fill_dialog, page  # noqa: F401  (the fixture)

CTRL = Qt.KeyboardModifier.ControlModifier


def search_for(page, typed: str) -> None:  # noqa: F811
    page.search.setFocus()
    page.search.clear()
    type_text(page.search, typed)
    page.refresh()


def test_a_misspelt_surname_is_offered_apart(page, services) -> None:  # noqa: F811
    hnatiuk, _ = services.readers.register("Гнатюк", "Олена", consent=True)
    kovalchuk, _ = services.readers.register("Ковальчук", "Марія", consent=True)
    services.readers.register("Петренко", "Іван", consent=True)
    search_for(page, "Гнатук")
    assert page.results == [] and [r.id for r in page.similar] == [hnatiuk]
    assert page.table.item(0, 0).text() == page.table.tr("Did you mean:")
    assert not page.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert page.table.rowCount() == 2
    QTest.keyClick(page.search, Qt.Key.Key_Return)  # Enter: to the list, on the first reader
    assert page.table.hasFocus() and page.current.id == hnatiuk
    search_for(page, "ковальчюк")
    assert [r.id for r in page.similar] == [kovalchuk]
    # nobody is called exactly that: a new reader of that name may still be registered
    assert page.register_typed_button.isVisible()
    search_for(page, "ковальчук")
    assert not page.register_typed_button.isVisible() and page.similar == []


def test_nothing_found_offers_to_register_the_typed_name(page, services) -> None:  # noqa: F811
    search_for(page, "шевчук оксана")
    assert page.table.rowCount() == 0 and page.register_typed_button.isVisible()
    assert "шевчук оксана" in page.register_typed_button.text()
    filled = {}

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReaderDialog)
        filled.update({name: edit.text() for name, edit in dialog.edits.items()})
        dialog.consent.setChecked(True)
        QTest.keyClick(dialog.edits["surname"], Qt.Key.Key_Return)

    QTimer.singleShot(0, check)
    QTest.keyClick(page.search, Qt.Key.Key_Return)  # Enter: to the offer
    assert page.register_typed_button.hasFocus()
    QTest.keyClick(page.register_typed_button, Qt.Key.Key_Space)
    assert (filled["surname"], filled["given_name"]) == ("Шевчук", "Оксана")
    assert services.readers.count() == 1 and page.current.surname == "Шевчук"
    assert page.message.text() == page.tr("Registered.")


def test_the_readers_page_shows_loans_and_takes_the_reader_to_the_desk(
    page,  # noqa: F811
    services,
) -> None:
    rid, _ = services.readers.register("Гнатюк", "Олена", consent=True)
    record, _ = services.catalogue.add_record("Кобзар")
    services.catalogue.add_copies(record, barcode="INV-1")
    services.catalogue.add_copies(record, barcode="INV-2")
    services.lending.desk.open_session(venue="Хаб")
    first = services.lending.scan("INV-1", rid)
    services.lending.scan("INV-2", rid)
    services.lending.scan("INV-2", None)  # returned
    search_for(page, "гнатюк")
    assert page.current.id == rid
    loans = page.activity.loans
    assert loans.rowCount() == 1 and loans.item(0, 0).text() == "INV-1"
    assert loans.item(0, 3).text() == first.due_on
    assert page.activity.history.rowCount() == 2
    assert page.activity.tabText(0) == page.activity.tr("On loan") + " (1)"
    served = []
    page.to_desk.connect(served.append)
    QTest.keyClick(page.search, Qt.Key.Key_D, CTRL)
    assert [r.id for r in served] == [rid]


def test_a_message_goes_when_another_reader_is_shown(page, services) -> None:  # noqa: F811
    services.readers.register("Коваль", "Іван", consent=True)
    fill_dialog({"surname": "Гнатюк", "given_name": "Олена"})
    QTest.keyClick(page.search, Qt.Key.Key_N, CTRL)
    assert page.message.text() == page.tr("Registered.") and page.current.surname == "Гнатюк"
    search_for(page, "коваль")
    assert page.current.surname == "Коваль" and page.message.text() == ""


def test_the_activity_tabs_after_the_first_are_made_when_first_needed(qtbot) -> None:
    """At start only the first tab's table is made (issue #17); opening another tab from the
    keyboard, or a reader's activity, makes the others, each in its own tab."""
    from PySide6.QtWidgets import QTableWidget

    from mandrivna.ui.reader_activity_tabs import ReaderActivityTabs

    tabs = ReaderActivityTabs()
    qtbot.addWidget(tabs)
    tabs.show()
    assert tabs.findChildren(QTableWidget) == [tabs.loans]
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        tabs.tr("On loan"),
        tabs.tr("Loan history"),
        tabs.tr("Visits and events"),
        tabs.tr("Courses"),
        tabs.tr("Blocks"),
    ]
    tabs.tabBar().setFocus()
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert tabs.currentIndex() == 1
    assert len(tabs.findChildren(QTableWidget)) == 5
    for index, table in enumerate((tabs.history, tabs.events, tabs.courses, tabs.blocks), 1):
        assert tabs.widget(index if table is not tabs.events else 2).isAncestorOf(table)
    assert tabs.widget(1).isVisible() and tabs.history.isVisible()
    tabs.show_activity(None, "")  # no reader: every table empty
    assert all(t.rowCount() == 0 for t in tabs.findChildren(QTableWidget))
