"""A catalogue record's search terms: a record without copies (most of a catch-up, made in a
shorter way) has the terms the general way gives it, its type as its one filter term."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.catalogue import MATERIAL_TYPES
from mandrivna.store.search_index import _RecordRow, record_terms

_words = st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяABCxyz'’ -", max_size=30)


@given(
    title=_words | st.none(),
    publisher=_words | st.none(),
    authors=st.lists(_words, max_size=3),
    subjects=st.lists(_words, max_size=3) | st.none(),
    isbn=st.sampled_from([None, "9786176792734", "9791234567896", "123"]),
    material_type=st.sampled_from([None, *MATERIAL_TYPES]),
)
def test_a_record_without_copies_has_the_terms_the_general_way_gives(
    title, publisher, authors, subjects, isbn, material_type
) -> None:
    row = _RecordRow(1, "r", False, title, authors, publisher, isbn, subjects, material_type)
    # a copy with no barcode, hub or state adds nothing: the general way, the same terms
    assert record_terms(row, []) == record_terms(row, [(None, None, ())])
    filters = [t for t in record_terms(row, []).split() if t.startswith("qqq")]
    assert len(filters) == (1 if material_type else 0)  # the type's, last
