"""USB bundles that are damaged, cut short or forged (issue #11, item 12), on SQLite and
PostgreSQL: ``mandrivna-server import-bundle`` and ``POST /v1/bundle`` refuse them in one plain
sentence (exit code 2, 422) and store nothing; a bundle whose bytes still say the same thing is
applied as the original."""

import base64
import contextlib
import gzip
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandrivna.core.hlc import pack
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.bundle import export_bundle
from sync_server.app import create_app
from sync_server.cli import main as server_cli
from sync_server.storage_api import SyncStorage
from tests.server.test_api import DEV_B, NOW, PUBLIC_KEY, headers


@pytest.fixture(scope="module")
def real_bundle(tmp_path_factory):
    """A bundle written by the app: (bytes, device id, public key)."""
    from mandrivna.services.reader_service import ReaderService
    from mandrivna.services.sync_service import new_signing_key
    from mandrivna.services.visit_service import VisitService

    folder = tmp_path_factory.mktemp("laptop")
    db = Database.open(folder)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    private, public = new_signing_key()
    SyncStore(db).update_state(signing_key=private)
    ReaderService(db).register("Коваль", "Петро", consent=True)
    VisitService(db).tally("non_stationary", 7)
    path = folder / "hub.bundle"
    assert export_bundle(SyncStore(db), path) == 3  # the reader, her registration visit, the tally
    device_id = db.device().device_id
    db.close()
    return path.read_bytes(), device_id, public


@pytest.fixture
def server(storage, real_bundle):
    _data, device_id, public = real_bundle
    storage.claim(storage.enroll("Хаб", "librarian", NOW)[1], device_id, public, NOW)
    _k, code = storage.enroll("Офіс", "coordinator", NOW)
    _rec, coordinator = storage.claim(code, DEV_B, PUBLIC_KEY, NOW)
    return storage, TestClient(create_app(storage, materialize_every_s=0)), coordinator


def log(storage: SyncStorage) -> list:
    return [
        (r.device_id, r.device_seq, r.hlc, r.fields_json)
        for r in storage.pull(None, 0, 100, NOW)[0]
    ]


def cli_import(storage_url: str, data: bytes, folder: Path) -> tuple[int, str]:
    path = folder / "bundle.gz"
    path.write_bytes(data)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = server_cli(["import-bundle", str(path), "--db", storage_url])
    return code, err.getvalue()


def assert_refused_plainly(code: int, err: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Bundle refused: "), err
    assert lines[0].endswith(".") and "Traceback" not in err and "Error" not in err


def damage(data: bytes, flips: list[tuple[int, int]], cut: int | None) -> bytes:
    damaged = bytearray(data)
    for position, mask in flips:
        damaged[position % len(damaged)] ^= mask
    return bytes(damaged[:cut] if cut is not None else damaged)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), max_size=3),
    cut=st.none() | st.integers(0, 10**6),
)
def test_a_damaged_or_cut_bundle_is_refused_in_one_sentence(
    server, real_bundle, tmp_path, flips, cut, storage_url
):
    storage, client, coordinator = server
    data = real_bundle[0]
    damaged = damage(data, flips, None if cut is None else cut % (len(data) + 1))
    before = log(storage)
    code, err = cli_import(storage_url, damaged, tmp_path)
    reply = client.post("/v1/bundle", content=damaged, headers=headers(coordinator))
    if code == 2:  # refused: in one sentence, by both, and nothing stored
        assert_refused_plainly(code, err)
        assert reply.status_code == 422 and reply.json()["detail"].startswith("bundle refused: ")
        assert log(storage) == before
    else:  # the damage missed what the bundle says (a gzip header's time stamp): as the original
        assert code == 0 and reply.status_code == 200, (err, reply.text)
        assert gzip.decompress(damaged) == gzip.decompress(data)
        assert len(log(storage)) == 3  # the reader, her registration visit, the tally


def test_the_undamaged_bundle_is_applied_once(server, real_bundle, tmp_path, storage_url):
    storage, _client, _coordinator = server
    assert cli_import(storage_url, real_bundle[0], tmp_path)[0] == 0
    assert cli_import(storage_url, real_bundle[0], tmp_path)[0] == 0
    assert len(log(storage)) == 3


