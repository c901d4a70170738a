"""Events, series, courses and check-ins as every layer sees them, and their rules: the plan's
directions, forms, formats and departments, and the checks of an event and of its attendance
(nothing saved half-way on bad input)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

DIRECTIONS = {
    "non_formal_education": QT_TRANSLATE_NOOP("events", "Non-formal education"),
    "digital_skills": QT_TRANSLATE_NOOP("events", "Digital skills"),
    "media_literacy": QT_TRANSLATE_NOOP("events", "Media literacy"),
    "ukrainian_language": QT_TRANSLATE_NOOP("events", "Ukrainian language"),
    "national_identity": QT_TRANSLATE_NOOP("events", "National identity"),
    "literature": QT_TRANSLATE_NOOP("events", "Literature promotion"),
    "psychological_support": QT_TRANSLATE_NOOP("events", "Psychological support"),
    "volunteering": QT_TRANSLATE_NOOP("events", "Volunteering"),
    "project_work": QT_TRANSLATE_NOOP("events", "Project work"),
}
FORMS = {
    "training": QT_TRANSLATE_NOOP("events", "Training"),
    "workshop": QT_TRANSLATE_NOOP("events", "Workshop"),
    "club_meeting": QT_TRANSLATE_NOOP("events", "Club meeting"),
    "master_class": QT_TRANSLATE_NOOP("events", "Master class"),
    "lecture": QT_TRANSLATE_NOOP("events", "Lecture"),
    "exhibition": QT_TRANSLATE_NOOP("events", "Exhibition"),
    "stream": QT_TRANSLATE_NOOP("events", "Stream"),
    "webinar": QT_TRANSLATE_NOOP("events", "Webinar"),
    "course_session": QT_TRANSLATE_NOOP("events", "Course session"),
    "other": QT_TRANSLATE_NOOP("events", "Other"),
}
FORMATS = {
    "offline": QT_TRANSLATE_NOOP("events", "Offline"),
    "online": QT_TRANSLATE_NOOP("events", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("events", "Hybrid"),
}
# The library's departments that run events, by the acronym the plan and the data use.
DEPARTMENTS = {
    "ВНМР": QT_TRANSLATE_NOOP("events", "Research and Methodology Department"),
    "ВІТЕР": QT_TRANSLATE_NOOP("events", "Information Technology and E-Resources Department"),
    "ВФФЕК": QT_TRANSLATE_NOOP("events", "Collection Development and E-Cataloguing Department"),
    "ЦПЧ": QT_TRANSLATE_NOOP("events", "Reading Promotion Centre"),
}
# Audience groups of the attendance breakdown (counts of people at the event).
AUDIENCE = {
    "idp": QT_TRANSLATE_NOOP("events", "Displaced people"),
    "age55": QT_TRANSLATE_NOOP("events", "Aged 55+"),
    "children": QT_TRANSLATE_NOOP("events", "Children"),
    "youth": QT_TRANSLATE_NOOP("events", "Youth"),
    "military": QT_TRANSLATE_NOOP("events", "Military and veterans"),
    "disability": QT_TRANSLATE_NOOP("events", "People with disabilities"),
    "military_family": QT_TRANSLATE_NOOP("events", "Military families"),
    "librarians": QT_TRANSLATE_NOOP("events", "Librarians (professional audience)"),
}
# Whether an event took place: planned until its attendance is recorded (then held), or
# cancelled. Only held events count in the report.
STATUSES = {
    "planned": QT_TRANSLATE_NOOP("events", "Planned"),
    "held": QT_TRANSLATE_NOOP("events", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("events", "Cancelled"),
}
# The plan's sections an event may fulfil (the 2024 plan's numbering).
PLAN_SECTIONS = {
    "1": QT_TRANSLATE_NOOP("events", "1 Methodological work with libraries"),
    "3.1": QT_TRANSLATE_NOOP("events", "3.1 Socio-cultural activities"),
    "3.2": QT_TRANSLATE_NOOP("events", "3.2 Personal development"),
    "3.3": QT_TRANSLATE_NOOP("events", "3.3 Digital competences"),
}
# The 2024 plan's items an event may fulfil, by section, as the plan names them (its own
# Ukrainian words: they are the plan's titles, offered to pick from; others may be typed).
PLAN_ITEMS: dict[str, tuple[str, ...]] = {
    "1": (
        "Онлайнова Обласна школа керівника NonStop",
        "«Інформаційна гігієна»: практикум для бібліотекарів",
        "«Інклюзія та бібліотеки»: вебінар",
        "«МиЦі: Лабораторія нової бібліотеки»",
    ),
    "3.1": (
        "ЛітРозмови та літературники",
        "Книжковий клуб «ЛітМандрівка»",
        "«ARTЛабораторія»",
        "«Арттерапевтичні студії»",
        "Інтерактивна мандрівна виставка",
        "Антилекція «Витвір UA 2.0»",
        "Йоготерапія для дорослих",
        "Робота з родинами військових",
    ),
    "3.2": (
        "Тренінги з медійної грамотності для дорослих",
        "«Цейво»: розмовний клуб",
        "Тренінги з інклюзії та мови ворожнечі",
        "Медійна школа «BrainPark»",
    ),
    "3.3": (
        "Пересувний Хаб цифрової освіти для ВПО",
        "Тренінги з медіаграмотності та кібербезпеки",
        "Інтенсив з цифрової грамотності для 55+",
        "Європейський тиждень медіаграмотності",
        "Всесвітній тиждень медійної та інформаційної грамотності",
        "День безпечного інтернету",
    ),
}
REPEATS = ("none", "weekly", "monthly")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventSeries:
    """A recurring event (the monthly book club): the defaults its next event starts from."""

    id: str
    title: str | None = None
    repeat: str | None = None  # none, weekly, monthly
    direction: str | None = None
    form: str | None = None
    format: str | None = None
    department: str | None = None
    hub: str | None = None
    venue: str | None = None
    platform: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LibraryEvent:
    """An event or a course session, with its headcounts and audience breakdown."""

    id: str
    title: str | None = None
    series_id: str | None = None
    course_id: str | None = None
    direction: str | None = None
    form: str | None = None
    format: str | None = None
    department: str | None = None
    hub: str | None = None
    venue: str | None = None
    platform: str | None = None
    partner_project: str | None = None
    starts_at: str | None = None
    ends_at: str | None = None
    capacity: int | None = None
    description: str | None = None
    attended_in_person: int | None = None
    attended_online: int | None = None
    audience_idp: int | None = None
    audience_age55: int | None = None
    audience_children: int | None = None
    audience_youth: int | None = None
    audience_military: int | None = None
    audience_disability: int | None = None
    audience_military_family: int | None = None
    audience_librarians: int | None = None
    status: str | None = None  # planned, held, cancelled
    plan_section: str | None = None  # the plan's section it fulfils: 1, 3.1, 3.2, 3.3
    plan_item: str | None = None  # the plan's item, as the plan names it


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCheckin:
    """A registered reader checked in at an event by card (a fact; one per reader and event)."""

    id: str
    event_id: str
    reader_id: str
    day: str
    hub: str | None = None
    device_id: str
    hlc: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Course:
    """A course (the digital-literacy intensive for 55+): sessions are its events."""

    id: str
    title: str | None = None
    direction: str | None = None
    department: str | None = None
    hub: str | None = None
    description: str | None = None
    sessions_required: int | None = None  # sessions attended to complete the course


@dataclass(frozen=True, slots=True, kw_only=True)
class CourseEnrollment:
    """A reader enrolled in a course (id from course and reader: enrolling twice is once)."""

    id: str
    course_id: str | None = None
    reader_id: str | None = None
    enrolled_on: str | None = None
    withdrawn: bool | None = None


@dataclass
class EventFilter:
    """What a month's plan is narrowed to (None is any)."""

    department: str | None = None
    direction: str | None = None
    format: str | None = None
    hub: str | None = None


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (" ".join(v.split()) or None if isinstance(v, str) else v) for k, v in fields.items()
    }


