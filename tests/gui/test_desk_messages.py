"""The desk's feedback from the keyboard: a message belongs to the action that caused it (the
next scan, Esc and closing the session clear it), success and failure both shown plainly with a
signal each, every action in the day's log with its reader (the F6–F8 tallies too), no tally
correction without a session, and the merge's flag on a copy lent at two hubs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mandrivna.core.desk import LoanLine
from mandrivna.core.loans import Loan
from mandrivna.ui import desk_signals
from mandrivna.ui.message_line import DONE_BANNER, ERROR_BANNER

from .test_desk_page import CTRL, desk, scan  # noqa: F401  (the fixture)


@pytest.fixture
def open_desk(desk):  # noqa: F811
    page, services, reader_id = desk
    page.open_session()  # from the keyboard in test_desk_page
    assert page.session is not None
    return page, services, reader_id


def test_a_message_is_cleared_by_the_next_scan_and_by_esc(open_desk) -> None:
    page, services, reader_id = open_desk
    scan(page, "NOPE-1")
    assert "NOPE-1" in page.message.text() and page.message.is_error
    assert page.message.styleSheet() == ERROR_BANNER and page.signals.last == "error"
    scan(page, services.readers.get(reader_id).card_number)  # the next reader
    assert page.message.text() == "" and page.reader.id == reader_id
    scan(page, "INV-1")
    assert "Кобзар (INV-1)" in page.message.text() and not page.message.is_error
    assert page.message.styleSheet() == DONE_BANNER and page.signals.last == "success"
    scan(page, "NOPE-2")
    assert page.message.is_error
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
    assert page.message.text() == "" and page.reader is None


def test_closing_the_session_leaves_no_message(open_desk, monkeypatch) -> None:
    page, _services, _ = open_desk
    scan(page, "NOPE-1")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(page, "show_summary", lambda summary: None)
    page.close_session()
    assert page.message.text() == "" and page.log.count() == 0


def test_the_days_log_names_the_reader_of_every_action(open_desk) -> None:
    page, services, reader_id = open_desk
    scan(page, services.readers.get(reader_id).card_number)
    scan(page, "INV-1")
    QTest.keyClick(page.scan_field, Qt.Key.Key_R, CTRL)  # renew the one loan
    QTest.keyClick(page.scan_field, Qt.Key.Key_Escape)
    scan(page, "INV-1")  # returned with nobody at the desk: the log still says whose it was
    QTest.keyClick(page.scan_field, Qt.Key.Key_F6)
    lines = list(reversed(page.log.texts()))
    assert len(lines) == 4
    assert "Кобзар (INV-1)" in lines[0] and lines[0].endswith("— Петренко Іван")  # lent
    assert lines[1].endswith("— Петренко Іван")  # renewed
    assert "Кобзар (INV-1)" in lines[2] and lines[2].endswith("— Петренко Іван")  # returned
    assert lines[3].endswith(" — " + page.log.tr("anonymous"))  # the F6 tally
    assert page.tally_labels["stationary"].text() == "1"


def test_no_tally_correction_without_a_session(desk) -> None:  # noqa: F811
    page, _services, _ = desk
    assert page.session is None
    assert not any(button.isEnabled() for button in page.tallies.correct_buttons.values())
    assert not any(button.isEnabled() for button in page.tally_buttons.values())


def test_the_venue_hint_is_not_cut(desk) -> None:  # noqa: F811
    page, _services, _ = desk
    hint = page.venue.fontMetrics().horizontalAdvance(page.venue.placeholderText())
    assert page.venue.width() > hint


def test_sound_can_be_turned_off_and_an_error_still_flashes(open_desk, monkeypatch) -> None:
    page, _services, _ = open_desk
    beeps = []
    monkeypatch.setattr(desk_signals.QApplication, "beep", lambda: beeps.append(1))
    page.signals._sounds.clear()  # as on a laptop without Qt Multimedia: errors beep
    scan(page, "NOPE-1")
    assert beeps == [1] and page.scan_field.styleSheet() == desk_signals.FLASH_STYLES["error"]
    page.sound_box.setChecked(False)
    assert not desk_signals.sound_wanted()
    scan(page, "NOPE-2")
    assert beeps == [1] and page.signals.last == "error"  # flashed, silently


def test_a_copy_lent_at_two_hubs_shows_the_merges_flag(desk) -> None:  # noqa: F811
    page, _services, _ = desk
    loan = Loan(id="l1", copy_id="c1", reader_id="r1", due_on="2099-01-01", flag="lent_again")
    page.reader_panel.show_reader(None, [], "2026-01-01")
    from mandrivna.core.reader import Reader

    page.reader_panel.show_reader(
        Reader(id="r1", surname="Петренко"), [LoanLine(loan, "INV-1", "Кобзар", "book")], "2026"
    )
    assert page.loans_table.item(0, 4).text() == page.reader_panel.flag_text("lent_again") != ""
