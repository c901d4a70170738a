"""Pages capped in bytes, with a change stored before the caps existed."""

import json

from fastapi.testclient import TestClient
from sqlalchemy import insert

from mandrivna.core.hlc import pack
from mandrivna.wire import MAX_PAGE_BYTES
from sync_server.app import create_app
from sync_server.sql.tables import changes
from tests.server.test_api import DEV_A, DEV_B, NOW, enroll, headers


def test_a_page_holds_at_least_one_change_even_one_over_the_cap(storage):
    """A change stored before the caps existed (bigger than a page) still travels, alone."""
    api = TestClient(create_app(storage, materialize_every_s=0))
    token = enroll(api, storage, DEV_A)
    big = json.dumps({"notes": "x" * (MAX_PAGE_BYTES + 10)})
    with storage.engine.begin() as conn:
        conn.execute(
            insert(changes),
            [
                {
                    "device_id": DEV_A,
                    "device_seq": seq,
                    "hlc": pack(NOW, seq),
                    "entity": "reader",
                    "entity_id": f"r{seq}",
                    "op": "u",
                    "fields": big if seq == 1 else '{"notes":"small"}',
                    "seen": 0,
                    "received_ms": NOW,
                }
                for seq in (1, 2)
            ],
        )
    other = enroll(api, storage, DEV_B)
    first = api.get("/v1/pull", params={"after": 0}, headers=headers(other, gz=False)).json()
    assert [c[4] for c in first["changes"]] == ["r1"] and first["more"]
    rest = api.get(
        "/v1/pull", params={"after": first["cursor"]}, headers=headers(other, gz=False)
    ).json()
    assert [c[4] for c in rest["changes"]] == ["r2"]
    assert token
