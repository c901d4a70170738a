"""Courses: sessions (events of the course), enrolled readers, attendance per session by card
check-in, and who completed (attended at least the sessions the course requires)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.events import Course, LibraryEvent, validate_event
from mandrivna.core.ids import new_id
from mandrivna.core.reader import Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.service import Service
from mandrivna.store import code_lookup, event_queries

_ENROLL_NAMESPACE = uuid.UUID("a3d6c1f2-5b8e-4c1a-9e7d-3f2b6a4c8d10")


@dataclass
class AttendanceRow:
    reader: Reader
    attended: list[bool]  # one per session, in session order

    @property
    def count(self) -> int:
        return sum(self.attended)


@dataclass
class CourseAttendance:
    course: Course
    sessions: list[LibraryEvent]
    rows: list[AttendanceRow] = field(default_factory=list)

    @property
    def required(self) -> int:
        return self.course.sessions_required or len(self.sessions)

    def completed(self, row: AttendanceRow) -> bool:
        return bool(self.sessions) and row.count >= self.required


class CourseService(Service):
    def create_course(
        self, title: str, sessions_required: int | None = None, **fields: Any
    ) -> tuple[str, Changed]:
        if sessions_required is not None and sessions_required < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A course needs at least one session to complete.")
            )
        clean = validate_event({"title": title, **fields})
        course_id = new_id()
        clean.setdefault("hub", self.device().hub_name)
        with self.db.write() as writer:
            writer.upsert("course", course_id, {"sessions_required": sessions_required, **clean})
        return course_id, writer.changed

    def courses(self) -> list[Course]:
        with self.db.read() as conn:
            return event_queries.all_courses(conn)

    def get(self, course_id: str) -> Course:
        with self.db.read() as conn:
            course = event_queries.get_course(conn, course_id)
        if course is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "This course no longer exists."))
        return course

    def add_session(
        self, course_id: str, starts_at: Any, ends_at: Any, topic: str | None = None
    ) -> tuple[str, Changed]:
        """The course's next session: an event of the course, titled by its topic (numbered
        after the course when it has none)."""
        course = self.get(course_id)
        with self.db.read() as conn:
            number = len(event_queries.sessions_of(conn, course_id)) + 1
        clean = validate_event(
            {
                "title": (topic or "").strip() or f"{course.title} — {number}",
                "starts_at": starts_at,
                "ends_at": ends_at,
                "course_id": course_id,
                "form": "course_session",
                "direction": course.direction,
                "department": course.department,
                "hub": course.hub,
            }
        )
        session_id = new_id()
        with self.db.write() as writer:
            writer.upsert("library_event", session_id, clean)
        return session_id, writer.changed

    def enroll(self, course_id: str, reader_id: str) -> Changed:
        """Enroll a reader (the same enrollment on every laptop: enrolling twice is once)."""
        self.get(course_id)
        enrollment_id = str(uuid.uuid5(_ENROLL_NAMESPACE, f"{course_id}|{reader_id}"))
        with self.db.write() as writer:
            writer.upsert(
                "course_enrollment",
                enrollment_id,
                {
                    "course_id": course_id,
                    "reader_id": reader_id,
                    "enrolled_on": self.today().isoformat(),
                    "withdrawn": False,
                },
            )
        return writer.changed

    def enroll_by_card(self, course_id: str, typed_card: str) -> tuple[Reader, Changed]:
        with self.db.read() as conn:
            found = code_lookup.reader_by_card(conn, typed_card)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "No reader has the card {code}."),
                code=" ".join(typed_card.split()),
            )
        return found, self.enroll(course_id, found.id)

    def withdraw(self, course_id: str, reader_id: str) -> Changed:
        enrollment_id = str(uuid.uuid5(_ENROLL_NAMESPACE, f"{course_id}|{reader_id}"))
        with self.db.write() as writer:
            writer.upsert("course_enrollment", enrollment_id, {"withdrawn": True})
        return writer.changed

    def attendance(self, course_id: str) -> CourseAttendance:
        """Enrolled readers (and anyone who checked in at a session) × sessions."""
        course = self.get(course_id)
        with self.db.read() as conn:
            sessions = event_queries.sessions_of(conn, course_id)
            present = event_queries.checked_in(conn, [s.id for s in sessions])
            ids = set(event_queries.enrolled(conn, course_id))
            for reader_ids in present.values():
                ids |= reader_ids
            people = event_queries.readers(conn, ids)
        result = CourseAttendance(course, sessions)
        for reader in people:
            result.rows.append(
                AttendanceRow(reader, [reader.id in present[s.id] for s in sessions])
            )
        return result
