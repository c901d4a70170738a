"""The caps on a change's fields: the checks the server makes for every pushed change give the
same verdicts as the rules first written (now with the common cases first)."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mandrivna.core import change_limits
from mandrivna.core.change_limits import MAX_CHANGE_BYTES, MAX_LIST, MAX_NUMBER, MAX_TEXT, NAME


def first_written(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return None if -MAX_NUMBER <= value <= MAX_NUMBER else "a number out of range"
    if isinstance(value, float):
        return None if math.isfinite(value) else "a number out of range"
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            return f"a text longer than {MAX_TEXT:,} characters"
        return "a text with a NUL character" if "\x00" in value else None
    if isinstance(value, list):
        if len(value) > MAX_LIST:
            return f"a list longer than {MAX_LIST} items"
        for item in value:
            if isinstance(item, list | dict) or first_written(item):
                return "a list holding something other than short texts or numbers"
        return None
    return "a value that is not a text, number, yes/no or list"


texts = st.text(max_size=20) | st.sampled_from(
    ["a\x00b", "ї" * (MAX_TEXT + 1), "ї" * MAX_TEXT, "\\u0000", "a" * 6_000, "\x00" * 3]
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=True, allow_infinity=True)
    | texts
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(texts, min_size=MAX_LIST, max_size=MAX_LIST + 1)
        | st.dictionaries(st.text(max_size=3), inner, max_size=2)
    ),
    max_leaves=8,
)


@given(values)
def test_a_value_has_the_same_verdict_as_first_written(value):
    assert change_limits._value_problem(value) == first_written(value)


def fields_first_written(fields: dict[str, Any]) -> str | None:
    for name, value in fields.items():
        if not NAME.fullmatch(name):
            return f"invalid field name {name!r}"
        problem = first_written(value)
        if problem:
            return f"field {name!r} holds {problem}"
    size = change_limits.fields_bytes(fields)
    if size > MAX_CHANGE_BYTES:
        return f"its fields take {size:,} bytes, over the {MAX_CHANGE_BYTES:,} a change may hold"
    return None


@settings(max_examples=300)
@example({"title": "ї" * (MAX_TEXT + 1)})  # a long text, the fields far below the byte cap
@example({"title": "a" * (MAX_TEXT + 1)})
@example({"title": "a" * MAX_TEXT})
@example({"title": ["ї" * (MAX_TEXT + 1)]})
@example({"title": ["a", "b\x00"]})
@example({"title": "\\u0000", "notes": "x"})  # no NUL, but its JSON looks like one
@example({"title": "b\x00", "notes": ["\\u0000"]})
@example({"title": ["a"] * (MAX_LIST + 1)})
@example({"title": ["a", 2**63]})
@example({"title": "ї" * MAX_TEXT, "notes": "ї" * MAX_TEXT, "b": "ї" * MAX_TEXT, "a_1": "ї" * 3000})
@given(
    st.dictionaries(
        st.sampled_from(["title", "Title", "x" * 41, "_deleted", "9a", "notes", "a_1", "b"]),
        values,
        max_size=8,
    )
)
def test_fields_have_the_same_verdict_however_often_a_name_is_met(fields):
    expected = fields_first_written(fields)
    assert change_limits.fields_problem(fields) == expected
    assert change_limits.fields_problem(fields) == expected  # good names now remembered
