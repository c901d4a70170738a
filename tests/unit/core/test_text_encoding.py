"""Encoding detection: UTF-8 or cp1251 told apart by how the text reads, whatever is declared."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_encoding import (
    CP1251,
    UTF8,
    detect_encoding,
    normalise_encoding,
    readability,
)

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
TEXTS = [
    "Тигролови",
    "ТИГРОЛОВИ",
    "Їжак ґава є",
    "РІВНЕ, СІЧЕНЬ, РІК",
    "Шевченко, Тарас. Кобзар : вірші / Т. Г. Шевченко. — Київ : Дніпро, 1985. — 640 с.",
    "Я",
    "ї",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("encoding", [UTF8, CP1251])
def test_each_encoding_is_recognised(text, encoding):
    assert detect_encoding(text.encode(encoding)).encoding == encoding


@pytest.mark.parametrize("encoding", [UTF8, CP1251])
def test_the_text_wins_over_a_wrong_declaration(encoding):
    other = CP1251 if encoding == UTF8 else UTF8
    guess = detect_encoding(TEXTS[4].encode(encoding), declared=other)
    assert guess.encoding == encoding
    assert guess.contradicts_declaration


def test_plain_ascii_follows_the_declaration():
    assert detect_encoding(b"Kobzar 1985", declared=CP1251).encoding == CP1251
    assert detect_encoding(b"Kobzar 1985").encoding == UTF8


def test_mojibake_reads_worse_than_the_real_text():
    real = "Українська література"
    assert readability(real) > readability(real.encode(UTF8).decode(CP1251))
    assert readability(real) > readability(real.encode(CP1251).decode(UTF8, errors="replace"))


# Words of three letters or more: two bytes alone can be both (D0 AA is UTF-8 «Ъ» and cp1251
# «РЄ»), and no file of a library is one two-letter word. 20,000 examples passed so.
@given(
    st.lists(st.text(alphabet=UKRAINIAN, min_size=3, max_size=12), min_size=1, max_size=8).map(
        " ".join
    ),
    st.sampled_from([UTF8, CP1251]),
)
def test_any_ukrainian_words_are_detected(text, encoding):
    assert detect_encoding(text.encode(encoding)).encoding == encoding


def test_encoding_names():
    assert normalise_encoding("Windows-1251") == CP1251
    assert normalise_encoding("UTF8") == UTF8
    with pytest.raises(ValidationError):
        normalise_encoding("koi8-u")


def test_a_capital_inside_a_short_utf8_word_is_still_utf8():
    # found by hypothesis: «вК» in UTF-8 read better as cp1251 («РІРљ») than as itself
    assert detect_encoding("вК".encode(UTF8)).encoding == UTF8
    assert detect_encoding("вК".encode(CP1251)).encoding == CP1251
