"""The Readers page driven from the keyboard: register with a duplicate warning, find by name,
translit, card scan; edit, re-register, block, print a card, delete."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from mandrivna.ui.pages.readers_page import ReadersPage
from mandrivna.ui.reader_dialog import ReaderDialog
from mandrivna.ui.task_runner import ImmediateRunner

from .keyboard import type_text


@pytest.fixture
def page(qtbot, services):
    services.device.save("Хаб Дніпро", "Олена")
    page = ReadersPage(services.readers, ImmediateRunner(), "Луганська ОУНБ")
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def fill_dialog(values: dict, consent: bool = True, answers: list | None = None):
    """Fill the modal reader dialog when it opens, then press Enter to save."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReaderDialog)
        for name, text in values.items():
            edit = dialog.birth_year if name == "birth_year" else dialog.edits[name]
            edit.clear()
            type_text(edit, text)
        dialog.categories["idp"].setChecked(True)
        dialog.consent.setChecked(consent)
        dialog.check_duplicates()
        if answers is not None:
            answers.append(dialog.duplicate_label.text())
        QTest.keyClick(dialog.edits["surname"], Qt.Key.Key_Return)
        if dialog.isVisible():
            answers.append(dialog.message.text()) if answers is not None else None
            dialog.reject()

    QTimer.singleShot(0, run)


def test_register_then_find_by_name_translit_phone_and_card(qtbot, page, services):
    fill_dialog(
        {"surname": "Гнатюк", "given_name": "Марʼяна", "birth_year": "1987", "phone": "0671234567"}
    )
    QTest.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert services.readers.count() == 1
    reader = page.current
    assert reader is not None and reader.surname == "Гнатюк" and reader.categories == ["idp"]
    assert page.detail.fields["card"].text() == reader.card_number
    for typed in ("Gnatyuk", "гнатюк мар'", "4567"):
        page.search.clear()
        type_text(page.search, typed)
        page.refresh()
        assert [r.id for r in page.results] == [reader.id], typed
    page.search.clear()
    page.refresh()
    type_text(page.search, reader.card_number.lower())
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.current.id == reader.id and page.table.rowCount() == 1


def test_duplicate_warning_and_missing_consent(qtbot, page, services, monkeypatch):
    services.readers.register("Петренко", "Іван", consent=True, birth_year=1980)
    page.refresh()
    answers: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    fill_dialog({"surname": "петренко", "given_name": "Іван", "birth_year": "1980"}, True, answers)
    page.new_reader()
    assert "Петренко Іван" in answers[0]
    assert services.readers.count() == 1  # said "No" to registering a duplicate
    answers.clear()
    fill_dialog({"surname": "Коваль", "given_name": "Ольга"}, consent=False, answers=answers)
    page.new_reader()
    assert answers[-1]  # the consent message, shown in the dialog
    assert services.readers.count() == 1


def test_reregister_block_and_delete(qtbot, page, services, monkeypatch, tmp_path):
    rid, _ = services.readers.register("Петренко", "Іван", consent=True, registered_on="2025-02-01")
    page.refresh()
    page.search.setFocus()
    type_text(page.search, "петр")
    page.refresh()
    assert page.current.id == rid
    year = dt.date.today().year
    assert page.reregister_button.isEnabled()
    QTest.keyClick(page.search, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert year in services.readers.get(rid).registration_years
    assert not page.reregister_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("Не повернув книги", True))
    page.block_button.click()
    assert services.readers.get(rid).blocked
    assert "Не повернув книги" in page.detail.status.text()
    page.block_button.click()
    assert not services.readers.get(rid).blocked
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert services.readers.count() == 0 and page.results == []


def test_an_edit_writes_only_the_changed_fields(qtbot, page, services) -> None:
    from mandrivna.ui.reader_dialog import changed_fields

    rid, _ = services.readers.register(
        "Петренко", "Іван", consent=True, phone="0671234567", categories=["idp", "age55"]
    )
    reader = services.readers.get(rid)
    dialog = ReaderDialog(services.readers, page.runner, reader, page)
    values = dialog.values()
    assert changed_fields(reader, values) == {}
    dialog.edits["phone"].setText("0501112233")
    assert changed_fields(reader, dialog.values()) == {"phone": "0501112233"}


def test_personal_data_export_asks_and_says_where_it_went(qtbot, page, services, tmp_path):
    import json

    rid, _ = services.readers.register("Гнатюк", "Марʼяна", consent=True, phone="0671234567")
    record, _ = services.catalogue.add_record("Кобзар")
    services.catalogue.add_copies(record, barcode="INV-1")
    services.desk.open_session()
    services.lending.scan("INV-1", rid)
    event, _ = services.events.create_event("Клуб", "2026-11-10T18:00", "2026-11-10T19:00")
    services.events.check_in(event, services.readers.get(rid).card_number)
    page.refresh()
    page.table.selectRow(0)
    target = tmp_path / "reader.json"
    page.confirm_personal_export = lambda reader: False
    page.choose_export_path = lambda reader: target
    page.export_button.click()
    assert not target.exists()  # said no: nothing written
    page.confirm_personal_export = lambda reader: True
    page.export_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["reader"]["surname"] == "Гнатюк" and data["reader"]["phone"] == "+380 67 123 45 67"
    assert [loan["title"] for loan in data["loans"]] == ["Кобзар"]
    assert [e["title"] for e in data["events"]] == ["Клуб"]
    assert str(target) in page.message.text()
