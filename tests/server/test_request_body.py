"""Request bodies are read as a stream with the limit applied while reading (issue #11, item 9):
a huge chunked body with no Content-Length, sent to a real ``mandrivna-server`` process, is
refused without the server's memory growing, before authentication and after it."""

import gzip
import socket
import threading

import pytest
from fastapi.testclient import TestClient

from mandrivna.wire import MAX_SMALL_BODY_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync_server.app import create_app
from tests.support.live_server import Server

HUGE = 300 * 1024 * 1024
CHUNK = 1024 * 1024


def send_chunked(port: int, path: str, headers: dict[str, str], total: int) -> int | None:
    """POST ``total`` bytes of JSON whitespace with chunked transfer encoding (no
    Content-Length), stopping when the server stops listening. Returns the answer's status, or
    None if the server hung up without one."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Transfer-Encoding: chunked"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    answer = bytearray()

    def read() -> None:
        try:
            while data := sock.recv(65536):
                answer.extend(data)
        except OSError:
            pass

    reader = threading.Thread(target=read)
    sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    reader.start()
    chunk = f"{CHUNK:x}\r\n".encode() + b" " * CHUNK + b"\r\n"
    try:
        for _ in range(total // CHUNK):
            sock.sendall(chunk)
        sock.sendall(b"0\r\n\r\n")
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass  # the server answered and closed: the rest is not read
    reader.join(60)
    sock.close()
    if not answer.startswith(b"HTTP/1.1 "):
        return None
    return int(answer[9:12])


@pytest.fixture
def live(tmp_path, storage_url):
    server = Server(tmp_path, storage_url)
    server.start()
    yield server
    server.kill()


def token_for(server: Server) -> str:
    import requests

    from tests.server.test_api import PUBLIC_KEY, encode_enroll

    code = server.enroll("Хаб")
    reply = requests.post(
        server.url + "/v1/enroll",
        data=encode_enroll(code, "aaaaaaaa-0000-4000-8000-000000000001", PUBLIC_KEY),
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Encoding": "gzip"},
        timeout=30,
    )
    assert reply.status_code == 200, reply.text
    return str(reply.json()["token"])


@pytest.mark.parametrize(
    ("path", "authenticated", "status", "growth_mb"),
    [
        ("/v1/enroll", False, 413, 16),
        ("/v1/push", False, 401, 16),
        ("/v1/bundle", False, 401, 16),
        ("/v1/push", True, 413, 80),
    ],
    ids=["enroll", "push-no-token", "bundle-no-token", "push-enrolled"],
)
def test_a_huge_chunked_body_is_refused_without_the_memory(
    live, path, authenticated, status, growth_mb
):
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"}
    if authenticated:
        headers["Authorization"] = f"Bearer {token_for(live)}"
    before = live.peak_memory_kb()
    answer = send_chunked(live.port, path, headers, HUGE)
    after = live.peak_memory_kb()
    print(f"{path}: peak RSS {before / 1024:.0f} MB -> {after / 1024:.0f} MB, answer {answer}")
    assert answer in (status, None)
    assert (after - before) / 1024 < growth_mb
    assert live.process.poll() is None  # still serving


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (gzip.compress(b" " * (MAX_SMALL_BODY_BYTES + 1)), 413),  # small when sent, big inflated
        (b" " * (MAX_SMALL_BODY_BYTES + 1), 413),
        (gzip.compress(b'{"code": "x"}')[:-6], 400),  # cut short
        (gzip.compress(b'{"code": "x"}') + b"trailing", 400),
    ],
    ids=["gzip-bomb", "plain-too-big", "truncated-gzip", "data-after-gzip"],
)
def test_an_enrollment_body_is_small_and_whole(storage, body, status):
    api = TestClient(create_app(storage))
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Encoding": "gzip"}
    if not body.startswith(b"\x1f\x8b"):
        del headers["Content-Encoding"]
    reply = api.post("/v1/enroll", content=body, headers=headers)
    assert reply.status_code == status, reply.text
