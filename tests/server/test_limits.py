"""Bounds on every request (issue #11, items 10 and 11), on SQLite and PostgreSQL: numbers out of
range and texts with NUL get a 4xx, never a 5xx; one change and one page are capped in bytes,
whatever the entity (one the server has never heard of too), and a page is never empty."""

import gzip
import json

import pytest
from fastapi.testclient import TestClient

from mandrivna.core.hlc import pack
from mandrivna.wire import MAX_CHANGE_BYTES, MAX_PAGE_BYTES
from sync_server.app import create_app
from tests.server.test_api import DEV_A, DEV_B, NOW, enroll, headers, stored

BIG = 2**63


@pytest.fixture
def api(storage):
    return TestClient(create_app(storage))


def push(api, token, rows, first_seq=1, device_id=DEV_A):
    body = gzip.compress(
        json.dumps({"origin": device_id, "first_seq": first_seq, "changes": rows}).encode()
    )
    return api.post("/v1/push", content=body, headers=headers(token))


@pytest.mark.parametrize(
    "row",
    [
        [pack(NOW, 1), "visit", "v1", "f", {"count": 1}, BIG],
        [pack(NOW, 1), "visit", "v1", "f", {"count": 1}, -1],
        [pack(NOW, 1), "visit", "v\x001", "f", {"count": 1}, 0],
        [pack(NOW, 1), "reader", "r1", "u", {"surname": "Бой\x00ко"}, 0],
        [pack(NOW, 1), "reader", "r1", "u", {"categories": ["idp", "a\x00"]}, 0],
        [pack(NOW, 1), "reader", "r1", "u", {"birth_year": BIG}, 0],
        [pack(NOW, 1), "reader", "r1", "u", {"categories": [BIG]}, 0],
        [-1, "visit", "v1", "f", {"count": 1}, 0],
        [BIG, "visit", "v1", "f", {"count": 1}, 0],
    ],
    ids=[
        "seen-2**63",
        "seen-negative",
        "nul-in-entity-id",
        "nul-in-text",
        "nul-in-list",
        "value-2**63",
        "list-item-2**63",
        "hlc-negative",
        "hlc-2**63",
    ],
)
def test_out_of_range_numbers_and_nul_in_a_change_are_422(api, storage, row):
    token = enroll(api, storage, DEV_A)
    reply = push(api, token, [row])
    assert reply.status_code == 422, reply.text
    assert isinstance(reply.json()["detail"], str)
    assert stored(storage) == 0


@pytest.mark.parametrize("first_seq", [BIG, 2**62 + 1, 0])
def test_first_seq_out_of_range_is_422(api, storage, first_seq):
    token = enroll(api, storage, DEV_A)
    reply = push(api, token, [[pack(NOW, 1), "visit", "v1", "f", {"count": 1}, 0]], first_seq)
    assert reply.status_code == 422, reply.text
    assert stored(storage) == 0


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/pull", {"after": BIG}),
        ("/v1/pull", {"after": 0, "limit": BIG}),
        ("/v1/pull", {"after": 0, "facts_upto": BIG}),
        ("/v1/own", {"after": BIG}),
        ("/v1/own", {"limit": BIG}),
        ("/v1/snapshot", {"limit": BIG}),
        ("/v1/snapshot", {"after_entity": "reader", "after_id": "r\x001"}),
        ("/v1/snapshot", {"after_entity": "rea\x00der", "after_id": "r1"}),
    ],
)
def test_query_values_out_of_range_or_with_nul_are_422(api, storage, path, params):
    token = enroll(api, storage, DEV_A)
    reply = api.get(path, params=params, headers=headers(token, gz=False))
    assert reply.status_code == 422, reply.text


def test_a_value_with_nul_cannot_break_a_later_erasure(api, storage):
    """On PostgreSQL the erasure scrubs the log as jsonb, which cannot hold a NUL: the NUL must
    never get in."""
    token = enroll(api, storage, DEV_A)
    push(api, token, [[pack(NOW, 1), "reader", "r1", "u", {"notes": "a\x00b"}, 0]])
    reply = push(api, token, [[pack(NOW, 2), "reader", "r1", "d", {"notes": None}, 0]])
    assert reply.status_code == 200, reply.text


