"""The Events page: plan a month, create the next club meeting, run one with scanner check-ins
and a headcount, a refused breakdown; a course with 4 sessions and its attendance sheet."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mandrivna.ui.event_dialog import EventDialog
from mandrivna.ui.pages.events_page import EventsPage
from mandrivna.ui.task_runner import ImmediateRunner

from .keyboard import type_text


@pytest.fixture
def page(qtbot, services):
    services.device.save("Хаб Дніпро", "Олена")
    page = EventsPage(services.events, services.courses, ImmediateRunner())
    qtbot.addWidget(page)
    page.resize(1146, 720)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def test_plan_run_and_count_an_event(qtbot, page, services) -> None:
    readers = [
        services.readers.register(s, g, consent=True)[0]
        for s, g in (("Петренко", "Іван"), ("Коваль", "Ольга"))
    ]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        type_text(dialog.title, "Розмовний клуб української мови")
        dialog.form.setCurrentIndex(dialog.form.findData("club_meeting"))
        dialog.department.setCurrentIndex(dialog.department.findData("ЦПЧ"))
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [e.title for e in page.month_events] == ["Розмовний клуб української мови"]
    assert page.current is not None and page.current.department == "ЦПЧ"
    page.checkin.setFocus()
    for rid in (*readers, readers[0]):  # the second scan of the same card counts once
        type_text(page.checkin, services.readers.get(rid).card_number)
        QTest.keyClick(page.checkin, Qt.Key.Key_Return)
    assert page.checked_in.count() == 2
    assert "already" in page.attendance_message.text()
    page.in_person.setValue(12)
    page.groups["idp"].setValue(20)
    page.save_attendance()
    assert "20" in page.attendance_message.text()  # refused: more than came
    page.groups["idp"].setValue(9)
    page.save_attendance()
    event = services.events.get(page.current.id)
    assert (event.attended_in_person, event.audience_idp) == (12, 9)
    assert page.table.item(0, 4).text() == "12"
    page.next_in_series()
    nxt = services.events.month(*divmod_month(event.starts_at))
    assert any(e.title == event.title and e.id != event.id for e in nxt)


def divmod_month(starts_at: str) -> tuple[int, int]:
    day = dt.date.fromisoformat(starts_at[:10])
    return (day.year + (day.month == 12), day.month % 12 + 1)


def test_a_course_with_four_sessions_shows_attendance(qtbot, page, services) -> None:
    course, _ = services.courses.create_course("Цифрова грамотність 55+", sessions_required=3)
    rid, _ = services.readers.register("Бондар", "Петро", consent=True)
    for day in (3, 10, 17, 24):
        services.courses.add_session(course, f"2026-11-{day:02d}T10:00", f"2026-11-{day:02d}T12:00")
    view = page.courses_view
    view.refresh()
    page.tabs.setCurrentIndex(1)
    card = services.readers.get(rid).card_number
    type_text(view.enroll, card)
    QTest.keyClick(view.enroll, Qt.Key.Key_Return)
    for index in range(3):
        view.session_choice.setCurrentIndex(index)
        type_text(view.checkin, card)
        QTest.keyClick(view.checkin, Qt.Key.Key_Return)
    assert view.table.columnCount() == 7 and view.table.rowCount() == 1
    cells = [view.table.item(0, c).text() for c in range(7)]
    assert cells[1:5] == ["✓", "✓", "✓", ""] and cells[5] == "3" and cells[6]


def test_the_hub_filter_picks_from_the_hubs_held(qtbot, page, services) -> None:
    day = dt.date.today().replace(day=10)
    for title, hub in (("Лекція", "Хаб Харків"), ("Клуб", "Хаб Дніпро"), ("Кіно", None)):
        _id, changed = services.events.create_event(
            title, f"{day.isoformat()}T18:00", f"{day.isoformat()}T19:00", hub=hub
        )
    page.on_data_changed(changed)
    hubs = [page.hub.itemText(i) for i in range(page.hub.count())]
    assert hubs[1:] == ["Хаб Дніпро", "Хаб Харків"]  # this laptop's hub, and the others named
    page.hub.setFocus()
    QTest.keyClick(page.hub, Qt.Key.Key_Down)
    QTest.keyClick(page.hub, Qt.Key.Key_Down)
    assert page.hub.currentData() == "Хаб Харків"
    assert [e.title for e in page.month_events] == ["Лекція"]
    QTest.keyClick(page.hub, Qt.Key.Key_Home)
    assert page.hub.currentData() is None and len(page.month_events) == 3
