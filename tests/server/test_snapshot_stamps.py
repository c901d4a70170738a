"""A snapshot page with short stamps: one stamp for a record whose fields all carry it, the full
map otherwise; a laptop rebuilds the very map the server holds, and an older laptop (which does
not ask) gets the map as before."""

import gzip
import json

from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core.hlc import pack
from mandrivna.wire import SnapshotPage, full_stamps
from sync_server.app import create_app
from sync_server.snapshot_stamps import shortest
from tests.server.test_api import DEV_A, DEV_B, NOW, enroll, headers


def _push(api, token, device, first_seq, changes):
    body = gzip.compress(
        json.dumps({"origin": device, "first_seq": first_seq, "changes": changes}).encode()
    )
    reply = api.post("/v1/push", content=body, headers=headers(token))
    assert reply.status_code == 200, reply.text


def test_short_stamps_rebuild_the_stored_map(storage) -> None:
    api = TestClient(create_app(storage))
    a, b = enroll(api, storage, DEV_A), enroll(api, storage, DEV_B)
    once = {"surname": "Шевчук", "given_name": "Ярина", "notes": None}
    _push(api, a, DEV_A, 1, [[pack(NOW, 1), "reader", "r1", "u", once, 0]])
    _push(api, a, DEV_A, 2, [[pack(NOW, 2), "reader", "r2", "u", once, 0]])
    _push(api, b, DEV_B, 1, [[pack(NOW, 3), "reader", "r2", "u", {"notes": "ввечері"}, 0]])
    full = api.get("/v1/snapshot", headers=headers(a, gz=False)).json()
    short = api.get("/v1/snapshot", params={"stamps": "short"}, headers=headers(a, gz=False)).json()
    by_id = {r[1]: r for r in short["records"]}
    assert isinstance(by_id["r1"][3], list)  # written once: one stamp
    assert isinstance(by_id["r2"][3], dict)  # edited on another laptop: the map

    def maps(page):
        records = SnapshotPage.model_validate(page).records
        return [(e, i, f, full_stamps(f, stamps)) for e, i, f, stamps in records]

    assert maps(short) == maps(full) == [tuple(r) for r in full["records"]]


def test_an_unknown_stamps_form_is_refused(storage) -> None:
    api = TestClient(create_app(storage))
    a = enroll(api, storage, DEV_A)
    reply = api.get("/v1/snapshot", params={"stamps": "long"}, headers=headers(a, gz=False))
    assert reply.status_code == 422


_stamp = st.tuples(st.integers(0, 2**62), st.sampled_from(["d1", "d2"]), st.integers(0, 9))


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["a", "b", "c", "_deleted"]), _stamp, max_size=4), st.data())
def test_a_short_stamp_stands_for_exactly_the_stored_map(stamps, data) -> None:
    keys = data.draw(st.sampled_from([list(stamps), list(stamps)[:-1], [*stamps, "x"]]))
    fields = {key: data.draw(st.none() | st.integers() | st.text(max_size=3)) for key in keys}
    stamps_json = json.dumps({k: list(v) for k, v in stamps.items()})
    sent = json.loads(shortest(json.dumps(fields), stamps_json))
    rebuilt = dict.fromkeys(fields, sent) if isinstance(sent, list) else sent
    assert rebuilt == {k: list(v) for k, v in stamps.items()}
