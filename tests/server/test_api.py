"""The HTTP API: authentication, protocol versions, and bad input (4xx, nothing stored)."""

import gzip
import json
import time

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandrivna.core.hlc import pack
from mandrivna.wire import MAX_BATCH, MAX_BODY_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync_server.app import create_app

DEV_A = "aaaaaaaa-0000-4000-8000-000000000001"
DEV_B = "bbbbbbbb-0000-4000-8000-000000000002"
NOW = time.time_ns() // 1_000_000
#: A real Ed25519 public key (of the private key 0x01 * 32), as a laptop sends at enrollment.
PUBLIC_KEY = "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="


@pytest.fixture
def api(storage):
    return TestClient(create_app(storage))


def encode_enroll(code, device_id, public_key=PUBLIC_KEY):
    body = {"code": code, "device_id": device_id, "public_key": public_key}
    return gzip.compress(json.dumps(body).encode())


def enroll(api, storage, device_id):
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    body = encode_enroll(code, device_id)
    reply = api.post("/v1/enroll", content=body, headers=headers(gz=True))
    assert reply.status_code == 200, reply.text
    return reply.json()["token"]


def headers(token=None, gz=True, protocol=PROTOCOL_VERSION):
    h = {PROTOCOL_HEADER: str(protocol)}
    if token:
        h["Authorization"] = f"Bearer {token}"
    if gz:
        h["Content-Encoding"] = "gzip"
    return h


def push_body(device_id, first_seq=1, n=2, op="f"):
    changes = [[pack(NOW, i), "visit", f"v{i}", op, {"count": 1}, 0] for i in range(n)]
    return gzip.compress(
        json.dumps({"origin": device_id, "first_seq": first_seq, "changes": changes}).encode()
    )


def stored(storage):
    return len(storage.pull(None, 0, 10_000, NOW)[0])


def test_health_and_openapi_need_no_token(api):
    assert api.get("/health").json()["protocol"] == PROTOCOL_VERSION
    assert "/v1/push" in api.get("/openapi.json").json()["paths"]


def test_push_and_pull_round_trip(api, storage):
    token = enroll(api, storage, DEV_A)
    reply = api.post("/v1/push", content=push_body(DEV_A), headers=headers(token))
    assert reply.status_code == 200 and reply.json()["held"] == 2
    other = enroll(api, storage, DEV_B)
    page = api.get("/v1/pull", params={"after": 0}, headers=headers(other, gz=False)).json()
    assert page["devices"] == [DEV_A] and len(page["changes"]) == 2 and not page["more"]


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_missing_or_wrong_token_is_401(api, storage, token):
    enroll(api, storage, DEV_A)
    reply = api.post("/v1/push", content=push_body(DEV_A), headers=headers(token))
    assert reply.status_code == 401 and reply.json()["detail"]
    assert stored(storage) == 0


def test_revoked_device_is_refused(api, storage):
    token = enroll(api, storage, DEV_A)
    storage.revoke(DEV_A, NOW)
    reply = api.post("/v1/push", content=push_body(DEV_A), headers=headers(token))
    assert reply.status_code == 403 and "revoked" in reply.json()["detail"]
    assert stored(storage) == 0


def test_a_device_cannot_push_as_another(api, storage):
    token = enroll(api, storage, DEV_A)
    enroll(api, storage, DEV_B)
    reply = api.post("/v1/push", content=push_body(DEV_B), headers=headers(token))
    assert reply.status_code == 403 and "own" in reply.json()["detail"]
    assert stored(storage) == 0


@pytest.mark.parametrize(("protocol", "text"), [(0, "too old"), (PROTOCOL_VERSION + 1, "older")])
def test_protocol_mismatch_says_who_must_update(api, storage, protocol, text):
    token = enroll(api, storage, DEV_A)
    reply = api.post(
        "/v1/push", content=push_body(DEV_A), headers=headers(token, protocol=protocol)
    )
    assert reply.status_code == 426 and text in reply.json()["detail"]
    assert stored(storage) == 0


