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
    page.attendance.checkin.setFocus()
    for rid in (*readers, readers[0]):  # the second scan of the same card counts once
        type_text(page.attendance.checkin, services.readers.get(rid).card_number)
        QTest.keyClick(page.attendance.checkin, Qt.Key.Key_Return)
    assert page.attendance.checked_in.count() == 2
    assert "already" in page.attendance.attendance_message.text()
    page.attendance.in_person.setValue(12)
    page.attendance.groups["idp"].setValue(20)
    page.attendance.save_attendance()
    assert "20" in page.attendance.attendance_message.text()  # refused: more than came
    page.attendance.groups["idp"].setValue(9)
    page.attendance.save_attendance()
    event = services.events.get(page.current.id)
    assert (event.attended_in_person, event.audience_idp) == (12, 9)
    assert page.table.item(0, 5).text() == "12"
    assert page.table.item(0, 3).text() == "ЦПЧ" and page.table.item(0, 4).text() == "Хаб Дніпро"
    assert "Reading Promotion Centre" in page.table.item(0, 3).toolTip()
    assert page.totals.item(0, 1).text() == "1" and page.totals.item(0, 2).text() == "12"
    assert "Attendance saved." in page.attendance.attendance_message.text()
    page.next_in_series()
    nxt = services.events.month(*divmod_month(event.starts_at))
    assert any(e.title == event.title and e.id != event.id for e in nxt)
    assert page.current is not None and page.current.id != event.id
    assert page.attendance.attendance_message.text() == ""  # the message was about the last one


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


def test_sessions_are_named_by_day_time_and_topic(qtbot, page, services, ukrainian) -> None:
    course, _ = services.courses.create_course("Цифрова грамотність 55+", sessions_required=2)
    services.courses.add_session(course, "2026-11-03T10:00", "2026-11-03T11:30", "Онлайн-банкінг")
    services.courses.add_session(course, "2026-11-10T10:00", "2026-11-10T11:30")
    view = page.courses_view
    view.refresh()
    assert view.session_choice.itemText(0) == "1 · 03.11.2026 10:00 · Онлайн-банкінг"
    assert view.session_choice.itemText(1) == "2 · 10.11.2026 10:00"
    assert view.table.horizontalHeaderItem(1).text() == "1\n03.11"
    headers = [view.table.horizontalHeaderItem(c).text() for c in (3, 4)]
    assert headers == ["Відвідування", "Завершено"]


def test_the_hub_filter_lists_the_hubs_of_events(qtbot, page, services) -> None:
    today = services.events.today()
    day = today.replace(day=10).isoformat()
    for hub in ("Хаб Харків", "Хаб Київ"):
        services.events.create_event(
            f"Зустріч у {hub}", f"{day}T10:00", f"{day}T11:00", hub=hub, department="ВНМР"
        )
    page.refresh_hubs()
    page.refresh()
    hubs = [page.hub.itemText(i) for i in range(page.hub.count())]
    assert hubs[1:] == ["Хаб Київ", "Хаб Харків"]
    page.hub.setCurrentIndex(2)
    assert [e.hub for e in page.month_events] == ["Хаб Харків"]
    rows = [page.totals.item(r, 0).text().strip() for r in range(page.totals.rowCount())]
    assert "Хаб Харків" in rows and "Хаб Київ" not in rows


def test_ctrl_p_prints_the_attendance_sheet_of_the_event_or_course(
    qtbot, page, services, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.support.pdf_pages import pdf_text

    today = services.events.today()
    day = today.replace(day=12).isoformat()
    services.events.create_event("Лекція про Сковороду", f"{day}T16:00", f"{day}T17:00")
    course, _ = services.courses.create_course("Цифрова грамотність 55+", sessions_required=1)
    services.courses.add_session(course, f"{day}T10:00", f"{day}T11:00", "Смартфон")
    page.refresh()
    page.courses_view.refresh()
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    lecture = [e.title for e in page.month_events].index("Лекція про Сковороду")
    page.table.selectRow(lecture)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Лекція про Сковороду" in pdf_text(target)
    assert str(target) in page.attendance.attendance_message.text()
    page.tabs.setCurrentIndex(1)
    page.courses_view.enroll.setFocus()
    QTest.keyClick(page.courses_view.enroll, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Цифрова грамотність 55+" in pdf_text(target)
    assert str(target) in page.courses_view.message.text()


def test_an_event_names_the_plan_section_and_item_it_fulfils(qtbot, page, services) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        type_text(dialog.title, "Вебінар для бібліотекарів")
        dialog.plan_section.setFocus()
        for _ in range(1):  # the first section after "not in the plan": methodological work
            QTest.keyClick(dialog.plan_section, Qt.Key.Key_Down)
        assert dialog.plan_item.count() == 5  # the section's four items and an empty line
        dialog.plan_item.setFocus()
        type_text(dialog.plan_item.lineEdit(), "Онлайнова Обласна школа керівника NonStop")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    event = services.events.get(page.current.id)
    assert (event.status, event.plan_section, event.plan_item) == (
        "planned",
        "1",
        "Онлайнова Обласна школа керівника NonStop",
    )
    page.attendance.online.setValue(30)
    page.attendance.groups["librarians"].setValue(28)
    page.attendance.groups["military_family"].setValue(2)
    page.attendance.save_attendance()
    event = services.events.get(event.id)
    assert (event.status, event.audience_librarians, event.audience_military_family) == (
        "held",
        28,
        2,
    )
