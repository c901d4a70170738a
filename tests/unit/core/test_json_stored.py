"""The laptop's database reads its JSON with orjson (``json_text.loads_stored``): the same values
as the standard library, which wrote it, for anything it may hold, old or odd values included."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core import json_text

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)  # past 64 bits: only the standard library reads them
    | st.floats(allow_nan=True, allow_infinity=True)  # NaN, Infinity: likewise
    | st.text()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def written(value: object) -> str:
    """As the laptop's engine writes JSON (``store.connection``)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@given(values)
def test_what_the_standard_library_wrote_reads_back_the_same(value):
    text = written(value)
    # the same text again: the same values, ints staying ints, NaN staying NaN
    assert written(json_text.loads_stored(text)) == written(json.loads(text))
    assert written(json_text.loads_stored(text.encode())) == written(json.loads(text))
