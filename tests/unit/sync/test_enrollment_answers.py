"""What the app hears when it enrolls (issue #11, items 8 and 12): a retry after a lost answer
works, and a laptop the server already knows is told, in plain words, which code it needs."""

import time
import uuid

import pytest
from fastapi.testclient import TestClient

from mandrivna.core.errors import SyncError
from mandrivna.services.sync_service import new_signing_key
from mandrivna.wire import EnrollRequest
from sync_server.app import create_app
from sync_server.sql.storage import SqlStorage
from tests.support.in_process import InProcessTransport


@pytest.fixture
def server(tmp_path):
    storage = SqlStorage(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    yield storage, TestClient(create_app(storage, materialize_every_s=0))
    storage.close()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def request(code: str, device_id: str) -> EnrollRequest:
    return EnrollRequest(code=code, device_id=device_id, public_key=new_signing_key()[1])


def test_an_enrollment_whose_answer_was_lost_succeeds_when_sent_again(server):
    storage, client = server
    _key, code = storage.enroll("Хаб", "librarian", now_ms())
    transport = InProcessTransport(client)
    sent = request(code, str(uuid.uuid4()))
    transport.faults = ["drop"]
    with pytest.raises(SyncError):
        transport.enroll(sent)
    answer = transport.enroll(sent)  # the same laptop, the same key: a working token
    assert InProcessTransport(client, answer.token).status().latest == 0


def test_a_known_laptop_is_told_to_ask_for_a_code_made_for_it(server):
    storage, client = server
    device_id = str(uuid.uuid4())
    transport = InProcessTransport(client)
    transport.enroll(request(storage.enroll("Хаб", "librarian", now_ms())[1], device_id))
    storage.revoke(device_id, now_ms())
    with pytest.raises(SyncError) as refused:
        transport.enroll(request(storage.enroll("Хаб", "librarian", now_ms())[1], device_id))
    assert "--replaces" in str(refused.value) and device_id in str(refused.value)
    other = request(storage.enroll("Хаб", "librarian", now_ms(), replaces=device_id)[1], device_id)
    stranger = EnrollRequest(
        code=other.code, device_id=str(uuid.uuid4()), public_key=other.public_key
    )
    with pytest.raises(SyncError, match="another laptop"):
        transport.enroll(stranger)
    assert transport.enroll(other).token
