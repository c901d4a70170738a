"""The ISBN-10 the search index derives from a record's ISBN-13: computed by arithmetic, the
same as python-stdnum's conversion for every input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from stdnum import isbn as stdnum_isbn
from stdnum.exceptions import ValidationError

from mandrivna.core.catalogue import isbn10


def stdnum_isbn10(value: str) -> str | None:
    try:
        return str(stdnum_isbn.to_isbn10(value))
    except ValidationError:
        return None


def with_check(twelve: str) -> str:
    return twelve + str(stdnum_isbn.ean.calc_check_digit(twelve))


def test_known_books() -> None:
    assert isbn10("9789660378464") == stdnum_isbn10("9789660378464")
    assert isbn10("9780306406157") == "0306406152"
    assert isbn10("9780804429573") == "080442957X"  # check digit ten
    assert isbn10("9791090636071") is None  # 979: no ISBN-10
    assert isbn10("9780306406158") is None  # wrong check digit


@given(st.from_regex(r"\A97[89][0-9]{9}\Z"))
def test_valid_isbn13_as_stdnum(twelve: str) -> None:
    value = with_check(twelve)
    assert isbn10(value) == stdnum_isbn10(value)
    if twelve.startswith("978"):
        assert isbn10(value) is not None


@given(st.from_regex(r"\A[0-9]{13}\Z") | st.text(max_size=16))
def test_any_text_as_stdnum(value: str) -> None:
    assert isbn10(value) == stdnum_isbn10(value)
