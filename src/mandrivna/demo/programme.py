"""The events and courses of the library's 2024 plan that the demo holds, as the plan names them:
its series (the ЛітМандрівка book club, ARTЛабораторія, the art-therapy studios, weekly yoga
therapy, the webinars of the Обласна школа керівника NonStop), the trainings and days held a few
times a year, and its courses (Цейво, the digital-literacy intensive for 55+).

Which hub holds what is given by the hub's place in the demo's list (counted round when there
are fewer hubs); ``None`` is headquarters, whose laptop runs the online work for librarians.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mandrivna.demo.hubs import MONDAY, SATURDAY, THURSDAY, TUESDAY, WEDNESDAY

# Who comes: decides the audience breakdown and whom the librarian checks in by card.
FAMILIES, ADULTS, SENIORS, LIBRARIANS, EVERYONE = "families", "adults", "seniors", "staff", "all"


@dataclass(frozen=True)
class Series:
    """A recurring event of the plan; its next meeting is made in one action after each."""

    title: str
    repeat: str  # weekly or monthly
    direction: str
    form: str
    format: str
    department: str
    hub: int | None
    weekday: int
    week: int  # of the month, from 0 (monthly series)
    starts: dt.time
    minutes: int
    platform: str | None
    description: str
    in_person: tuple[int, int]
    online: tuple[int, int]
    audience: str


@dataclass(frozen=True)
class Occasion:
    """An event of the plan held in some months only (a quarterly training, a day or week of
    the calendar, an exhibition)."""

    title: str
    direction: str
    form: str
    format: str
    department: str
    hub: int | None
    months: tuple[int, ...]
    weekday: int
    week: int
    starts: dt.time
    minutes: int
    days: int  # how many days it stays open (an exhibition); 1 for a meeting
    platform: str | None
    description: str
    in_person: tuple[int, int]
    online: tuple[int, int]
    audience: str


@dataclass(frozen=True)
class CourseOfPlan:
    """A course of the plan, run twice a year: weekly sessions, completed by attending enough."""

    title: str
    direction: str
    department: str
    hub: int
    description: str
    runs: tuple[tuple[int, int], ...]  # (first month, last month) of each run
    weekday: int
    starts: dt.time
    minutes: int
    sessions: int
    required: int
    category: str  # the readers it is for
    topics: tuple[str, ...] = ()  # the sessions' topics, in order


SERIES = (
    Series(
        "Книжковий клуб «ЛітМандрівка»",
        "monthly",
        "literature",
        "club_meeting",
        "hybrid",
        "ЦПЧ",
        0,
        THURSDAY,
        1,
        dt.time(16, 0),
        90,
        "Zoom",
        "Зустрічі книжкового клубу наживо та онлайн: читаємо й обговорюємо українських авторів.",
        (8, 16),
        (5, 15),
        ADULTS,
    ),
    Series(
        "ARTЛабораторія",
        "monthly",
        "non_formal_education",
        "master_class",
        "offline",
        "ЦПЧ",
        1,
        SATURDAY,
        3,
        dt.time(11, 0),
        120,
        None,
        "Майстер-класи, ігри, дискусії, читання для всієї родини.",
        (12, 26),
        (0, 0),
        FAMILIES,
    ),
    Series(
        "Арттерапевтичні студії",
        "monthly",
        "psychological_support",
        "workshop",
        "offline",
        "ЦПЧ",
        2,
        WEDNESDAY,
        0,
        dt.time(15, 0),
        90,
        None,
        "Зустрічі з залученням психологів і майстрів.",
        (7, 14),
        (0, 0),
        ADULTS,
    ),
    Series(
        "Йоготерапія для дорослих",
        "weekly",
        "psychological_support",
        "other",
        "hybrid",
        "ЦПЧ",
        3,
        TUESDAY,
        0,
        dt.time(10, 0),
        60,
        "Zoom",
        "Практика наживо та онлайн.",
        (4, 11),
        (3, 12),
        SENIORS,
    ),
    Series(
        "Онлайнова Обласна школа керівника NonStop",
        "monthly",
        "non_formal_education",
        "webinar",
        "online",
        "ВНМР",
        None,
        WEDNESDAY,
        2,
        dt.time(11, 0),
        90,
        "Zoom",
        "Цикл професійних вебінарів для фахівців бібліотек.",
        (0, 0),
        (25, 60),
        LIBRARIANS,
    ),
)
OCCASIONS = (
    Occasion(
        "Тренінг з медіаграмотності та кібербезпеки",
        "media_literacy",
        "training",
        "offline",
        "ВІТЕР",
        1,
        (2, 5, 8, 11),
        THURSDAY,
        1,
        dt.time(14, 0),
        120,
        1,
        None,
        "Як розпізнати фейк і вберегти свої акаунти: тренінг для дорослих.",
        (10, 22),
        (0, 0),
        ADULTS,
    ),
    Occasion(
        "День безпечного інтернету",
        "media_literacy",
        "lecture",
        "offline",
        "ВІТЕР",
        0,
        (2,),
        TUESDAY,
        1,
        dt.time(13, 0),
        90,
        1,
        None,
        "Інформаційна година про безпеку дітей і дорослих у мережі.",
        (12, 25),
        (0, 0),
        FAMILIES,
    ),
    Occasion(
        "Всесвітній тиждень медійної та інформаційної грамотності",
        "media_literacy",
        "training",
        "online",
        "ВІТЕР",
        None,
        (10,),
        THURSDAY,
        3,
        dt.time(15, 0),
        90,
        1,
        "YouTube",
        "Онлайн-тренінг про перевірку новин і фото.",
        (0, 0),
        (30, 80),
        EVERYONE,
    ),
    Occasion(
        "«Інформаційна гігієна»: практикум для бібліотекарів",
        "media_literacy",
        "training",
        "online",
        "ВНМР",
        None,
        (3, 6, 9, 12),
        TUESDAY,
        2,
        dt.time(11, 0),
        90,
        1,
        "Zoom",
        "Практикум для бібліотекарів, спільно з ВІТЕР.",
        (0, 0),
        (20, 45),
        LIBRARIANS,
    ),
    Occasion(
        "«Інклюзія та бібліотеки»: вебінар для бібліотекарів",
        "non_formal_education",
        "webinar",
        "online",
        "ВНМР",
        None,
        (3, 9),
        THURSDAY,
        2,
        dt.time(11, 0),
        90,
        1,
        "Zoom",
        "Вебінар для бібліотекарів, спільно з ВФФЕК.",
        (0, 0),
        (25, 55),
        LIBRARIANS,
    ),
    Occasion(
        "Інтерактивна мандрівна виставка «Літературна Луганщина»",
        "national_identity",
        "exhibition",
        "offline",
        "ВІТЕР",
        2,
        (8,),
        MONDAY,
        0,
        dt.time(10, 0),
        480,
        14,
        None,
        "Візуальна літературна мандрівка про книжки та письменників Луганщини.",
        (40, 90),
        (0, 0),
        EVERYONE,
    ),
)
COURSES = (
    CourseOfPlan(
        "Інтенсив з цифрової грамотності для користувачів 55+",
        "digital_skills",
        "ВІТЕР",
        0,
        "Смартфон, Дія, онлайн-банкінг, безпека в мережі: навчання для клієнтів бібліотеки 55+.",
        ((2, 4), (9, 11)),
        MONDAY,
        dt.time(11, 0),
        90,
        10,
        8,
        "age55",
        (
            "Знайомство зі смартфоном",
            "Дзвінки, повідомлення, месенджери",
            "Камера і фото",
            "Дія: документи в телефоні",
            "Онлайн-банкінг",
            "Безпека в мережі: шахраї і фішинг",
            "Пошук в інтернеті",
            "Відеозв'язок з рідними",
            "Державні послуги онлайн",
            "Підсумкове заняття",
        ),
    ),
    CourseOfPlan(
        "«Цейво»: розмовний клуб української мови і літератури",
        "ukrainian_language",
        "ВІТЕР",
        1,
        "Розмовний клуб для переселенців і всіх охочих.",
        ((2, 3), (9, 10)),
        THURSDAY,
        dt.time(17, 0),
        90,
        8,
        6,
        "idp",
        (
            "Знайомство: звідки ми",
            "Мова рідного міста",
            "Українська поезія вголос",
            "Фразеологізми і приказки",
            "Сучасна українська проза",
            "Суржик і як його позбутися",
            "Літературна гра",
            "Підсумкова зустріч",
        ),
    ),
)


def nth_weekday(year: int, month: int, weekday: int, week: int) -> dt.date:
    """The ``week``-th (from 0) ``weekday`` of the month; the last one if the month has fewer."""
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * week)
    while day.month != month:
        day -= dt.timedelta(days=7)
    return day


def first_meeting(series: Series, year: int) -> dt.datetime:
    """A series' first meeting of the year, after New Year's Day (when the series is set up)."""
    new_year = dt.date(year, 1, 1)
    if series.repeat == "weekly":
        day = new_year + dt.timedelta(days=(series.weekday - new_year.weekday() - 1) % 7 + 1)
    else:
        day = nth_weekday(year, 1, series.weekday, series.week)
        if day == new_year:
            day += dt.timedelta(days=7)
    return dt.datetime.combine(day, series.starts)


def course_sessions(course: CourseOfPlan, year: int, run: tuple[int, int]) -> list[dt.datetime]:
    """The weekly sessions of one run of a course, from the first weekday of its first month."""
    day = nth_weekday(year, run[0], course.weekday, 0)
    last = nth_weekday(year, run[1], course.weekday, 4)
    sessions: list[dt.datetime] = []
    while len(sessions) < course.sessions and day <= last:
        sessions.append(dt.datetime.combine(day, course.starts))
        day += dt.timedelta(days=7)
    return sessions


# The plan's section and item each event of the demo fulfils (``core.events.PLAN_ITEMS``).
PLAN_PLACE: dict[str, tuple[str, str]] = {
    "Книжковий клуб «ЛітМандрівка»": ("3.1", "Книжковий клуб «ЛітМандрівка»"),
    "ARTЛабораторія": ("3.1", "«ARTЛабораторія»"),
    "Арттерапевтичні студії": ("3.1", "«Арттерапевтичні студії»"),
    "Йоготерапія для дорослих": ("3.1", "Йоготерапія для дорослих"),
    "Онлайнова Обласна школа керівника NonStop": (
        "1",
        "Онлайнова Обласна школа керівника NonStop",
    ),
    "Тренінг з медіаграмотності та кібербезпеки": (
        "3.3",
        "Тренінги з медіаграмотності та кібербезпеки",
    ),
    "День безпечного інтернету": ("3.3", "День безпечного інтернету"),
    "Всесвітній тиждень медійної та інформаційної грамотності": (
        "3.3",
        "Всесвітній тиждень медійної та інформаційної грамотності",
    ),
    "«Інформаційна гігієна»: практикум для бібліотекарів": (
        "1",
        "«Інформаційна гігієна»: практикум для бібліотекарів",
    ),
    "«Інклюзія та бібліотеки»: вебінар для бібліотекарів": (
        "1",
        "«Інклюзія та бібліотеки»: вебінар",
    ),
    "Інтерактивна мандрівна виставка «Літературна Луганщина»": (
        "3.1",
        "Інтерактивна мандрівна виставка",
    ),
}


def plan_fields(title: str) -> dict[str, str]:
    """The plan section and item of an event of the demo's programme, as event fields."""
    place = PLAN_PLACE.get(title)
    return {"plan_section": place[0], "plan_item": place[1]} if place else {}