def _when(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a date and time."), value=value
        ) from None


def validate_event(fields: dict[str, Any], current: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check and normalise an event's fields (``current`` holds the stored ones when editing)."""
    clean = _clean(fields)
    merged = {**(current or {}), **clean}
    if "title" in clean and not clean["title"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the title."))
    for name, allowed in (("direction", DIRECTIONS), ("form", FORMS), ("format", FORMATS)):
        value = clean.get(name)
        if value is not None and value not in allowed:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=value)
    for name, allowed in (("status", STATUSES), ("plan_section", PLAN_SECTIONS)):
        value = clean.get(name)
        if value is not None and value not in allowed:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=value)
    if clean.get("department") is not None and clean["department"] not in DEPARTMENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=clean["department"]
        )
    for name in ("starts_at", "ends_at"):
        if clean.get(name) is not None:
            clean[name] = _when(clean[name]).isoformat(timespec="minutes")
    starts, ends = merged.get("starts_at"), merged.get("ends_at")
    if starts and ends and _when(ends) < _when(starts):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The event ends before it starts."))
    capacity = clean.get("capacity")
    if capacity is not None and int(capacity) < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A number of people cannot be negative."))
    return clean


def validate_attendance(in_person: int, online: int, breakdown: dict[str, int]) -> dict[str, Any]:
    """Headcounts and the audience breakdown: no negative counts, no group above the total."""
    unknown = set(breakdown) - set(AUDIENCE)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown type: {name}."), name=sorted(unknown)[0]
        )
    counts = [in_person, online, *breakdown.values()]
    if any(int(n) < 0 for n in counts):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A number of people cannot be negative."))
    total = int(in_person) + int(online)
    for count in breakdown.values():
        if int(count) > total:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "{count} in one audience group is more than the {total} who came."
                ),
                count=count,
                total=total,
            )
    fields: dict[str, Any] = {"attended_in_person": int(in_person), "attended_online": int(online)}
    for group in AUDIENCE:
        fields[f"audience_{group}"] = int(breakdown.get(group, 0))
    return fields


def next_start(starts_at: str, repeat: str | None) -> dt.datetime:
    """When the next event of a series starts: a week or a month on (same weekday of the month
    for monthly clubs: the second Tuesday stays the second Tuesday)."""
    start = _when(starts_at)
    if repeat == "weekly":
        return start + dt.timedelta(days=7)
    week_of_month = (start.day - 1) // 7
    year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
    first = dt.datetime(year, month, 1, start.hour, start.minute)
    offset = (start.weekday() - first.weekday()) % 7
    candidate = first + dt.timedelta(days=offset + 7 * week_of_month)
    if candidate.month != month:  # a fifth weekday that this month lacks: take the last one
        candidate -= dt.timedelta(days=7)
    return candidate
