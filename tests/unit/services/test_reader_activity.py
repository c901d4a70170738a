"""The reader's page's data: loans now and before, this year's visits by channel, events
attended, course progress and the history of blocks."""

import datetime as dt

from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.course_service import CourseService
from mandrivna.services.event_service import EventService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database

TODAY = dt.date(2026, 11, 25)


def test_everything_a_reader_did_is_on_their_page(db: Database) -> None:
    readers, catalogue = ReaderService(db, TODAY), CatalogueService(db, TODAY)
    lending, events, courses = (
        LendingService(db, TODAY),
        EventService(db, TODAY),
        CourseService(db, TODAY),
    )
    rid, _ = readers.register("Гнатюк", "Олена", consent=True)
    other, _ = readers.register("Коваль", "Іван", consent=True)
    card = readers.get(rid).card_number
    record, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(record, barcode="INV-1")
    catalogue.add_copies(record, barcode="INV-2")
    lending.desk.open_session(venue="Хаб")
    lending.scan("INV-1", rid)
    lending.scan("INV-2", rid)
    lending.scan("INV-1", None)  # returned
    lending.scan("INV-1", other)
    event, _ = events.create_event("Лекція про Стуса", "2026-11-10T18:00", "2026-11-10T19:00")
    events.check_in(event, card)
    course, _ = courses.create_course("Цифрова грамотність 55+", sessions_required=2)
    courses.enroll(course, rid)
    for day in (3, 10, 17):
        session, _ = courses.add_session(
            course, f"2026-11-{day:02d}T10:00", f"2026-11-{day:02d}T12:00"
        )
        if day == 3:
            events.check_in(session, card)
    readers.block(rid, "Не повернула книгу")
    readers.unblock(rid)

    activity = readers.activity(rid)
    assert activity.year == 2026
    assert [line.barcode for line in activity.loans] == ["INV-2"]
    assert sorted(line.barcode for line in activity.history) == ["INV-1", "INV-2"]
    assert sum(activity.visits.values()) >= 1 and set(activity.visits) <= {
        "stationary",
        "non_stationary",
        "remote",
    }
    assert [(e.day, e.title) for e in activity.events] == [("2026-11-10", "Лекція про Стуса")]
    (progress,) = activity.courses
    assert (progress.title, progress.attended, progress.required) == (
        "Цифрова грамотність 55+",
        1,
        2,
    )
    assert not progress.completed
    assert [(b.blocked, b.reason) for b in activity.blocks] == [
        (False, None),
        (True, "Не повернула книгу"),
    ]
    assert readers.activity(other).blocks == [] and readers.activity(other).events == []
