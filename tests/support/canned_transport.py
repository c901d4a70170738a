"""A laptop's ``HttpTransport`` whose every answer is one canned body, for tests of how the
laptop reads what a server (or whatever answers in its place) sends; no socket is opened."""

from __future__ import annotations

import gzip
from typing import Any

from mandrivna.core import json_text
from mandrivna.sync.transport import HttpTransport, Reply


def answering(data: Any) -> HttpTransport:
    """A transport that gets ``data`` (as JSON, gzip on the wire) for every request."""
    transport = HttpTransport("http://127.0.0.1:9")
    body = json_text.dumps_bytes(data)

    def send(*_args: object, **_kwargs: object) -> Reply:
        return Reply(200, gzip.decompress(gzip.compress(body)), len(body))

    transport._send = send  # type: ignore[method-assign]
    return transport
