"""A snapshot page read without pydantic (``sync.snapshot_page``) is the very page pydantic makes
of the same JSON, or it is left to pydantic: nothing pydantic refuses gets through, and a hostile
server's page is refused in plain words by the transport."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mandrivna.core.errors import SyncError
from mandrivna.sync.snapshot_page import plain_snapshot_page
from mandrivna.wire import SnapshotPage
from tests.support.canned_transport import answering

_odd = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=3)
    | st.sampled_from(["5", "1.0", "true", ""])
)
_json = st.recursive(
    _odd, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner)
)
_stamp = st.lists(
    st.integers(0, 2**62) | st.text(max_size=5) | st.booleans(), min_size=3, max_size=3
)
_good_stamp = st.tuples(st.integers(0, 2**62), st.text(max_size=5), st.integers(0, 2**40)).map(list)
_good_map = st.dictionaries(st.text(max_size=4), _good_stamp, max_size=3)
_stamps = st.one_of(
    _good_stamp,
    _good_map,
    _stamp,  # three values of any of the types: pydantic takes some, refuses others
    st.dictionaries(st.text(max_size=4), _json, max_size=2),
    _json,
)
_fields = st.dictionaries(st.text(max_size=4), _json, max_size=3)
_text = st.text(max_size=6)
_good_record = st.tuples(_text, _text, _fields, _good_stamp | _good_map).map(list)
_good_page = st.fixed_dictionaries(
    {
        "upto": st.integers(0, 2**63),
        "records": st.lists(_good_record, max_size=4),
        "more": st.booleans(),
    },
    optional={"total": st.integers(0, 2**40)},
)


@st.composite
def _page(draw):
    """A page as a server sends it, often with one thing gone wrong somewhere."""
    page = draw(_good_page)
    where = draw(st.sampled_from(["none", "top", "key", "record", "slot", "stamp", "any"]))
    if where == "top":
        page[draw(st.sampled_from(["upto", "total", "more", "records"]))] = draw(_odd | _json)
    elif where == "key":
        key = draw(st.sampled_from(["upto", "more", "records", "extra"]))
        if key in page:
            del page[key]
        else:
            page[key] = draw(_json)
    elif page["records"] and where in ("record", "slot", "stamp"):
        at = draw(st.integers(0, len(page["records"]) - 1))
        if where == "record":
            page["records"][at] = draw(st.lists(_text | _json, max_size=5) | _json)
        elif where == "slot":
            page["records"][at][draw(st.integers(0, 3))] = draw(_odd | _json)
        else:
            page["records"][at][3] = draw(_stamps)
    elif where == "any":
        return draw(_json)
    return page


@settings(max_examples=600)
@given(_page())
def test_the_page_is_pydantics_page_or_left_to_pydantic(data) -> None:
    page = plain_snapshot_page(data)
    if page is None:
        return
    validated = SnapshotPage.model_validate(data)  # never refuses what got through
    assert page.__dict__ == validated.__dict__
    assert [[type(v) for v in r] for r in page.records] == [
        [type(v) for v in r] for r in validated.records
    ]
    assert type(page.records) is type(validated.records)


def test_a_page_as_servers_send_it_is_read_without_pydantic() -> None:
    data = {
        "upto": 7,
        "total": 2,
        "records": [
            ["reader", "r1", {"surname": "Бойко"}, [5, "d1", 0]],
            ["reader", "r2", {"notes": None}, {"notes": [6, "d2", 5]}],
        ],
        "more": False,
    }
    page = plain_snapshot_page(data)
    assert page == SnapshotPage.model_validate(data)
    assert page is not None and page.records[0][3] == (5, "d1", 0)
    older = {k: v for k, v in data.items() if k != "total"}  # an older server's page
    assert plain_snapshot_page(older) == SnapshotPage.model_validate(older)


@pytest.mark.parametrize(
    "data",
    [
        {"upto": 1, "records": [["reader", "r1", {}, [1, 2, 3]]], "more": False},
        {"upto": 1, "records": [["reader", "r1", [], [1, "d", 3]]], "more": False},
        {"upto": 1, "records": [["reader", "r1", {}, {"a": 5}]], "more": False},
        {"upto": "x", "records": [], "more": False},
        {"upto": 1, "records": [["reader", "r1", {}]], "more": False},
        {"records": [], "more": False},
        ["not", "a", "page"],
    ],
)
def test_a_hostile_page_is_refused_in_plain_words(data) -> None:
    assert plain_snapshot_page(data) is None
    with pytest.raises(ValidationError):
        SnapshotPage.model_validate(data)
    transport = answering(data)
    with pytest.raises(SyncError, match="not from a Mandrivna server"):
        transport.snapshot(None, 10)
