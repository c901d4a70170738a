"""The parcel's steps and checks, and the Ukrainian alphabetical order its lists use."""

import datetime as dt

import pytest

from mandrivna.core import parcel as rules
from mandrivna.core.alphabet import sort_key
from mandrivna.core.errors import ValidationError

TODAY = dt.date(2026, 11, 25)


def test_each_step_allows_only_what_follows_it() -> None:
    rules.check_editable("formed")
    rules.check_can_send("formed", 1)
    rules.check_can_receive("sent")
    for status in ("sent", "received"):
        with pytest.raises(ValidationError):
            rules.check_editable(status)
        with pytest.raises(ValidationError):
            rules.check_can_send(status, 3)
    for status in ("formed", "received"):
        with pytest.raises(ValidationError):
            rules.check_can_receive(status)
    with pytest.raises(ValidationError, match="empty"):
        rules.check_can_send("formed", 0)


def test_dates_are_neither_in_the_future_nor_before_the_previous_step() -> None:
    assert rules.check_date(TODAY, "2026-11-25", TODAY) == "2026-11-25"
    with pytest.raises(ValidationError) as future:
        rules.check_date(dt.date(2026, 11, 26), None, TODAY)
    assert str(future.value) == "The date 26.11.2026 is in the future."
    with pytest.raises(ValidationError) as early:
        rules.check_date(dt.date(2026, 11, 1), "2026-11-02", TODAY)
    assert "(02.11.2026)" in str(early.value)


def test_waybill_quantity_destination_and_number() -> None:
    assert rules.clean_waybill("  2045 0012\t3456 78 ") == "2045 0012 3456 78"
    for bad in (lambda: rules.clean_waybill(" "), lambda: rules.clean_destination("")):
        with pytest.raises(ValidationError):
            bad()
    for bad_quantity in (0, -1, rules.MAX_QUANTITY + 1):
        with pytest.raises(ValidationError):
            rules.check_quantity(bad_quantity)
    assert rules.short_number("3f2a91c0-1b2c-4d5e-8f90-a1b2c3d4e5f6") == "3F2A-91C0"


def test_ukrainian_alphabetical_order() -> None:
    words = [
        "Яблуко",
        "їжак",
        "Ґанок",
        "ім’я",
        "Євген",
        "2 книги",
        "Абетка",
        "Ірпінь",
        "иній",
        "Zorro",
    ]
    assert sorted(["Том 10", "Том 2", "том 1"], key=sort_key) == ["том 1", "Том 2", "Том 10"]
    assert sorted(words, key=sort_key) == [
        "2 книги",
        "Абетка",
        "Ґанок",
        "Євген",
        "иній",
        "ім’я",
        "Ірпінь",
        "їжак",
        "Яблуко",
        "Zorro",
    ]
    assert sorted(["Том 10", "Том 2", "том 1"], key=sort_key) == ["том 1", "Том 2", "Том 10"]