@pytest.mark.parametrize(
    ("body", "gz", "status"),
    [
        (b"\x1f\x8bnot really gzip", True, 400),
        (b"{not json", False, 400),
        (gzip.compress(b'{"device_id": 5}'), True, 422),
        (gzip.compress(b"[1, 2, 3]"), True, 422),
        (push_body(DEV_A, op="x"), True, 422),
        (push_body(DEV_A, first_seq=0), True, 422),
        (push_body(DEV_A, n=MAX_BATCH + 1), True, 422),
        (gzip.compress(b" " * (MAX_BODY_BYTES + 10)), True, 413),
    ],
    ids=[
        "bad-gzip",
        "bad-json",
        "wrong-types",
        "not-an-object",
        "unknown-op",
        "seq-zero",
        "batch-too-big",
        "gzip-bomb",
    ],
)
def test_malformed_payloads_get_4xx_and_store_nothing(api, storage, body, gz, status):
    token = enroll(api, storage, DEV_A)
    reply = api.post("/v1/push", content=body, headers=headers(token, gz=gz))
    assert reply.status_code == status, reply.text
    assert isinstance(reply.json()["detail"], str)
    assert stored(storage) == 0


def test_bad_query_values_are_4xx(api, storage):
    token = enroll(api, storage, DEV_A)
    for params in ({"after": -1}, {"after": "x"}, {"limit": 0}, {"limit": MAX_BATCH + 1}):
        assert api.get("/v1/pull", params=params, headers=headers(token)).status_code == 422


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(body=st.binary(max_size=300), gz=st.booleans())
def test_random_bodies_never_cause_a_server_error(api, storage, body, gz):
    if not hasattr(storage, "_fuzz_token"):
        storage._fuzz_token = enroll(api, storage, DEV_A)
    for path in ("/v1/push", "/v1/enroll"):
        reply = api.post(path, content=body, headers=headers(storage._fuzz_token, gz=gz))
        assert 400 <= reply.status_code < 500


def test_an_app_with_an_older_data_schema_is_told_to_update(api, storage, monkeypatch):
    import sync_server.app
    from mandrivna.wire import SCHEMA_HEADER

    monkeypatch.setattr(sync_server.app, "DATA_SCHEMA_VERSION", 2)  # a server that knows v2

    new = enroll(api, storage, DEV_A)
    old = enroll(api, storage, DEV_B)
    assert api.get("/v1/status", headers={**headers(new), SCHEMA_HEADER: "2"}).status_code == 200
    reply = api.get("/v1/status", headers={**headers(old), SCHEMA_HEADER: "1"})
    assert reply.status_code == 426 and "too old" in reply.json()["detail"]
    assert storage.data_schema() == 2


def test_a_tampered_bundle_upload_is_refused_and_stores_nothing(api, storage, tmp_path):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.generate()
    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    _k, code = storage.enroll("Хаб", "librarian", NOW)
    storage.claim(code, DEV_A, public.decode(), NOW)
    _k, code = storage.enroll("Офіс", "coordinator", NOW)
    _rec, coordinator = storage.claim(code, DEV_B, PUBLIC_KEY, NOW)
    payload = json.dumps(
        {
            "format": "mandrivna-bundle",
            "version": 2,
            "device_id": DEV_A,
            "origins": [
                {
                    "origin": DEV_A,
                    "first_seq": 1,
                    "changes": [[pack(NOW, 1), "visit", "v1", "f", {"count": 1}, 0]],
                }
            ],
        }
    )
    signature = base64.b64encode(key.sign(payload.encode())).decode()
    good = gzip.compress(json.dumps({"payload": payload, "signature": signature}).encode())
    forged = gzip.compress(
        json.dumps(
            {"payload": payload.replace('"count": 1', '"count": 9'), "signature": signature}
        ).encode()
    )
    reply = api.post("/v1/bundle", content=forged, headers=headers(coordinator))
    assert reply.status_code == 422 and "signature" in reply.json()["detail"]
    assert stored(storage) == 0
    reply = api.post("/v1/bundle", content=good, headers=headers(coordinator))
    assert reply.status_code == 200 and reply.json()["stored"] == 1
    assert api.post("/v1/bundle", content=good, headers=headers(coordinator)).json()["stored"] == 0


