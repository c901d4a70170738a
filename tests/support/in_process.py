"""Sync transports that talk to the server in-process (the full HTTP app through an ASGI test
client), with faults on demand: an answer lost after the server committed, a request sent twice."""

from __future__ import annotations

from fastapi.testclient import TestClient

from mandrivna.core.errors import SyncError
from mandrivna.sync.transport import HttpTransport, Reply


class InProcessTransport(HttpTransport):
    def __init__(self, client: TestClient, token: str | None = None) -> None:
        super().__init__("http://testserver", token)
        self.client = client
        self.faults: list[str] = []  # consumed one per request: "ok", "drop", "twice"

    def _send(self, method, path, body, params, extra=None, *, again=True):
        headers = self.headers() | (extra or {})
        if body is not None:
            headers.update({"Content-Encoding": "gzip", "Content-Type": "application/json"})
        fault = self.faults.pop(0) if self.faults else "ok"
        times = 2 if fault == "twice" else 1
        for _ in range(times):
            response = self.client.request(
                method, path, content=body, params=params, headers=headers
            )
        if fault == "drop":  # the server did the work; the answer never arrived
            raise SyncError("connection lost")
        return Reply(response.status_code, response.content, len(response.content))
