"""Dates and times as every screen and printout shows them, in the app's language: 28.11.2026
and 16:35 in Ukrainian, the locale's own short forms otherwise (always with a four-digit year).

The data keeps ISO text (``2026-11-28``, ``2026-11-28T16:35:00``) or Python dates; only these
functions turn them into words for a person. Anything that cannot be read is shown as it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

NONE = "—"
_LOCAL_FORMATS = {
    QLocale.Language.Ukrainian: ("dd.MM.yyyy", "HH:mm"),
}


def _formats() -> tuple[str, str]:
    """The date and time patterns of the current default locale (set from the app's language)."""
    locale = QLocale()
    known = _LOCAL_FORMATS.get(locale.language())
    if known:
        return known
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    return day, locale.timeFormat(QLocale.FormatType.ShortFormat)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _as_datetime(value: dt.datetime | str | int | None) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, int):  # milliseconds since the epoch, shown in local time
        return dt.datetime.fromtimestamp(value / 1000)
    return dt.datetime.fromisoformat(value)


def day_text(value: dt.date | str | None, empty: str = NONE) -> str:
    """A day: ``28.11.2026`` in Ukrainian (an ISO date or datetime text, or a date)."""
    try:
        day = _as_date(value)
    except (ValueError, TypeError):
        return str(value)
    if day is None:
        return empty
    return QLocale().toString(QDate(day.year, day.month, day.day), _formats()[0])


def time_text(value: dt.datetime | dt.time | str | None, empty: str = NONE) -> str:
    """A time of day: ``16:35`` in Ukrainian."""
    if isinstance(value, dt.time):
        moment: dt.datetime | None = dt.datetime.combine(dt.date(2000, 1, 1), value)
    else:
        try:
            moment = _as_datetime(value)
        except (ValueError, TypeError):
            return str(value)
    if moment is None:
        return empty
    return QLocale().toString(QTime(moment.hour, moment.minute), _formats()[1])


def moment_text(value: dt.datetime | str | int | None, empty: str = NONE) -> str:
    """A day and time: ``28.11.2026 16:35`` (ISO text, a datetime, or epoch milliseconds)."""
    try:
        moment = _as_datetime(value)
    except (ValueError, TypeError):
        return str(value)
    if moment is None:
        return empty
    day, time = _formats()
    stamp = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(stamp, f"{day} {time}")


def span_text(starts: str | None, ends: str | None, empty: str = NONE) -> str:
    """When an event runs: ``28.11.2026 16:00–17:30`` (the end's day only if it differs)."""
    if not starts:
        return empty
    text = moment_text(starts)
    if not ends:
        return text
    same_day = ends[:10] == starts[:10]
    return f"{text}–{time_text(ends) if same_day else moment_text(ends)}"


def date_edit_format() -> str:
    """The display pattern for a date editor (``QDateEdit.setDisplayFormat``)."""
    return _formats()[0]


def datetime_edit_format() -> str:
    """The display pattern for a date-and-time editor."""
    day, time = _formats()
    return f"{day} {time}"
