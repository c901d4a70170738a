"""Attendance sheets as PDFs: an event's (who checked in by card, then blank rows to sign) and a
course's (readers × sessions with ticks); long ones run over pages with the heading repeated."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from mandrivna.services.course_service import CourseService
from mandrivna.services.event_service import EventService
from mandrivna.services.reader_service import ReaderService
from mandrivna.ui.printing.attendance_sheet_pdf import (
    course_sheet,
    event_sheet,
    write_attendance_sheet,
)
from tests.support.pdf_pages import pdf_text, render_pages

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def uk_dates():
    before = QLocale()
    QLocale.setDefault(QLocale("uk"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def events(db):
    return EventService(db, today=TODAY)


@pytest.fixture
def readers(db):
    return ReaderService(db, today=TODAY)


def test_an_event_sheet_lists_who_checked_in_then_blank_rows(
    qapp, db, events, readers, uk_dates, tmp_path: Path
) -> None:
    event_id, _ = events.create_event(
        "Книжковий клуб «ЛітМандрівка»",
        "2026-11-28T16:00",
        "2026-11-28T17:30",
        hub="Хаб «Незламні»",
        venue="Читальна зала",
        department="ЦПЧ",
    )
    for surname, given in (("Шевчук", "Ганна"), ("Гнатюк", "Петро")):
        rid, _ = readers.register(surname, given, consent=True)
        events.check_in(event_id, readers.get(rid).card_number)
    summary = events.summary(event_id)
    pdf = tmp_path / "event.pdf"
    write_attendance_sheet(pdf, event_sheet(summary.event, summary.checked_in, "ЦПЧ — Центр"))
    text = pdf_text(pdf)
    assert "Книжковий клуб «ЛітМандрівка»" in text
    assert "28.11.2026 16:00–17:30" in text
    assert "Хаб «Незламні», Читальна зала" in text
    assert text.index("Гнатюк Петро") < text.index("Шевчук Ганна")  # in alphabetical order
    assert "25" in text  # blank numbered rows fill the page
    pages = render_pages(pdf, 100)
    assert len(pages) == 1
    assert (QImage(str(pages[0])).width(), QImage(str(pages[0])).height()) == (827, 1170)


def test_a_long_event_sheet_repeats_its_heading_on_every_page(
    qapp, db, events, readers, tmp_path: Path
) -> None:
    event_id, _ = events.create_event("Лекція", "2026-11-28T16:00", "2026-11-28T17:00")
    for n in range(40):
        rid, _ = readers.register(f"Читач{n:02d}", "Іван", consent=True)
        events.check_in(event_id, readers.get(rid).card_number)
    summary = events.summary(event_id)
    pdf = tmp_path / "long.pdf"
    write_attendance_sheet(pdf, event_sheet(summary.event, summary.checked_in, ""))
    pages = render_pages(pdf, 60)
    assert len(pages) == 2
    for page in (1, 2):
        assert "Signature" in pdf_text(pdf, page)
        assert f"page {page} of 2" in pdf_text(pdf, page)
    assert all(f"Читач{n:02d}" in pdf_text(pdf) for n in range(40))


def test_a_course_sheet_ticks_the_sessions_each_reader_came_to(
    qapp, db, events, readers, uk_dates, tmp_path: Path
) -> None:
    courses = CourseService(db, today=TODAY)
    course, _ = courses.create_course("Цифрова грамотність 55+", sessions_required=2)
    sessions = [
        courses.add_session(course, f"2026-11-{d:02d}T10:00", f"2026-11-{d:02d}T11:30")[0]
        for d in (3, 10, 17)
    ]
    rid, _ = readers.register("Бондар", "Петро", consent=True)
    card = readers.get(rid).card_number
    courses.enroll_by_card(course, card)
    for session in sessions[:2]:
        events.check_in(session, card)
    pdf = tmp_path / "course.pdf"
    write_attendance_sheet(pdf, course_sheet(courses.attendance(course)))
    text = pdf_text(pdf)
    assert "Цифрова грамотність 55+" in text and "Бондар Петро" in text
    assert "03.11" in text and "17.11" in text
    assert text.count("✓") == 3  # two sessions and completed
