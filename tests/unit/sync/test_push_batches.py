"""Big changes travel in pushes within the page cap (issue #11, item 10): every push the app sends
holds at most ``MAX_PAGE_BYTES`` of fields (at least one change), far under the body limit, and
another laptop gets everything, in pages within the same cap."""

from __future__ import annotations

import uuid

import pytest

from mandrivna.sync.sync_engine import run_sync
from mandrivna.wire import MAX_PAGE_BYTES, decode_json, fields_bytes
from tests.support.two_laptops import two_laptops


@pytest.fixture
def world(tmp_path):
    with two_laptops(tmp_path) as (a, b, _storage):
        yield a, b


def test_big_changes_go_in_several_pushes_within_the_cap(world):
    a, b = world
    fields = {"surname": "Бойко", "notes": "я" * 9_000, "block_reason": "я" * 9_000}
    fields["settlement"] = "я" * 9_000
    n = MAX_PAGE_BYTES // fields_bytes(fields) * 2 + 7
    with a.db.write() as writer:
        writer.upsert_many("reader", [(str(uuid.uuid4()), fields) for _ in range(n)])
    sent: list[int] = []
    push = a.transport.push_body

    def recording_push(body):
        sent.append(sum(fields_bytes(row[4]) for row in decode_json(body)["changes"]))
        return push(body)

    a.transport.push_body = recording_push
    report = run_sync(a.store, a.transport)
    assert report.pushed == n and len(sent) >= 3
    assert all(0 < size <= MAX_PAGE_BYTES for size in sent)
    got = run_sync(b.store, b.transport)
    assert got.pulled == n