def test_no_one_without_a_token_can_raise_the_data_schema(api, storage):
    from mandrivna.wire import SCHEMA_HEADER

    for value in ("99", str(2**70)):
        reply = api.get("/v1/status", headers={**headers(), SCHEMA_HEADER: value})
        assert reply.status_code == 401
    assert storage.data_schema() == 1
    token = enroll(api, storage, DEV_A)
    reply = api.get("/v1/status", headers={**headers(token), SCHEMA_HEADER: "99"})
    assert reply.status_code == 426 and "server is older" in reply.json()["detail"]
    assert storage.data_schema() == 1


@pytest.mark.parametrize(
    "change",
    [
        [pack(NOW, 1), "reader", "r1", "u", {"phone": {"a": 1}}, 0],
        [pack(NOW, 1), "reader", "r1", "u", {"_deleted": False}, 0],
        [2**62 - 1, "reader", "r1", "u", {"surname": "Back"}, 0],
        [pack(NOW, 1), "reader", "r1", "d", {"surname": "not erased"}, 0],
        [pack(NOW, 1), "Reader; DROP", "r1", "f", {}, 0],
        [pack(NOW, 1), "reader", "r1", "u", {"notes": "x" * 10_001}, 0],
    ],
    ids=[
        "dict-value",
        "merge-field",
        "tombstone-stamp",
        "delete-keeps-data",
        "bad-entity",
        "huge-text",
    ],
)
def test_changes_that_could_block_or_poison_sync_are_refused(api, storage, change):
    token = enroll(api, storage, DEV_A)
    body = gzip.compress(
        json.dumps({"origin": DEV_A, "first_seq": 1, "changes": [change]}).encode()
    )
    reply = api.post("/v1/push", content=body, headers=headers(token))
    assert reply.status_code == 422, reply.text
    assert stored(storage) == 0


def test_huge_query_numbers_are_4xx(api, storage):
    token = enroll(api, storage, DEV_A)
    for params in ({"after": 2**64}, {"after": 0, "facts_upto": 2**64}):
        assert api.get("/v1/pull", params=params, headers=headers(token)).status_code == 422


def test_a_laptop_reusing_sequence_numbers_is_stopped(api, storage):
    token = enroll(api, storage, DEV_A)
    assert (
        api.post("/v1/push", content=push_body(DEV_A, n=3), headers=headers(token)).json()["held"]
        == 3
    )
    # the laptop's database was copied back to seq 1 and recorded other changes as 2, 3, 4
    other = [[pack(NOW, 100 + i), "visit", f"new{i}", "f", {"count": 1}, 0] for i in range(3)]
    body = gzip.compress(json.dumps({"origin": DEV_A, "first_seq": 2, "changes": other}).encode())
    reply = api.post("/v1/push", content=body, headers=headers(token))
    assert reply.status_code == 409 and "log mismatch" in reply.json()["detail"]
    assert stored(storage) == 3


def test_a_push_stamped_ahead_is_409_with_the_server_time(api, storage):
    token = enroll(api, storage, DEV_A)
    now = (
        time.time_ns() // 10**6
    )  # not the module's NOW: a loaded machine reaches here minutes later
    ahead = [[pack(now + 3_600_000, 0), "visit", "v", "f", {"count": 1}, 0]]
    body = gzip.compress(json.dumps({"origin": DEV_A, "first_seq": 1, "changes": ahead}).encode())
    reply = api.post("/v1/push", content=body, headers=headers(token))
    answer = reply.json()
    assert reply.status_code == 409 and answer["reason"] == "clock_ahead"
    assert answer["ahead_ms"] >= 3_000_000 and abs(answer["server_time_ms"] - now) < 600_000
    assert stored(storage) == 0


