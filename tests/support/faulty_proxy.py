"""A proxy on 127.0.0.1 in front of a real sync server that misbehaves when told: for the n-th
request to a path it answers slowly, closes the connection without an answer, answers 500, or
answers a page that is not the server's (a captive portal's). Everything else is passed on as
it is (gzip bodies, headers, keep-alive), so the laptop talks to the real server through it.

``faults`` maps ``(path, n)`` (the n-th request to that path, from 1) to what to do:
``("slow", seconds)`` the real answer after that long, ``("close", 0)``, ``("500", 0)``,
``("portal", 0)``; ``(path, 0)`` means every request to that path.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade"}


class FaultyProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.faults: dict[tuple[str, int], tuple[str, float]] = {}
        self.seen: Counter[str] = Counter()  # requests per path
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as uvicorn

            def log_message(self, *_args: object) -> None:
                return None

            def do_GET(self) -> None:
                proxy.handle(self)

            def do_POST(self) -> None:
                proxy.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def fault(self, path: str) -> tuple[int, tuple[str, float] | None]:
        with self.lock:
            self.seen[path] += 1
            n = self.seen[path]
            return n, self.faults.get((path, n)) or self.faults.get((path, 0))

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else None
        path = urlsplit(request.path).path
        _n, what = self.fault(path)
        kind, seconds = what or ("pass", 0.0)
        if kind == "close":
            request.close_connection = True
            request.connection.close()
            return
        if kind == "500":
            self.answer(request, 500, b'{"detail": "Internal Server Error"}', "application/json")
            return
        if kind == "portal":
            page = b"<html><body>Welcome to the hotel Wi-Fi. Log in.</body></html>"
            self.answer(request, 200, page, "text/html")
            return
        if kind == "slow":
            time.sleep(seconds)
        upstream = http.client.HTTPConnection("127.0.0.1", self.target_port, timeout=60)
        try:
            headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
            upstream.request(request.command, request.path, body, headers)
            reply = upstream.getresponse()
            content = reply.read()
            try:
                request.send_response(reply.status)
                for name, value in reply.getheaders():
                    if name.lower() not in HOP_BY_HOP | {"content-length"}:
                        request.send_header(name, value)
                request.send_header("Content-Length", str(len(content)))
                request.end_headers()
                request.wfile.write(content)
            except OSError:  # the laptop gave up meanwhile (its timeout, a signal)
                request.close_connection = True
        finally:
            upstream.close()

    @staticmethod
    def answer(
        request: BaseHTTPRequestHandler, status: int, content: bytes, content_type: str
    ) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(content)))
        request.end_headers()
        request.wfile.write(content)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
