"""Ukrainian phone numbers in one form (+380 XX XXX XX XX), whatever way they were typed."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core import search_text
from mandrivna.core.phone_numbers import (
    is_normal_phone,
    national_digits,
    national_rest,
    normal_phone,
    only_digits,
)


@pytest.mark.parametrize(
    "typed",
    [
        "0671234567",
        "067 123 45 67",
        "067-123-45-67",
        "(067) 123 45 67",
        "+38(067)123-45-67",
        "+38 067 123 45 67",
        "+380671234567",
        "+380 67 123 45 67",
        "380671234567",
        "80671234567",
        "8 067 123-45-67",
        "67 123 45 67",
        " 067.123.45.67 ",
    ],
)
def test_a_ukrainian_number_is_written_one_way(typed: str) -> None:
    assert normal_phone(typed) == "+380 67 123 45 67"
    assert is_normal_phone(normal_phone(typed))


def test_a_landline_is_written_the_same_way() -> None:
    assert normal_phone("044 234-56-78") == "+380 44 234 56 78"


@pytest.mark.parametrize(
    "typed",
    ["+48 501 234 567", "+1 212 555 0100", "12345", "067 123 45", "дзвонити сестрі", "0067123456"],
)
def test_what_cannot_be_parsed_is_kept_as_typed_and_flagged(typed: str) -> None:
    assert normal_phone(typed) == typed
    assert not is_normal_phone(normal_phone(typed))


def test_empty_is_none() -> None:
    assert normal_phone("  ") is None
    assert normal_phone(None) is None
    assert not is_normal_phone(None)


@given(st.from_regex(r"[1-9]\d{8}", fullmatch=True), st.sampled_from(["0", "380", "+380", "80"]))
def test_normalising_twice_changes_nothing(rest: str, prefix: str) -> None:
    once = normal_phone(prefix + rest)
    assert once is not None and is_normal_phone(once)
    assert normal_phone(once) == once


@pytest.mark.parametrize(
    "typed", ["067 123 45 67", "+38(067)123-45-67", "80671234567", "0671234567", "123 45 67"]
)
def test_a_stored_number_is_found_whichever_way_it_is_typed(typed: str) -> None:
    stored = set(search_text.phone_terms("+380 67 123 45 67"))
    (query,) = search_text.query_terms(typed)
    assert any(term.startswith(query) for term in stored)


@given(st.text())
def test_the_digits_of_any_text_are_those_str_isdigit_finds(text: str) -> None:
    assert only_digits(text) == "".join(ch for ch in text if ch.isdigit())


@given(st.one_of(st.text(max_size=20), st.text(alphabet="0123456789 +()-./ ", max_size=20)))
def test_the_national_rest_from_digits_in_hand_is_the_national_digits(text: str) -> None:
    assert national_rest(text, only_digits(text)) == national_digits(text)
