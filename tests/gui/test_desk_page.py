"""The issue's desk session from the keyboard alone: open, find the reader, lend 3, return 2,
renew 1, e-loan 1, tally 5 anonymous visits, 2 consultations, close with a matching summary."""

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from mandrivna.ui.desk_dialogs import ConsultationDialog, ELoanDialog, OverrideDialog
from mandrivna.ui.pages.desk_page import DeskPage
from mandrivna.ui.task_runner import ImmediateRunner

from .keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(qtbot, services):
    services.device.save("Хаб Дніпро", "Олена")
    reader_id, _ = services.readers.register("Петренко", "Іван", consent=True)
    record, _ = services.catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    for n in range(1, 4):
        services.catalogue.add_copies(record, barcode=f"INV-{n}")
    page = DeskPage(services, ImmediateRunner())
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page, services, reader_id


def scan(page, code: str) -> None:
    type_text(page.scan_field, code)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)


def answer_dialog(kind, fill) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        fill(dialog)
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, run)


def back_to(qtbot, page) -> None:
    """After a dialog closes, the window manager gives the window back its focus; offscreen
    there is no window manager, so the test does it."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.scan_field.setFocus()


def test_a_full_desk_session_from_the_keyboard(qtbot, desk, monkeypatch) -> None:
    page, services, reader_id = desk
    assert not page.scan_field.isEnabled()
    page.venue.setFocus()
    type_text(page.venue, "Центр «Пліч-о-пліч»")
    QTest.keyClick(page.venue, Qt.Key.Key_O, CTRL)
    assert page.session is not None and page.scan_field.hasFocus()
    scan(page, services.readers.get(reader_id).card_number.lower())
    assert page.reader.id == reader_id
    for code in ("INV-1", "INV-2", "INV-3"):
        scan(page, code)
    assert page.loans_table.rowCount() == 3
    scan(page, "INV-1")
    scan(page, "INV-2")
    assert page.loans_table.rowCount() == 1
    QTest.keyClick(page.scan_field, Qt.Key.Key_R, CTRL)  # the one loan left
    assert page.loans_table.item(0, 3).text() == "1"
    answer_dialog(ELoanDialog, lambda d: type_text(d.title, "Доступ до ЕБС «Академік»"))
    QTest.keyClick(page.scan_field, Qt.Key.Key_L, CTRL)
    back_to(qtbot, page)
    for _ in range(5):
        QTest.keyClick(page.scan_field, Qt.Key.Key_F7)
    assert page.tally_labels["non_stationary"].text() == "5"  # the anonymous ones
    answer_dialog(ConsultationDialog, lambda d: d.topic.setCurrentIndex(1))
    QTest.keyClick(page.scan_field, Qt.Key.Key_K, CTRL)
    back_to(qtbot, page)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
    assert page.reader is None
    answer_dialog(ConsultationDialog, lambda d: d.channel.setCurrentIndex(1))
    QTest.keyClick(page.scan_field, Qt.Key.Key_K, CTRL)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(page, "show_summary", lambda summary: None)
    page.close_session()
    s = page.last_summary
    assert (s.readers_served, s.loans, s.returns, s.renewals, s.e_loans) == (1, 3, 2, 1, 1)
    assert s.consultations == 2 and s.references == 0
    assert s.visits == {"non_stationary": 6}  # 5 anonymous + the reader, once
    assert page.session is None and not page.scan_field.isEnabled()


def test_a_blocked_reader_is_lent_only_with_a_reason(desk) -> None:
    page, services, reader_id = desk
    services.readers.block(reader_id, "Борг")
    page.open_session()
    scan(page, services.readers.get(reader_id).card_number)
    assert "Борг" in page.reader_status.text()
    answer_dialog(OverrideDialog, lambda d: type_text(d.reason, "Розблоковано в Києві"))
    scan(page, "INV-1")
    assert page.loans_table.rowCount() == 1


def test_an_unknown_barcode_says_so_and_the_field_stays_ready(desk) -> None:
    page, _services, _ = desk
    page.open_session()
    scan(page, "NOPE-1")
    assert "NOPE-1" in page.message.text() and page.scan_field.isEnabled()
    assert page.scan_field.text() == ""


def test_overdue_and_history_lists(qtbot, desk, monkeypatch) -> None:
    page, services, reader_id = desk
    page.open_session()
    scan(page, services.readers.get(reader_id).card_number)
    scan(page, "INV-1")
    shown = []
    monkeypatch.setattr(
        "mandrivna.ui.desk_records.LoanListDialog.exec", lambda d: shown.append(d) or 0
    )
    QTest.keyClick(page.scan_field, Qt.Key.Key_H, CTRL)
    (history,) = shown
    assert history.table.rowCount() == 1 and history.table.item(0, 0).text() == "INV-1"
    page.lending._today = page.lending.today().replace(year=page.lending.today().year + 1)
    page.show_overdue()
    assert shown[1].table.item(0, 5).text() == "Overdue"


def test_a_copy_marked_lost_says_so_when_it_comes_back(qtbot, desk) -> None:
    page, services, reader_id = desk
    page.venue.setFocus()
    QTest.keyClick(page.venue, Qt.Key.Key_O, CTRL)
    scan(page, services.readers.get(reader_id).card_number)
    scan(page, "INV-1")
    copy = services.catalogue.copy_by_barcode("INV-1")
    services.catalogue.edit_copy(copy.id, status="lost")  # the reader said it was lost
    scan(page, "INV-1")  # but it came back
    assert page.message.text().startswith("Returned: Кобзар (INV-1).")
    assert "«Lost»" in page.message.text()  # the mark stays until someone changes it


def test_people_without_a_card_and_in_house_use_are_counted_from_the_keyboard(qtbot, desk) -> None:
    page, services, _reader_id = desk
    QTest.keyClick(page, Qt.Key.Key_O, CTRL)  # open the session
    assert page.session is not None
    for _ in range(2):
        QTest.keyClick(page.scan_field, Qt.Key.Key_F9)
    for _ in range(3):
        QTest.keyClick(page.scan_field, Qt.Key.Key_F10)
    assert page.counters.labels["person_served"].text() == "2"
    assert page.counters.labels["in_house_use"].text() == "3"
    assert services.counters.totals() == {"person_served": 2, "in_house_use": 3}


def test_an_e_loan_given_remotely_and_a_consultation_on_two_topics(qtbot, desk) -> None:
    page, services, reader_id = desk
    QTest.keyClick(page, Qt.Key.Key_O, CTRL)
    scan(page, services.readers.get(reader_id).card_number)

    def e_loan(dialog) -> None:
        type_text(dialog.title, "Доступ до ЕБС «Академік»")
        dialog.channel.setFocus()
        QTest.keyClick(dialog.channel, Qt.Key.Key_Down)  # remotely
        dialog.title.setFocus()

    answer_dialog(ELoanDialog, e_loan)
    QTest.keyClick(page.scan_field, Qt.Key.Key_L, CTRL)
    back_to(qtbot, page)

    def consult(dialog) -> None:
        dialog.topic.setCurrentIndex(dialog.topic.findData("digital"))
        dialog.also.setFocus()
        dialog.also.setCurrentRow(0)  # educational
        QTest.keyClick(dialog.also, Qt.Key.Key_Space)
        dialog.note.setFocus()

    answer_dialog(ConsultationDialog, consult)
    QTest.keyClick(page.scan_field, Qt.Key.Key_K, CTRL)
    with services.db.read() as conn:
        e_loans = conn.exec_driver_sql("SELECT channel FROM e_loan").all()
        topics = conn.exec_driver_sql("SELECT topic, topics FROM consultation").all()
    assert e_loans == [("remote",)]
    assert [(topic, json.loads(many)) for topic, many in topics] == [
        ("digital", ["digital", "educational"])
    ]