def test_status_tells_origins_history_and_time(api, storage):
    token = enroll(api, storage, DEV_A)
    api.post("/v1/push", content=push_body(DEV_A, n=3), headers=headers(token))
    status = api.get("/v1/status", params={"cursor": 2}, headers=headers(token)).json()
    assert status["origins"] == {DEV_A: 3} and status["latest"] == 3
    assert status["chain"] and abs(status["server_time_ms"] - time.time_ns() // 10**6) < 60_000
    beyond = api.get("/v1/status", params={"cursor": 7}, headers=headers(token)).json()
    assert beyond["chain"] is None


# --- every endpoint, structured random requests: never a 5xx (issue #11, item 11) -------------
_ints = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, 1, -1, 2**62 - 1, 2**62, 2**62 + 1, 2**63 - 1, 2**63, 2**64, 2**64 + 1]),
)
_texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "\x00", "a\x00b", DEV_A, DEV_A.upper(), "reader", "visit", "u", "d"]),
)
_scalars = st.one_of(
    st.none(), st.booleans(), _ints, st.floats(allow_nan=False, allow_infinity=False), _texts
)
_values = st.one_of(
    _scalars, st.lists(_scalars, max_size=4), st.dictionaries(_texts, _scalars, max_size=2)
)
_change = st.lists(
    st.one_of(_ints, _texts, st.dictionaries(_texts, _values, max_size=3)), max_size=7
)
_valid_change = st.tuples(
    st.integers(0, 999).map(lambda n: pack(NOW, n)),
    st.sampled_from(["reader", "visit", "future_thing"]),
    st.sampled_from(["r1", "v1", "x2"]),
    st.sampled_from(["u", "f"]),
    st.dictionaries(st.sampled_from(["notes", "count"]), st.sampled_from(["a", 1, None])),
    st.just(0),
)
_edge = {0: _ints, 1: _texts, 2: _texts, 3: _texts, 4: st.dictionaries(_texts, _values), 5: _ints}


def _one_slot_wrong(slot: int):
    """A valid change with one slot replaced by an edge value."""
    return st.tuples(_valid_change, _edge[slot]).map(
        lambda t: [t[1] if i == slot else v for i, v in enumerate(t[0])]
    )


_good_change = st.integers(0, 5).flatmap(_one_slot_wrong)
_push = st.fixed_dictionaries(
    {
        "origin": st.sampled_from([DEV_A] * 5) | _texts,
        "first_seq": st.sampled_from([1] * 5) | _ints,
        "changes": st.lists(_good_change | _good_change | _change, max_size=4),
    }
)
_enroll = st.fixed_dictionaries(
    {
        "code": _texts,
        "device_id": st.just(DEV_B) | _texts,
        "public_key": st.just(PUBLIC_KEY) | _texts,
        "hub": _texts,
    }
)
_query = st.dictionaries(
    st.sampled_from(
        ["after", "limit", "facts_upto", "after_entity", "after_id", "cursor", "origin"]
    ),
    st.one_of(_ints.map(str), _texts),
    max_size=4,
)
_request = st.one_of(
    st.tuples(st.just("POST"), st.just("/v1/push"), _push, st.just({})),
    st.tuples(st.just("POST"), st.just("/v1/push"), _push | _values, st.just({})),
    st.tuples(st.just("POST"), st.just("/v1/enroll"), _enroll | _values, st.just({})),
    st.tuples(st.just("POST"), st.just("/v1/bundle"), st.binary(max_size=200), st.just({})),
    st.tuples(
        st.just("GET"),
        st.sampled_from(["/v1/pull", "/v1/own", "/v1/snapshot", "/v1/status", "/health"]),
        st.none(),
        _query,
    ),
)


