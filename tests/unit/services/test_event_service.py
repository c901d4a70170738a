"""Events, series and courses: planning, the next event of a series, attendance with a valid
breakdown, check-ins by card counted once, and a 4-session course with completion."""

import datetime as dt

import pytest
from sqlalchemy import text

from mandrivna.core.errors import ValidationError
from mandrivna.core.events import EventFilter, next_start
from mandrivna.services.course_service import CourseService
from mandrivna.services.event_service import EventService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def events(db: Database) -> EventService:
    return EventService(db, TODAY)


def test_a_monthly_club_keeps_its_weekday_of_the_month() -> None:
    assert next_start("2026-11-10T18:00", "monthly").isoformat() == "2026-12-08T18:00:00"
    assert next_start("2026-12-29T18:00", "monthly").isoformat() == "2027-01-26T18:00:00"
    assert next_start("2026-11-10T18:00", "weekly").isoformat() == "2026-11-17T18:00:00"


def test_plan_a_month_and_create_the_next_club_meeting(events: EventService) -> None:
    club, _ = events.create_series(
        "Книжковий клуб «Читаємо разом»",
        "monthly",
        direction="literature",
        form="club_meeting",
        format="offline",
        department="ЦПЧ",
    )
    first, _ = events.create_event(
        "Книжковий клуб: «Тигролови»", "2026-11-10T18:00", "2026-11-10T19:30", series_id=club
    )
    events.create_event(
        "Вебінар з медіаграмотності",
        "2026-11-20T12:00",
        "2026-11-20T13:00",
        direction="media_literacy",
        form="webinar",
        format="online",
        department="ВІТЕР",
        platform="Zoom",
    )
    assert events.get(first).department == "ЦПЧ" and events.get(first).form == "club_meeting"
    november = events.month(2026, 11)
    assert november[0].title == "Книжковий клуб: «Тигролови»"
    assert [e.title for e in events.month(2026, 11, EventFilter(format="online"))] == [
        "Вебінар з медіаграмотності"
    ]
    nxt, _ = events.next_in_series(first)
    following = events.get(nxt)
    assert (following.starts_at, following.ends_at) == ("2026-12-08T18:00", "2026-12-08T19:30")
    assert following.series_id == club and following.attended_in_person is None


@pytest.mark.parametrize(
    "fields",
    [
        {"starts_at": "2026-11-10T18:00", "ends_at": "2026-11-10T17:00"},
        {"capacity": -1},
        {"form": "party"},
    ],
)
def test_bad_events_are_refused_and_nothing_saved(events: EventService, db, fields) -> None:
    base = {"starts_at": "2026-11-10T18:00", "ends_at": "2026-11-10T19:00"}
    with pytest.raises(ValidationError):
        events.create_event("Захід", **{**base, **fields})
    with db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar() == 0


def test_attendance_breakdown_cannot_exceed_the_total(events: EventService) -> None:
    event_id, _ = events.create_event("Арт-терапія", "2026-11-12T15:00", "2026-11-12T17:00")
    with pytest.raises(ValidationError):
        events.record_attendance(event_id, 10, 2, {"idp": 13})
    with pytest.raises(ValidationError):
        events.record_attendance(event_id, -1, 0, {})
    events.record_attendance(event_id, 10, 2, {"idp": 7, "age55": 4})
    events.record_attendance(event_id, 10, 25, {"idp": 7, "age55": 4})  # online views later
    summary = events.summary(event_id)
    assert summary.headcount == 35 and summary.event.audience_idp == 7


def test_check_in_by_card_counts_once_as_served_and_as_a_visit(events, db) -> None:
    readers = ReaderService(db, TODAY)
    rid, _ = readers.register("Петренко", "Іван", consent=True)
    card = readers.get(rid).card_number
    event_id, _ = events.create_event("Майстер-клас", "2026-11-25T15:00", "2026-11-25T17:00")
    first = events.check_in(event_id, card.lower())
    again = events.check_in(event_id, card)
    assert not first.already and again.already
    assert [r.id for r in events.summary(event_id).checked_in] == [rid]
    with db.read() as conn:
        assert conn.execute(text("SELECT sum(count) FROM visit")).scalar() == 1
    with pytest.raises(ValidationError):
        events.check_in(event_id, "NOPE-0001")


def test_a_course_with_four_sessions_shows_attendance_and_completion(db) -> None:
    readers, events = ReaderService(db, TODAY), EventService(db, TODAY)
    courses = CourseService(db, TODAY)
    course, _ = courses.create_course(
        "Цифрова грамотність 55+", sessions_required=3, direction="digital_skills"
    )
    people = [
        readers.register(s, g, consent=True)[0]
        for s, g in (("Коваль", "Ольга"), ("Бондар", "Петро"))
    ]
    for rid in people:
        courses.enroll(course, rid)
    courses.enroll(course, people[0])  # twice is once
    sessions = [
        courses.add_session(course, f"2026-11-{d:02d}T10:00", f"2026-11-{d:02d}T12:00")[0]
        for d in (3, 10, 17, 24)
    ]
    for index, session in enumerate(sessions):
        events.check_in(session, readers.get(people[0]).card_number)
        if index == 0:
            events.check_in(session, readers.get(people[1]).card_number)
    sheet = courses.attendance(course)
    assert sheet.sessions[0].title == "Цифрова грамотність 55+ — 1"
    rows = {row.reader.surname: row for row in sheet.rows}
    assert rows["Коваль"].attended == [True] * 4 and sheet.completed(rows["Коваль"])
    assert rows["Бондар"].attended == [True, False, False, False]
    assert not sheet.completed(rows["Бондар"])


def test_an_unchanged_edit_writes_nothing(events: EventService, db) -> None:
    event_id, _ = events.create_event("Лекція", "2026-11-10T18:00", "2026-11-10T19:00")
    assert not events.edit_event(event_id, title="Лекція", starts_at="2026-11-10T18:00")
    assert events.edit_event(event_id, title="Лекція про Стуса")


def test_an_event_is_planned_held_or_cancelled_and_names_what_it_fulfils(events) -> None:
    event_id, _ = events.create_event(
        "Вебінар NonStop",
        "2026-11-12T15:00",
        "2026-11-12T16:00",
        plan_section="1",
        plan_item="Онлайнова Обласна школа керівника NonStop",
    )
    assert events.get(event_id).status == "planned"
    events.record_attendance(event_id, 0, 40, {"librarians": 38, "military_family": 2})
    held = events.get(event_id)
    assert (held.status, held.audience_librarians, held.audience_military_family) == (
        "held",
        38,
        2,
    )
    next_id, _ = events.next_in_series(event_id)
    following = events.get(next_id)
    assert (following.status, following.plan_section, following.plan_item) == (
        "planned",
        "1",
        "Онлайнова Обласна школа керівника NonStop",
    )
    events.edit_event(next_id, status="cancelled")
    events.record_attendance(next_id, 0, 0, {})  # a cancelled event stays cancelled
    assert events.get(next_id).status == "cancelled"
    for bad in ({"status": "postponed"}, {"plan_section": "9.9"}):
        with pytest.raises(ValidationError):
            events.edit_event(next_id, **bad)
