"""Enrollment (issue #11, items 8 and 12), on SQLite and PostgreSQL: a device id is bound to its
first public key for ever, a new code re-binds a device only when the coordinator made it for that
device, ids and keys are checked, and a retry after a lost answer gets a working token."""

import base64
import gzip
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from fastapi.testclient import TestClient

from mandrivna.core.hlc import pack
from sync_server.app import create_app
from sync_server.backends import open_storage
from sync_server.cli import main as server_cli
from sync_server.enrollment_codes import CODE_VALID_MS
from tests.server.test_api import DEV_A, DEV_B, NOW, PUBLIC_KEY, encode_enroll, headers, push_body


@pytest.fixture
def api(storage):
    return TestClient(create_app(storage))


def new_key() -> str:
    public = Ed25519PrivateKey.generate().public_key()
    return base64.b64encode(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def claim(api, code, device_id, public_key=PUBLIC_KEY):
    return api.post(
        "/v1/enroll", content=encode_enroll(code, device_id, public_key), headers=headers()
    )


def enrolled(api, storage, device_id=DEV_A, public_key=PUBLIC_KEY):
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    reply = claim(api, code, device_id, public_key)
    assert reply.status_code == 200, reply.text
    return reply.json()["token"]


def test_a_revoked_device_cannot_be_taken_over_with_a_fresh_code(api, storage):
    token = enrolled(api, storage)
    assert api.post("/v1/push", content=push_body(DEV_A, n=3), headers=headers(token)).is_success
    storage.revoke(DEV_A, NOW)
    # anyone with a fresh librarian code and the device id every laptop learns on pull
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    for key in (new_key(), PUBLIC_KEY):
        reply = claim(api, code, DEV_A, key)
        assert reply.status_code == 403, reply.text
        assert "--replaces" in reply.json()["detail"]
    assert storage.held(DEV_A) == 3
    # the fresh code still works for a device the server has never seen
    assert claim(api, code, DEV_B, new_key()).status_code == 200


def test_an_enrolled_device_id_cannot_be_claimed_with_another_code(api, storage):
    enrolled(api, storage)
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    reply = claim(api, code, DEV_A, new_key())
    assert reply.status_code == 403 and "--replaces" in reply.json()["detail"]


@pytest.mark.parametrize("by", ["device_id", "key"])
def test_a_code_made_for_a_device_rebinds_that_device_only(api, storage, by):
    old_token = enrolled(api, storage)
    assert api.post("/v1/push", content=push_body(DEV_A, n=2), headers=headers(old_token))
    device_key = next(d.key for d in storage.device_list() if d.device_id == DEV_A)
    storage.revoke(DEV_A, NOW)
    _key, code = storage.enroll(
        "Хаб", "librarian", NOW, replaces=DEV_A if by == "device_id" else device_key
    )
    other = claim(api, code, DEV_B, new_key())
    assert other.status_code == 403 and "another device" in other.json()["detail"]
    fresh_key = new_key()
    reply = claim(api, code, DEV_A, fresh_key)
    assert reply.status_code == 200, reply.text
    token = reply.json()["token"]
    assert storage.held(DEV_A) == 2  # its log continues
    assert storage.signer(DEV_A)[1] == fresh_key
    more = push_body(DEV_A, first_seq=3, n=3)
    assert api.post("/v1/push", content=more, headers=headers(token)).json()["held"] == 5
    assert api.get("/v1/status", headers=headers(old_token)).status_code in (401, 403)


def test_a_code_made_for_a_device_still_enrolled_moves_it(api, storage):
    """A laptop that lost its connection details: the coordinator's code for it is enough."""
    old_token = enrolled(api, storage)
    _key, code = storage.enroll("Хаб", "librarian", NOW, replaces=DEV_A)
    assert claim(api, code, DEV_A, new_key()).status_code == 200
    assert api.get("/v1/status", headers=headers(old_token)).status_code in (401, 403)
    assert [d.device_id for d in storage.device_list() if d.device_id] == [DEV_A]


def test_a_code_cannot_be_made_for_an_unknown_device(storage):
    with pytest.raises(LookupError):
        storage.enroll("Хаб", "librarian", NOW, replaces=DEV_B)


@pytest.mark.parametrize(
    ("device_id", "public_key"),
    [
        ("not-a-uuid-but-exactly-36-characters", PUBLIC_KEY),
        (DEV_A.upper(), PUBLIC_KEY),
        ("aaaaaaaa\x000000-4000-8000-000000000001", PUBLIC_KEY),
        (DEV_A, "A" * 44),  # 33 bytes
        (DEV_A, base64.b64encode(b"\x02" + bytes(31)).decode()),  # not a point of the curve
        (DEV_A, PUBLIC_KEY[:-1] + "\x00"),
    ],
    ids=["not-uuid", "upper-case", "nul", "key-length", "key-not-on-curve", "key-nul"],
)
def test_ids_and_keys_are_checked(api, storage, device_id, public_key):
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    reply = claim(api, code, device_id, public_key)
    assert reply.status_code == 422, reply.text
    assert claim(api, code, DEV_A).status_code == 200  # the code was not spent


def test_a_retry_after_a_lost_answer_gets_a_working_token(api, storage):
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    first = claim(api, code, DEV_A)
    assert first.status_code == 200  # ... and the answer is lost on the way
    again = claim(api, code, DEV_A)
    assert again.status_code == 200, again.text
    token = again.json()["token"]
    assert api.post("/v1/push", content=push_body(DEV_A), headers=headers(token)).is_success
    # only the same device with the same key
    assert claim(api, code, DEV_A, new_key()).status_code == 403
    assert claim(api, code, DEV_B).status_code == 403


def test_no_retry_after_the_code_expired_or_the_device_was_revoked(storage):
    _key, code = storage.enroll("Хаб", "librarian", NOW)
    storage.claim(code, DEV_A, PUBLIC_KEY, NOW)
    with pytest.raises(Exception, match="expired"):
        storage.claim(code, DEV_A, PUBLIC_KEY, NOW + CODE_VALID_MS + 1)
    storage.revoke(DEV_A, NOW)
    with pytest.raises(Exception, match="used"):
        storage.claim(code, DEV_A, PUBLIC_KEY, NOW)


def test_a_bundle_signed_with_the_replaced_key_is_refused(api, storage):
    from sync_server.bundle_import import BundleError, import_bundle_bytes

    old = Ed25519PrivateKey.generate()
    old_public = base64.b64encode(old.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    enrolled(api, storage, DEV_A, old_public.decode())
    _key, code = storage.enroll("Хаб", "librarian", NOW, replaces=DEV_A)
    assert claim(api, code, DEV_A, new_key()).status_code == 200
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
    signature = base64.b64encode(old.sign(payload.encode())).decode()
    bundle = gzip.compress(json.dumps({"payload": payload, "signature": signature}).encode())
    with pytest.raises(BundleError, match="signature"):
        import_bundle_bytes(storage, bundle, NOW)


def test_the_command_line_makes_a_code_for_one_device(storage_url, capsys):
    storage = open_storage(storage_url)
    storage.claim(storage.enroll("Хаб", "librarian", NOW)[1], DEV_A, PUBLIC_KEY, NOW)
    storage.close()
    assert server_cli(["enroll", "--hub", "Хаб", "--replaces", DEV_A, "--db", storage_url]) == 0
    out = capsys.readouterr().out
    assert DEV_A in out
    code = out.strip().splitlines()[-1]
    assert server_cli(["enroll", "--hub", "Хаб", "--replaces", DEV_B, "--db", storage_url]) == 2
    assert "No device" in capsys.readouterr().err
    storage = open_storage(storage_url)
    record, _token = storage.claim(code, DEV_A, new_key(), NOW)
    assert record.device_id == DEV_A
    storage.close()