@settings(
    max_examples=250, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    request=_request,
    gz=st.booleans(),
    protocol=st.sampled_from([str(PROTOCOL_VERSION)] * 12 + ["0", "x", str(2**64), ""]),
    schema=st.sampled_from(["1"] * 12 + ["0", "-1", str(2**70), "x"]),
)
def test_no_request_to_any_endpoint_causes_a_server_error(storage, request, gz, protocol, schema):
    from mandrivna.wire import SCHEMA_HEADER

    if not hasattr(storage, "_fuzz_api"):
        storage._fuzz_api = TestClient(create_app(storage), raise_server_exceptions=False)
        _k, code = storage.enroll("Офіс", "coordinator", NOW)
        storage._fuzz_token = storage.claim(code, DEV_A, PUBLIC_KEY, NOW)[1]
    api = storage._fuzz_api
    method, path, body, params = request
    h = headers(storage._fuzz_token, gz=gz)
    h[PROTOCOL_HEADER], h[SCHEMA_HEADER] = protocol, schema
    content = None
    if body is not None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8", "surrogatepass")
        content = gzip.compress(raw) if gz else raw
    reply = api.request(method, path, content=content, params=params, headers=h)
    assert reply.status_code < 500, (method, path, body, params, reply.text)


@settings(
    max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    first_seq=st.sampled_from(["next"] * 6 + [1, 2**62 + 1, 2**63, -1]),
    changes=st.lists(_good_change, min_size=1, max_size=2),
)
def test_no_push_of_an_almost_valid_change_causes_a_server_error(storage, first_seq, changes):
    """Each change valid but for one slot (an edge number, a NUL, an odd value)."""
    if not hasattr(storage, "_fuzz_push"):
        storage._fuzz_push = TestClient(create_app(storage), raise_server_exceptions=False)
        _k, code = storage.enroll("Хаб", "librarian", NOW)
        storage._fuzz_push_token = storage.claim(code, DEV_B, PUBLIC_KEY, NOW)[1]
    if first_seq == "next":  # on from what the server holds, so the changes are stored
        first_seq = storage.held(DEV_B) + 1
    body = {"origin": DEV_B, "first_seq": first_seq, "changes": changes}
    raw = json.dumps(body).encode("utf-8", "surrogatepass")
    reply = storage._fuzz_push.post(
        "/v1/push", content=gzip.compress(raw), headers=headers(storage._fuzz_push_token)
    )
    assert reply.status_code < 500, (changes, reply.text)
    if reply.status_code == 200:  # an erasure after it must work too (jsonb on PostgreSQL)
        erase = [[pack(NOW, 999), c[1], c[2], "d", {"notes": None}, 0] for c in changes]
        body = {"origin": DEV_B, "first_seq": reply.json()["held"] + 1, "changes": erase}
        again = storage._fuzz_push.post(
            "/v1/push",
            content=gzip.compress(json.dumps(body).encode("utf-8", "surrogatepass")),
            headers=headers(storage._fuzz_push_token),
        )
        assert again.status_code < 500, (changes, again.text)


def test_an_older_app_is_refused_by_a_process_that_did_not_see_the_schema_raised(
    storage, storage_url, monkeypatch
):
    """Two server processes: a new app raises the data schema through one; the other, which
    kept the old one in memory, still refuses an older app."""
    import sync_server.app
    from mandrivna.wire import SCHEMA_HEADER
    from sync_server.backends import open_storage

    monkeypatch.setattr(sync_server.app, "DATA_SCHEMA_VERSION", 3)
    other_storage = open_storage(storage_url)
    try:
        one, other = TestClient(create_app(storage)), TestClient(create_app(other_storage))
        old = enroll(other, other_storage, DEV_B)
        assert other.get("/v1/status", headers={**headers(old), SCHEMA_HEADER: "2"}).is_success
        new = enroll(one, storage, DEV_A)
        assert one.get("/v1/status", headers={**headers(new), SCHEMA_HEADER: "3"}).is_success
        reply = other.get("/v1/status", headers={**headers(old), SCHEMA_HEADER: "2"})
        assert reply.status_code == 426 and "too old" in reply.json()["detail"]
    finally:
        other_storage.close()
