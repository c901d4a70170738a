"""A request lost because the server closed its idle kept-alive connection as the request left
is sent once more (the cause of issue #17's catch-ups that ended 90–100 s in); other network
failures end in a plain ``SyncError`` at once.

The server here is a bare socket on 127.0.0.1 that answers each request as told: ``ok`` (a JSON
answer, the connection kept alive), ``close`` (the connection closed with no answer: what a
keep-alive timeout does to a request arriving just then), or ``slow`` (the answer after 2 s).
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import pytest

from mandrivna.core.errors import SyncError
from mandrivna.sync.http_request import TIMEOUT_ENV, ended_without_answer, read_timeout_s
from mandrivna.sync.transport import HttpTransport
from mandrivna.wire import EnrollRequest

STATUS = {
    "device_key": "k",
    "hub": "Хаб Дніпро",
    "role": "librarian",
    "origins": {},
    "latest": 7,
    "chain": None,
    "server_time_ms": 1,
}


class ScriptedServer:
    """Answers the n-th request with ``script[n]`` (the last one repeats)."""

    def __init__(self, script: list[str]) -> None:
        self.script = script
        self.requests: list[str] = []  # request lines, as they came
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while True:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, data = data.split(b"\r\n\r\n", 1)
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                while len(data) < length:
                    data += conn.recv(65536)
                data = data[length:]
                self.requests.append(head.split(b"\r\n")[0].decode())
                what = self.script[min(len(self.requests), len(self.script)) - 1]
                if what == "close":
                    return
                if what == "slow":
                    time.sleep(2)
                body = json.dumps(STATUS).encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def scripted() -> Iterator[type[ScriptedServer]]:
    made: list[ScriptedServer] = []

    def make(script: list[str]) -> ScriptedServer:
        server = ScriptedServer(script)
        made.append(server)
        return server

    yield make  # type: ignore[misc]
    for server in made:
        server.close()


def test_a_request_on_a_connection_the_server_closed_meanwhile_is_sent_once_more(scripted):
    server = scripted(["ok", "close", "ok"])
    transport = HttpTransport(server.url, "token")
    assert transport.status(0).latest == 7
    assert transport.status(0).latest == 7  # failed before the fix: "cannot be reached"
    assert len(server.requests) == 3
    assert server.connections == 2  # the second try went on a new connection


def test_a_push_is_sent_once_more_too(scripted):
    server = scripted(["ok", "close", "ok"])
    transport = HttpTransport(server.url, "token")
    transport.status(0)
    with pytest.raises(SyncError):  # the scripted answer is not a push's: the point is the retry
        transport.push_body(b"\x1f\x8b")
    assert [line.split()[0:2] for line in server.requests[1:]] == [["POST", "/v1/push"]] * 2


def test_only_once_then_a_plain_error(scripted):
    server = scripted(["ok", "close"])
    transport = HttpTransport(server.url, "token")
    transport.status(0)
    with pytest.raises(SyncError, match="cannot be reached"):
        transport.status(0)
    assert len(server.requests) == 3


def test_an_enrollment_is_not_sent_again(scripted):
    server = scripted(["ok", "close"])
    transport = HttpTransport(server.url)
    transport.health()
    request = EnrollRequest(
        code="ABCD-EFGH", device_id=str(uuid.uuid4()), public_key="k" * 44, hub="Хаб Дніпро"
    )
    with pytest.raises(SyncError, match="cannot be reached"):
        transport.enroll(request)
    assert len(server.requests) == 2


def test_an_answer_slower_than_the_timeout_is_not_waited_for_nor_asked_again(scripted, monkeypatch):
    monkeypatch.setenv(TIMEOUT_ENV, "0.5")
    server = scripted(["slow"])
    started = time.monotonic()
    with pytest.raises(SyncError, match=r"did not answer within 0\.5 s"):
        HttpTransport(server.url, "token").status(0)
    assert time.monotonic() - started < 1.9
    assert len(server.requests) == 1


def test_a_server_that_is_gone_is_said_at_once():
    with socket.create_server(("127.0.0.1", 0)) as gone:
        url = f"http://127.0.0.1:{gone.getsockname()[1]}"
    with pytest.raises(SyncError, match="cannot be reached"):
        HttpTransport(url, "token").status(0)


def test_the_timeout_from_the_environment(monkeypatch):
    monkeypatch.setenv(TIMEOUT_ENV, "7.5")
    assert read_timeout_s() == 7.5
    for wrong in ("", "soon", "-1", "0"):
        monkeypatch.setenv(TIMEOUT_ENV, wrong)
        assert read_timeout_s() == 120


def test_what_counts_as_ended_without_answer():
    import http.client

    import requests
    import urllib3

    lost = requests.ConnectionError(
        urllib3.exceptions.ProtocolError(
            "Connection aborted.", http.client.RemoteDisconnected("closed")
        )
    )
    assert ended_without_answer(lost)
    assert ended_without_answer(requests.ConnectionError(ConnectionResetError(104, "reset")))
    refused = requests.ConnectionError(
        urllib3.exceptions.NewConnectionError(None, "Connection refused")  # type: ignore[arg-type]
    )
    assert not ended_without_answer(refused)
