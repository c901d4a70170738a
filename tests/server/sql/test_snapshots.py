"""The SQL backend folds record changes into ``server_record`` for snapshots: in bounded steps,
and in the background while the server runs."""

import gzip
import json
import time

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.hlc import pack
from sync_server.app import create_app
from sync_server.sql import record_texts, snapshots
from tests.server import test_storage as contract
from tests.server.test_api import DEV_A, NOW, enroll, headers


def test_records_are_folded_for_snapshots_in_small_steps(storage, monkeypatch):
    monkeypatch.setattr(snapshots, "CHUNK", 2)
    contract.enrolled(storage, DEV_A)
    at = contract.NOW
    rows = [(pack(at, n), "reader", f"r{n}", "u", {"surname": f"S{n}"}, 0) for n in range(1, 6)]
    contract.push(storage, DEV_A, 1, rows)
    steps = 1
    while storage.materialize_step():
        steps += 1
    assert steps == 3  # 5 changes, 2 a step
    upto, page, _more = storage.snapshot_records(None, 10)
    assert upto == 5 and [r.entity_id for r in page] == ["r1", "r2", "r3", "r4", "r5"]


def test_the_server_folds_records_for_snapshots_in_the_background(storage):
    with TestClient(create_app(storage, materialize_every_s=0.05)) as live:
        token = enroll(live, storage, DEV_A)
        body = gzip.compress(
            json.dumps(
                {
                    "origin": DEV_A,
                    "first_seq": 1,
                    "changes": [[pack(NOW, 1), "reader", "r1", "u", {"surname": "Бойко"}, 0]],
                }
            ).encode()
        )
        assert live.post("/v1/push", content=body, headers=headers(token)).status_code == 200
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with storage.engine.connect() as conn:
                if snapshots._upto(conn) == 1:
                    break
            time.sleep(0.05)
        with storage.engine.connect() as conn:
            assert snapshots._upto(conn) == 1


def test_the_snapshot_says_how_many_records_it_sends(storage):
    contract.enrolled(storage, DEV_A)
    at = contract.NOW
    rows = [(pack(at, n), "reader", f"r{n % 2}", "u", {"surname": f"S{n}"}, 0) for n in (1, 2, 3)]
    contract.push(storage, DEV_A, 1, rows)
    storage.snapshot_records(None, 1)  # the first page merges every change so far
    assert storage.snapshot_size() == 2  # three changes, two records


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**80), 2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=8,
)


@given(st.dictionaries(st.text(max_size=4), _json_values, max_size=4))
def test_the_merged_records_texts_read_back_as_the_standard_library_reads_them(value) -> None:
    """The merged records' JSON is written and read by orjson where it can, by the standard
    library where orjson refuses (integers past 64 bits): the same values either way."""
    text = record_texts.dumps(value)
    assert json.loads(text) == value
    assert record_texts.loads(text) == json.loads(text)
    assert record_texts.loads(json.dumps(value, ensure_ascii=False)) == value
    assert json.loads(record_texts.dumps(value, sort=True)) == value
