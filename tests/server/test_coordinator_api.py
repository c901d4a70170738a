"""The coordinator's calls (issue #13): every hub's laptops with what each said as it last
synced, an enrollment code for a hub, revoking a lost laptop. A librarian's token gets 403, on
every storage backend; the app's client hears it in plain words. Older apps, which say nothing
of themselves, still sync."""

import time
import uuid

import pytest
from fastapi.testclient import TestClient

from mandrivna import __version__
from mandrivna.core.errors import SyncError
from mandrivna.services.sync_service import new_signing_key
from mandrivna.wire import PROTOCOL_HEADER, PROTOCOL_VERSION, EnrollRequest
from sync_server.app import create_app
from tests.support.in_process import InProcessTransport

HOUR_MS = 3600 * 1000


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@pytest.fixture
def client(storage):
    return TestClient(create_app(storage, materialize_every_s=0))


def _enroll(client, storage, hub: str, role: str) -> tuple[InProcessTransport, str, str]:
    key, code = storage.enroll(hub, role, now_ms())
    device_id = str(uuid.uuid4())
    request = EnrollRequest(code=code, device_id=device_id, public_key=new_signing_key()[1])
    answer = InProcessTransport(client).enroll(request)
    return InProcessTransport(client, answer.token), key, device_id


def test_a_librarians_token_is_refused_every_coordinators_call(client, storage) -> None:
    librarian, key, _ = _enroll(client, storage, "Хаб у Дніпрі", "librarian")
    auth = {"Authorization": f"Bearer {librarian.token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    assert client.get("/v1/devices", headers=auth).status_code == 403
    for path in ("/v1/devices/enroll", "/v1/devices/revoke"):
        reply = client.post(path, headers=auth, content=b"")
        assert reply.status_code == 403, path
        assert "coordinator" in reply.json()["detail"]
    for call in (
        librarian.devices,
        lambda: librarian.issue_code("Хаб"),
        lambda: librarian.revoke(key),
    ):
        with pytest.raises(SyncError) as refused:
            call()
        assert "coordinator" in refused.value.message
    assert not any(d.revoked_ms for d in storage.device_list())  # nothing was done
    assert len(storage.device_list()) == 1  # and no slot made


def test_the_coordinator_sees_each_laptop_as_it_last_synced(client, storage) -> None:
    hq, _, hq_id = _enroll(client, storage, "Головний офіс", "coordinator")
    hub, hub_key, hub_id = _enroll(client, storage, "Хаб у Дніпрі", "librarian")
    hub.status(0, pending=7)  # as a sync starts: 7 changes waiting to go
    listed = hq.devices()
    (entry,) = [d for d in listed.devices if d.key == hub_key]
    assert (entry.device_id, entry.hub, entry.role, entry.pending) == (
        hub_id,
        "Хаб у Дніпрі",
        "librarian",
        7,
    )
    assert entry.app_version == __version__ and entry.revoked_ms is None
    assert entry.last_sync_ms is None  # asked where things stand, but has not pushed or pulled
    assert abs(entry.clock_skew_ms or 0) < HOUR_MS
    assert abs(listed.server_time_ms - now_ms()) < HOUR_MS
    assert {d.device_id for d in listed.devices} >= {hq_id, hub_id}


def test_an_older_app_which_says_nothing_of_itself_still_syncs(client, storage) -> None:
    _hub, key, _ = _enroll(client, storage, "Хаб у Львові", "librarian")
    old = InProcessTransport(client, _hub.token)
    old.headers = lambda: {  # type: ignore[method-assign]  # what an older app sends
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        "Authorization": f"Bearer {old.token}",
    }
    assert old.status(0).latest == 0
    (entry,) = [d for d in storage.device_list() if d.key == key]
    assert entry.app_version is None and entry.reported_pending is None


def test_a_code_issued_for_a_hub_enrolls_a_laptop_there(client, storage) -> None:
    hq, _, _ = _enroll(client, storage, "Головний офіс", "coordinator")
    issued = hq.issue_code("  Хаб   у Вінниці ")
    assert issued.hub == "Хаб у Вінниці" and issued.role == "librarian"
    assert issued.expires_ms > now_ms()
    request = EnrollRequest(
        code=issued.code, device_id=str(uuid.uuid4()), public_key=new_signing_key()[1]
    )
    answer = InProcessTransport(client).enroll(request)
    assert (answer.hub, answer.device_key) == ("Хаб у Вінниці", issued.device_key)
    with pytest.raises(SyncError):
        hq.issue_code("Хаб", role="admin")


def test_a_revoked_laptop_is_stopped_at_once_but_hq_cannot_revoke_itself(client, storage) -> None:
    hq, hq_key, _ = _enroll(client, storage, "Головний офіс", "coordinator")
    hub, hub_key, hub_id = _enroll(client, storage, "Хаб у Дніпрі", "librarian")
    assert hq.revoke(hub_id)
    with pytest.raises(SyncError) as stopped:
        hub.status(0)
    assert "revoked" in stopped.value.message
    (entry,) = [d for d in hq.devices().devices if d.key == hub_key]
    assert entry.revoked_ms is not None
    assert not hq.revoke("d-00000000")  # no such laptop
    with pytest.raises(SyncError):
        hq.revoke(hq_key)
    assert hq.devices().devices  # still working
