"""One HTTP request of the sync over a connection kept alive between requests; a request lost
because the server had just closed that idle connection is sent once more; failures in plain
words.

A server closes a connection that has been idle for a while (uvicorn after 5 s; a proxy in front
of it after its own time), and a laptop applying a big page leaves its connection idle that
long. If the laptop's next request leaves at the moment the close is on its way (the wider the
slower the machine, or with a proxy between), the request is lost: the connection ends with no
answer ("Remote end closed connection without response"). That ended a librarian's catch-up
with "cannot be reached" while the server was up (issue #17, ``bench/library_bench.py``). Every
request of a sync may be sent again (reads; a push is stored once by its numbers and only its
answer moves the acknowledgement), so a request whose connection ended without an answer is
sent once more, on a new connection. An enrollment (its code is used once) and a bundle's
upload are not sent again.

An answer is read in big pieces, at most ``MAX_BODY_BYTES`` of it as sent and once decompressed
(urllib3 decompresses each piece bounded), as the server bounds what it reads: a hostile or
broken server (or whatever answers in its place) cannot fill the laptop's memory with a small
gzip bomb or an endless answer; such an answer ends the sync in plain words. Reading in pieces
of a MiB instead of requests' 10 KiB also costs less CPU (``bench/pull_page_bench.py``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from mandrivna.core.errors import SyncError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.wire import MAX_BODY_BYTES

if TYPE_CHECKING:
    import requests  # imported when the first request is sent: not at the app's start

CONNECT_TIMEOUT_S = 10
READ_TIMEOUT_S = 120
# Seconds to wait for an answer, for a link slower than READ_TIMEOUT_S allows (and for tests).
TIMEOUT_ENV = "MANDRIVNA_SYNC_TIMEOUT_S"
# Bytes of an answer read at a time (decompressed); requests' own ``content`` reads 10 KiB.
PIECE_BYTES = 1 << 20


def read_timeout_s() -> float:
    """Seconds to wait for an answer: ``MANDRIVNA_SYNC_TIMEOUT_S`` or READ_TIMEOUT_S."""
    try:
        value = float(os.environ.get(TIMEOUT_ENV, ""))
    except ValueError:
        return READ_TIMEOUT_S
    return value if value > 0 else READ_TIMEOUT_S


def ended_without_answer(exc: BaseException) -> bool:
    """The connection ended before any answer came (closed or reset by the other end), as
    when the server closed an idle kept-alive connection just as the request left."""
    import http.client

    seen: BaseException | None = exc
    for _ in range(8):  # requests' error ← urllib3's ← http.client's or the socket's
        if seen is None:
            return False
        if isinstance(
            seen, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError
        ):
            return True
        nested = [arg for arg in getattr(seen, "args", ()) if isinstance(arg, BaseException)]
        seen = nested[-1] if nested else (seen.__cause__ or seen.__context__)
    return False


def unreachable(url: str) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The server {url} cannot be reached. Check the connection; everything recorded "
            "is kept and will be sent at the next sync.",
        ),
        url=url,
    )


def no_answer_in_time(url: str, seconds: float) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The server {url} did not answer within {seconds} s. Try again later; everything "
            "received so far is kept, and the next sync continues from there.",
        ),
        url=url,
        seconds=f"{seconds:g}",
    )


def too_large(url: str) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The answer from {url} is larger than any a Mandrivna server sends, so it was not "
            "read. Check the address and the connection; everything received so far is kept.",
        ),
        url=url,
    )


def read_body(response: requests.Response, base_url: str, limit: int = MAX_BODY_BYTES) -> bytes:
    """The whole (decompressed) body of a response asked with ``stream=True``; a SyncError
    when more than ``limit`` bytes come, as sent or decompressed. Read errors are requests'
    own, as with ``response.content``."""
    pieces = []
    size = 0
    for piece in response.iter_content(PIECE_BYTES):
        size += len(piece)
        if size > limit or response.raw.tell() > limit:
            response.close()
            raise too_large(base_url)
        pieces.append(piece)
    return b"".join(pieces)


def send(
    session: requests.Session,
    method: str,
    url: str,
    base_url: str,
    *,
    again: bool,
    **kwargs: Any,
) -> tuple[requests.Response, bytes]:
    """``session.request(method, url, **kwargs)`` and its body (``read_body``: bounded); sent
    once more on a new connection when ``again`` and the connection ended without an answer.
    Network failures become a ``SyncError`` in plain words (``base_url`` names the server)."""
    import requests

    timeout = read_timeout_s()
    for attempt in (1, 2):
        try:
            response = session.request(
                method, url, timeout=(CONNECT_TIMEOUT_S, timeout), stream=True, **kwargs
            )
            return response, read_body(response, base_url)
        except requests.Timeout as exc:
            if isinstance(exc, requests.ConnectTimeout):
                raise unreachable(base_url) from exc
            raise no_answer_in_time(base_url, timeout) from exc
        except requests.RequestException as exc:
            if again and attempt == 1 and ended_without_answer(exc):
                continue
            raise unreachable(base_url) from exc
    raise AssertionError("unreachable: the loop returns or raises")
