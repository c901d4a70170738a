"""A pull page (and a page of ``/v1/own``) read without pydantic (``sync.pull_page``) is the very
page pydantic makes of the same JSON, or it is left to pydantic: nothing pydantic refuses gets
through, and a hostile server's page is refused in plain words by the transport."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from mandrivna.core import json_text
from mandrivna.core.errors import SyncError
from mandrivna.sync.pull_page import plain_own_page, plain_pull_page
from mandrivna.sync.transport import HttpTransport, Reply
from mandrivna.wire import OwnChangesResponse, PullResponse, from_own, from_pulled
from tests.support.canned_transport import answering

# MANDRIVNA_PROPERTY_EXAMPLES=5000 for a long hunt; the suite runs 300 (and 200 own pages).
EXAMPLES = int(os.environ.get("MANDRIVNA_PROPERTY_EXAMPLES", "300"))

_odd = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=3)
    | st.sampled_from(["5", "1.0", "true", "", "1e3"])
)
_json = st.recursive(
    _odd, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner)
)
_text = st.text(max_size=6)
_int = st.integers(0, 2**63)
_fields = st.dictionaries(st.text(max_size=4), _json, max_size=3)
_pulled = st.tuples(_int, _int, _int, _text, _text, _text, _fields, _int).map(list)
_own = st.tuples(_int, _int, _text, _text, _text, _fields, _int).map(list)
# What can stand in a slot: a value of the right type, one pydantic coerces (a bool, a whole
# float, a number's text), or one it refuses.
_slot = _odd | _json | st.integers(-(2**70), 2**70) | st.floats(-10, 10).map(float).map(round)


def _good_pull() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "devices": st.lists(_text, max_size=3),
            "changes": st.lists(_pulled, max_size=4),
            "cursor": _int,
            "more": st.booleans(),
            "chain": _text,
        },
        optional={"extra": _json, "total": _int},  # keys a newer server might add
    )


def _good_own() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"changes": st.lists(_own, max_size=4), "more": st.booleans()},
        optional={"extra": _json},
    )


@st.composite
def _spoiled(draw: st.DrawFn, good: st.SearchStrategy[dict[str, Any]]) -> Any:
    """A page as a server sends it, often with one thing gone wrong somewhere."""
    page = draw(good)
    where = draw(st.sampled_from(["none", "top", "key", "row", "slot", "short", "device", "any"]))
    if where == "top":
        page[draw(st.sampled_from(sorted(page)))] = draw(_slot)
    elif where == "key":
        key = draw(st.sampled_from([*sorted(page), "extra"]))
        if key in page:
            del page[key]
        else:
            page[key] = draw(_json)
    elif where == "device" and page.get("devices"):
        page["devices"][draw(st.integers(0, len(page["devices"]) - 1))] = draw(_slot)
    elif page["changes"] and where in ("row", "slot", "short"):
        at = draw(st.integers(0, len(page["changes"]) - 1))
        row = page["changes"][at]
        if where == "row":
            page["changes"][at] = draw(st.lists(_slot, max_size=9) | _json)
        elif where == "slot":
            row[draw(st.integers(0, len(row) - 1))] = draw(_slot)
        elif draw(st.booleans()):
            del row[draw(st.integers(0, len(row) - 1))]
        else:
            row.insert(draw(st.integers(0, len(row))), draw(_slot))
    elif where == "any":
        return draw(_json)
    return page


def _same(page: BaseModel, validated: BaseModel) -> None:
    """``page`` is ``validated``: the same values of the same types, the same fields set."""
    assert page.__dict__ == validated.__dict__
    assert page.model_fields_set == validated.model_fields_set
    assert page.model_extra == validated.model_extra
    for name, value in validated.__dict__.items():
        mine = page.__dict__[name]
        assert type(mine) is type(value)
        if type(value) is list:
            assert [type(v) for v in mine] == [type(v) for v in value]
            assert [[type(x) for x in v] for v in mine if type(v) is tuple] == [
                [type(x) for x in v] for v in value if type(v) is tuple
            ]


def _checked(model: type[BaseModel], data: Any, page: BaseModel | None) -> None:
    if page is None:
        return
    validated = model.model_validate(data)  # never refuses what got through
    _same(page, validated)


@settings(max_examples=EXAMPLES)
@given(_spoiled(_good_pull()))
@example({"devices": [], "changes": [[0, 1, 2, "e", "i", "u", {}, True]], "cursor": 1,
          "more": True, "chain": ""})  # fmt: skip
@example({"devices": ["d"], "changes": [[0, 1, 2, "e", "i", "u", {}, 3]], "cursor": 1.0,
          "more": True, "chain": ""})  # fmt: skip
def test_a_pull_page_is_pydantics_page_or_left_to_pydantic(data: Any) -> None:
    _checked(PullResponse, data, plain_pull_page(data))


@settings(max_examples=EXAMPLES * 2 // 3)
@given(_spoiled(_good_own()))
def test_an_own_page_is_pydantics_page_or_left_to_pydantic(data: Any) -> None:
    _checked(OwnChangesResponse, data, plain_own_page(data))


@given(_good_pull())
def test_a_page_as_servers_send_it_is_never_left_to_pydantic(data: dict[str, Any]) -> None:
    page = plain_pull_page(json.loads(json.dumps(data)))  # a page through its JSON text
    assert page is not None
    _same(page, PullResponse.model_validate(data))


def test_the_changes_of_a_page_as_servers_send_it() -> None:
    data = {
        "devices": ["d1", "d2"],
        "changes": [
            [1, 7, 1_700_000_000_000_000, "visit", "v1", "u", {"reader": "r1"}, 0],
            [0, 3, 1_700_000_000_000_001, "reader", "r1", "d", {"surname": None}, 5],
        ],
        "cursor": 42,
        "more": False,
        "chain": "c",
    }
    page = plain_pull_page(data)
    validated = PullResponse.model_validate(data)
    assert page is not None and page == validated
    mine = [from_pulled(page.devices, row) for row in page.changes]
    assert mine == [from_pulled(validated.devices, row) for row in validated.changes]
    assert [change.device_id for change in mine] == ["d2", "d1"]
    own = {"changes": [row[1:] for row in data["changes"]], "more": True}
    own_page = plain_own_page(own)
    assert own_page is not None and own_page == OwnChangesResponse.model_validate(own)
    assert [from_own("o", row).seq for row in own_page.changes] == [7, 3]


_ROW = [0, 1, 2, "visit", "v1", "u", {}, 0]
_PULL = {"devices": [], "changes": [], "cursor": 1, "more": False, "chain": ""}


@pytest.mark.parametrize(
    ("ask", "data"),
    [
        ("pull", _PULL | {"devices": [5]}),
        ("pull", _PULL | {"changes": [_ROW[:7]]}),
        ("pull", _PULL | {"changes": [[*_ROW[:6], [], 0]], "more": 0}),
        ("pull", _PULL | {"changes": [[0, 1, 2, 3, "v", "u", {}, 0]]}),
        ("pull", _PULL | {"cursor": "x"}),
        ("pull", {k: v for k, v in _PULL.items() if k != "chain"}),
        ("pull", _PULL | {"changes": {}}),
        ("pull", ["not", "a", "page"]),
        ("own", {"changes": [_ROW], "more": False}),
        ("own", {"changes": [_ROW[1:]], "more": "maybe"}),
        ("own", {"changes": [[*_ROW[1:6], None, 0]], "more": True}),
        ("own", {"more": True}),
        ("own", "<html>"),
    ],
)
def test_a_hostile_page_is_refused_in_plain_words(ask: str, data: Any) -> None:
    plain, model = (
        (plain_pull_page, PullResponse) if ask == "pull" else (plain_own_page, OwnChangesResponse)
    )
    assert plain(data) is None
    with pytest.raises(ValidationError):
        model.model_validate(data)
    transport = answering(data)
    with pytest.raises(SyncError, match="not from a Mandrivna server"):
        transport.pull(0, 10) if ask == "pull" else transport.own("o" * 36, 0, 10)


def test_a_page_pydantic_coerces_is_still_taken_through_pydantic() -> None:
    """An older or odd server's page that pydantic accepts after coercing (a float cursor, a
    bool where a number is): left to pydantic, which reads it as before."""
    data = {"devices": ["d"], "changes": [[0, 1, 2, "e", "i", "u", {}, True]], "cursor": 3.0,
            "more": 1, "chain": ""}  # fmt: skip
    assert plain_pull_page(data) is None
    transport = HttpTransport("http://127.0.0.1:9")
    transport._send = lambda *_a, **_k: Reply(200, json_text.dumps_bytes(data), 1)  # type: ignore[method-assign]
    page = transport.pull(0, 10)
    assert page.cursor == 3 and page.more is True and page.changes[0][7] == 1


def test_a_page_bigger_than_asked_or_naming_no_device_is_refused() -> None:
    """A server sends at most what was asked (a catch-up holds many pages ahead: a page
    bigger than asked would fill the laptop's memory); a change names a device of its page's
    list (a negative place would name another one)."""
    rows = [[0, n, 2 + n, "visit", f"v{n}", "f", {}, 0] for n in range(11)]
    with pytest.raises(SyncError, match="not from a Mandrivna server"):
        answering(_PULL | {"devices": ["d"], "changes": rows}).pull(0, 10)
    assert len(answering(_PULL | {"devices": ["d"], "changes": rows}).pull(0, 11).changes) == 11
    for index in (-1, 1):
        with pytest.raises(ValueError, match="names device"):
            from_pulled(["d"], (index, 1, 2, "visit", "v", "f", {}, 0))