def signed(key: Ed25519PrivateKey, payload: dict) -> bytes:
    text = json.dumps(payload)
    signature = base64.b64encode(key.sign(text.encode())).decode()
    return gzip.compress(json.dumps({"payload": text, "signature": signature}).encode())


def bundle_of(device_id: str, first_seq: int, changes: list) -> dict:
    """A bundle of the device's first origin (its own id) only."""
    return {
        "format": "mandrivna-bundle",
        "version": 2,
        "device_id": device_id,
        "origins": [{"origin": device_id, "first_seq": first_seq, "changes": changes}],
    }


@pytest.mark.parametrize(
    "payload",
    [
        bundle_of("aaaaaaaa-0000-4000-8000-00000000000\x00", 1, []),
        bundle_of("not a device", 1, []),
        bundle_of(DEV_B, 2**63, [[pack(NOW, 1), "visit", "v1", "f", {"count": 1}, 0]]),
        bundle_of(DEV_B, -5, [[pack(NOW, 1), "visit", "v1", "f", {"count": 1}, 0]]),
        bundle_of(DEV_B, 1, [[pack(NOW, 1), "visit", "v\x001", "f", {"count": 1}, 0]]),
        bundle_of(DEV_B, 1, [[pack(NOW, 1), "visit", "v1", "f", {"count": 1}, 2**63]]),
        bundle_of(DEV_B, 1, [[pack(NOW, 1), "visit", "v1", "f", {"n": "ї" * 9000}, 0]] * 1),
        bundle_of(DEV_B, 1, "not a list"),
        {**bundle_of(DEV_B, 1, []), "version": 3},
    ],
    ids=[
        "nul-device",
        "not-a-uuid",
        "seq-2**63",
        "seq-negative",
        "nul-id",
        "seen-2**63",
        "over-the-cap",
        "changes-not-a-list",
        "newer-version",
    ],
)
def test_a_signed_bundle_that_says_something_impossible_is_refused(
    server, tmp_path, payload, monkeypatch, storage_url
):
    """Signed by the coordinator's own device (DEV_B), so only the content is wrong."""
    storage, client, coordinator = server
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    storage.claim(
        storage.enroll("Офіс", "coordinator", NOW, replaces=DEV_B)[1], DEV_B, public.decode(), NOW
    )
    changes = payload["origins"][0]["changes"]
    if changes and isinstance(changes, list):
        fields = changes[0][4]
        if "n" in fields:  # many fields of 9,000 characters: over the 64 KiB a change may hold
            changes[0][4] = {f"n{i}": fields["n"] for i in range(5)}
    data = signed(key, payload)
    before = log(storage)
    assert_refused_plainly(*cli_import(storage_url, data, tmp_path))
    reply = client.post("/v1/bundle", content=data, headers=headers(coordinator))
    assert reply.status_code in (401, 422)  # its token was replaced with the key: 401 is fine
    assert log(storage) == before


def test_a_bundle_from_a_restored_laptop_reusing_numbers_is_refused_whole(
    server, tmp_path, storage_url
):
    storage, _client, _coordinator = server
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    storage.claim(
        storage.enroll("Офіс", "coordinator", NOW, replaces=DEV_B)[1], DEV_B, public.decode(), NOW
    )
    first = [[pack(NOW, i), "visit", f"v{i}", "f", {"count": 1}, 0] for i in range(3)]
    assert cli_import(storage_url, signed(key, bundle_of(DEV_B, 1, first)), tmp_path)[0] == 0
    before = log(storage)
    # restored to seq 1, then wrote 6000 other changes: 2..6001 (more than one push batch)
    other = [[pack(NOW, 100 + i), "visit", f"w{i}", "f", {"count": 1}, 0] for i in range(6000)]
    code, err = cli_import(
        storage_url, signed(key, bundle_of(DEV_B, 1, first[:1] + other)), tmp_path
    )
    assert_refused_plainly(code, err)
    assert "copied back" in err
    assert log(storage) == before
