"""Dates and times in the app's language through one helper: 28.11.2026 and 16:35 in Ukrainian."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from mandrivna.ui.dates import day_text, moment_text, span_text, time_text


@pytest.fixture
def locale_of():
    before = QLocale()

    def choose(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield choose
    QLocale.setDefault(before)


def test_ukrainian_days_and_times(locale_of):
    locale_of("uk")
    assert day_text("2026-11-28") == "28.11.2026"
    assert day_text(dt.date(2026, 1, 5)) == "05.01.2026"
    assert day_text("2026-11-28T16:35:00") == "28.11.2026"
    assert time_text("2026-11-28T16:35:00") == "16:35"
    assert time_text(dt.time(9, 5)) == "09:05"
    assert moment_text(dt.datetime(2026, 11, 28, 16, 35)) == "28.11.2026 16:35"


def test_english_follows_the_locale_with_a_full_year(locale_of):
    locale_of("en_GB")
    assert day_text("2026-11-28") == "28/11/2026"
    locale_of("en_US")
    assert day_text("2026-11-28") == "11/28/2026"
    assert "4:35" in time_text("2026-11-28T16:35:00")


def test_empty_and_unreadable_values(locale_of):
    locale_of("uk")
    assert day_text(None) == "—"
    assert day_text("", empty="") == ""
    assert day_text("someday") == "someday"
    assert moment_text(None, empty="never") == "never"


def test_epoch_milliseconds_are_local_time(locale_of):
    locale_of("uk")
    moment = dt.datetime(2026, 3, 1, 8, 0)
    assert moment_text(int(moment.timestamp() * 1000)) == "01.03.2026 08:00"


def test_an_event_span_names_the_end_day_only_when_it_differs(locale_of):
    locale_of("uk")
    assert span_text("2026-11-28T16:00:00", "2026-11-28T17:30:00") == "28.11.2026 16:00–17:30"
    assert (
        span_text("2026-11-28T16:00:00", "2026-11-29T10:00:00")
        == "28.11.2026 16:00–29.11.2026 10:00"
    )
    assert span_text(None, None) == "—"