def many_fields(entity_bytes: int, text: str = "ї") -> dict[str, str]:
    """Fields of about ``entity_bytes`` bytes of JSON, each text within the 10,000 characters."""
    fields: dict[str, str] = {}
    per_field = 9_000  # characters; "ї" is 2 bytes in UTF-8
    n = 0
    while len(json.dumps(fields, ensure_ascii=False).encode()) + per_field * 2 < entity_bytes:
        fields[f"f{n}"] = text * per_field
        n += 1
    return fields


def test_one_change_over_the_byte_cap_is_refused_whatever_its_entity(api, storage):
    token = enroll(api, storage, DEV_A)
    huge = many_fields(MAX_CHANGE_BYTES + 40_000)
    for entity in ("reader", "something_from_the_future"):
        reply = push(api, token, [[pack(NOW, 1), entity, "x1", "u", huge, 0]])
        assert reply.status_code == 422 and "bytes" in reply.json()["detail"], reply.text
    assert stored(storage) == 0
    fits = many_fields(MAX_CHANGE_BYTES)
    assert len(json.dumps(fits, ensure_ascii=False).encode()) <= MAX_CHANGE_BYTES
    reply = push(api, token, [[pack(NOW, 1), "something_from_the_future", "x1", "u", fits, 0]])
    assert reply.status_code == 200, reply.text


def page_bytes(body: dict) -> int:
    return sum(len(json.dumps(c[6], ensure_ascii=False).encode()) for c in body["changes"])


def test_a_pull_page_is_capped_in_bytes_and_every_change_arrives(api, storage):
    token = enroll(api, storage, DEV_A)
    fields = many_fields(MAX_CHANGE_BYTES)
    n = MAX_PAGE_BYTES // len(json.dumps(fields, ensure_ascii=False).encode()) + 20
    rows = [[pack(NOW, i), "something_from_the_future", f"x{i}", "u", fields, 0] for i in range(n)]
    assert push(api, token, rows).json()["held"] == n
    other = enroll(api, storage, DEV_B)
    cursor, got, pages = 0, [], 0
    while True:
        reply = api.get("/v1/pull", params={"after": cursor}, headers=headers(other, gz=False))
        page = reply.json()
        assert len(page["changes"]) >= 1 and page_bytes(page) <= MAX_PAGE_BYTES
        got += [c[4] for c in page["changes"]]
        cursor, pages = page["cursor"], pages + 1
        if not page["more"]:
            break
    assert got == [f"x{i}" for i in range(n)] and pages >= 2
    # a laptop restored from an old backup takes its own changes back in capped pages too
    after, own, own_pages = 0, [], 0
    while True:
        params = {"origin": DEV_A, "after": after}
        page = api.get("/v1/own", params=params, headers=headers(token, gz=False)).json()
        assert len(page["changes"]) >= 1
        size = sum(len(json.dumps(c[5], ensure_ascii=False).encode()) for c in page["changes"])
        assert size <= MAX_PAGE_BYTES
        own += page["changes"]
        after, own_pages = page["changes"][-1][0], own_pages + 1
        if not page["more"]:
            break
    assert [c[0] for c in own] == list(range(1, n + 1)) and own_pages >= 2


def test_snapshot_pages_are_capped_in_bytes(api, storage):
    token = enroll(api, storage, DEV_A)
    fields = many_fields(MAX_CHANGE_BYTES)
    n = MAX_PAGE_BYTES // len(json.dumps(fields, ensure_ascii=False).encode()) + 10
    rows = [[pack(NOW, i), "reader", f"r{i:04d}", "u", fields, 0] for i in range(n)]
    assert push(api, token, rows).json()["held"] == n
    after, got, pages = None, [], 0
    while True:
        params = {} if after is None else {"after_entity": after[0], "after_id": after[1]}
        reply = api.get("/v1/snapshot", params=params, headers=headers(token, gz=False))
        page = reply.json()
        assert len(page["records"]) >= 1
        size = sum(len(json.dumps(r[2], ensure_ascii=False).encode()) for r in page["records"])
        assert size <= MAX_PAGE_BYTES
        got += [r[1] for r in page["records"]]
        pages += 1
        if not page["more"]:
            break
        after = page["records"][-1][:2]
    assert got == [f"r{i:04d}" for i in range(n)] and pages >= 2
