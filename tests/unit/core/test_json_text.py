"""Compact JSON text: the sorted form is the text of the mapping with its keys in order (what
a record's stamps are stored as, the same bytes on every replica)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core import json_text

stamps = st.dictionaries(
    st.text(max_size=12),
    st.tuples(st.integers(0, 2**62), st.text(max_size=8), st.integers(0, 2**62)).map(list),
    max_size=12,
)


@given(stamps)
def test_sorted_text_is_the_text_of_the_sorted_mapping(value):
    assert json_text.dumps_sorted(value) == json_text.dumps(dict(sorted(value.items())))
