"""An answer is read bounded (``sync.http_request.read_body``): a hostile or broken server, or
whatever answers in its place, cannot fill the laptop's memory with a small gzip bomb or an
endless answer; the sync ends in plain words. An ordinary answer, compressed or not, is read
whole, as before."""

from __future__ import annotations

import gzip
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from mandrivna.core import json_text
from mandrivna.core.errors import SyncError
from mandrivna.sync.http_request import PIECE_BYTES
from mandrivna.sync.transport import HttpTransport
from mandrivna.wire import MAX_BODY_BYTES

PAGE = {
    "devices": ["d1"],
    "changes": [
        [0, n, 10**15 + n, "visit", f"v{n}", "f", {"day": "2026-12-07", "note": "н" * 150}, 0]
        for n in range(5000)
    ],
    "cursor": 5000,
    "more": False,
    "chain": "c",
}


def _bomb(size: int) -> bytes:
    """gzip of ``size`` zero bytes (about a thousandth of it), made a MiB at a time."""
    pack = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    return b"".join(pack.compress(zeros) for _ in range(size >> 20)) + pack.flush()


class _Answers(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    what = "page"

    def do_GET(self) -> None:
        if self.what == "endless":  # no length: the answer ends when the connection does
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            block = b" " * (1 << 20)
            try:
                while True:
                    self.wfile.write(block)
            except OSError:
                return
        if self.what == "bomb":
            body, gzipped = _bomb(4 * MAX_BODY_BYTES), True
        elif self.what == "plain":
            body, gzipped = json_text.dumps_bytes(PAGE), False
        else:
            body, gzipped = gzip.compress(json_text.dumps_bytes(PAGE)), True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Answers]]]:
    handler = type("Answers", (_Answers,), {})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}", handler
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("what", ["page", "plain"])
def test_an_ordinary_answer_is_read_whole(server, what: str) -> None:
    url, handler = server
    handler.what = what
    assert len(json_text.dumps_bytes(PAGE)) > PIECE_BYTES  # read in more than one piece
    transport = HttpTransport(url, "token")
    page = transport.pull(0, 5000)
    assert page.cursor == 5000 and len(page.changes) == 5000
    assert page.changes[-1][4] == "v4999"
    assert transport.received_bytes > 0
    assert transport.pull(0, 5000) == page  # the connection kept for the next request


def test_a_gzip_bomb_is_not_decompressed_whole(server) -> None:
    url, handler = server
    handler.what = "bomb"  # 128 MiB of zeros in about 128 KiB
    tracemalloc.start()
    try:
        with pytest.raises(SyncError, match="larger than any a Mandrivna server sends"):
            HttpTransport(url, "token").pull(0, 5000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MAX_BODY_BYTES + 8 * PIECE_BYTES  # not the bomb's 4 × MAX_BODY_BYTES


def test_an_endless_answer_is_cut_off(server) -> None:
    url, handler = server
    handler.what = "endless"
    with pytest.raises(SyncError, match="larger than any a Mandrivna server sends"):
        HttpTransport(url, "token").pull(0, 5000)
