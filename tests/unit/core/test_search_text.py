"""Search terms: spelling-tolerant names, codes and phones, the same for index and query."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core import search_text
from mandrivna.core.card_number import card_counter, card_number, device_prefix, normalise_code
from mandrivna.core.phone_numbers import normal_phone


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Петренко", "Petrenko"),
        ("Петренко", "пЕТРЕНКО"),
        ("Гнатюк", "Gnatyuk"),
        ("Гнатюк", "Hnatiuk"),
        ("Мар'яна", "Марʼяна"),
        ("Мар’яна", "Maryana"),
        ("Марія", "Mariya"),
        ("Щербак", "Shcherbak"),
        ("Хмельницький", "Khmelnytskyi"),
        ("Хмельницький", "Hmelnitsky"),
        ("Ющенко", "Yushchenko"),
        ("Євген", "Yevhen"),
        ("Олена", "OLENA"),
    ],
)
def test_a_name_is_found_however_it_is_spelled(stored: str, typed: str) -> None:
    assert search_text.text_terms([stored]) == search_text.query_terms(typed)


def test_codes_keep_their_digits_and_drop_separators() -> None:
    assert search_text.query_terms("7K2MQ-0042") == ["7k2mq0042"]
    assert search_text.code_term("7k2mq 0042") == "7k2mq0042"


def test_a_phone_is_found_whole_national_or_by_its_last_digits() -> None:
    terms = search_text.phone_terms("+38 (067) 123-45-67")
    assert {"380671234567", "0671234567", "1234567", "4567"} <= set(terms)


@given(st.text(max_size=40))
def test_query_terms_never_break_the_fts_syntax(text: str) -> None:
    for term in search_text.query_terms(text):
        assert term and term.isalnum() and '"' not in term


@given(st.uuids())
def test_card_numbers_round_trip_and_forgive_case(device: object) -> None:
    prefix = device_prefix(str(device))
    number = card_number(prefix, 42)
    assert card_counter(number) == (prefix, 42)
    assert normalise_code(number.lower()) == number
    assert len(number) == 10


def _terms_value_by_value(values):
    """``text_terms`` as first written: each value through the steps on its own."""
    out = []
    for value in values:
        if value:
            out.extend(search_text.term(word) for word in search_text._words(value))
    return [t for t in out if t]


@given(st.lists(st.none() | st.text(max_size=30), max_size=6))
def test_terms_of_several_values_at_once_are_those_of_each(values):
    assert search_text.text_terms(values) == _terms_value_by_value(values)


def test_terms_of_several_values_in_catalogue_text():
    values = ["Мар'яна", "́Зелена Шуба", None, "Kraków", "", "ΣΟΦΟΣ", "Lʼviv 1998"]
    assert search_text.text_terms(values) == _terms_value_by_value(values)


@given(st.text(max_size=20))
def test_a_code_term_is_the_letters_and_digits_lowered(code: str) -> None:
    assert search_text.code_term(code) == "".join(ch for ch in code.lower() if ch.isalnum())


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=20))
def test_an_ascii_code_term_is_the_letters_and_digits_lowered(code: str) -> None:
    assert search_text.code_term(code) == "".join(ch for ch in code.lower() if ch.isalnum())


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_a_phone_as_the_app_keeps_it_has_the_terms_of_any_other_writing(rest: str) -> None:
    stored = f"+380 {rest[:2]} {rest[2:5]} {rest[5:7]} {rest[7:]}"
    assert normal_phone(stored) == stored
    # the same number written with a space before it goes the general way
    assert search_text.phone_terms(stored) == search_text.phone_terms(" " + stored)
    terms = search_text.phone_terms(stored)
    assert ("0" + rest in terms) == (rest[0] != "0")  # the national form, when it is one
    assert terms[0] == "380" + rest and terms[-1] == rest[-4:]
