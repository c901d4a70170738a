"""The distance behind the search that forgives misspelt names."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core import search_text, spelling


def _term(word: str) -> str:
    (term,) = search_text.query_terms(word)
    return term


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Гнатук", "Гнатюк"),
        ("Ковальчюк", "Ковальчук"),
        ("Петрнко", "Петренко"),
        ("Шевчнеко", "Шевченко"),
        ("Бондаренко", "Бондарнко"),
    ],
)
def test_a_slip_of_the_ear_or_hand_is_near(typed: str, stored: str) -> None:
    term = _term(typed)
    assert spelling.near(term, [_term(stored), "zzzzzz"])[0][1] == _term(stored)


def test_short_terms_are_not_corrected() -> None:
    assert spelling.near("ivn", ["ivan"]) == []


def test_a_different_name_is_not_near() -> None:
    assert spelling.near(_term("Гнатюк"), [_term("Петренко"), _term("Гнатишин")]) == []


def _plain(a: str, b: str) -> int:
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


@given(st.text("abcd", max_size=8), st.text("abcd", max_size=8), st.integers(0, 3))
def test_the_cut_off_distance_agrees_with_the_whole_table(a: str, b: str, most: int) -> None:
    assert spelling.distance(a, b, most) == min(_plain(a, b), most + 1)
