"""Reading one real pull page on the laptop, in one process without the network (issue #17).

The pages are built by the server's own code (``sync_server.pull_pages.page_body``, or
``sync_server.app._pull_body`` in a checkout from before it) from the first
5,000 changes of each kind (``--kinds``) a filled server holds (``--server``: a
``server.sqlite3`` that ``bench/library_bench.py`` filled, opened read-only; use a copy, the
bench never writes to it). Timed for each page, ``--rounds`` times, median CPU of this process
(``time.process_time``; the machine's load counts less than in wall time), with Python's cycle
collector on as in the app:

- ``http``: ``HttpTransport.pull`` of the page from a server on 127.0.0.1 (a thread of this
  process answering with the gzip body, as ``/v1/pull`` does): the request, the body read and
  decompressed, the JSON parsed, the page read (with pydantic, or without where the checkout
  can); the CPU of the asking thread only (``time.thread_time``);
- ``gunzip`` and ``parse``: the body decompressed at once (``zlib``) and its JSON parsed;
- ``changes``: the page's rows made ``Change`` objects (``wire.from_pulled``), as the sync does;
- ``pydantic`` and ``plain``: the page read from the parsed JSON by pydantic
  (``PullResponse.model_validate``) and by ``sync.pull_page`` alone (where the checkout has it).

For a paired comparison run it in turn with another checkout's code first on the path
(``PYTHONPATH=<checkout>/src``); ``http`` and ``changes`` are the figures both have.

Run: ``.venv/bin/python bench/pull_page_bench.py --server /tmp/lib01-copy/server.sqlite3``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandrivna.core import json_text
from mandrivna.sync.transport import HttpTransport
from mandrivna.wire import MAX_BATCH, PullResponse, from_pulled
from sync_server.storage_api import PullPage, StoredChange

try:
    from sync_server.pull_pages import page_body as server_page_body
except ImportError:  # a checkout from before it
    server_page_body = None  # type: ignore[assignment]

try:
    from mandrivna.sync.pull_page import plain_pull_page
except ImportError:  # a checkout from before it
    plain_pull_page = None  # type: ignore[assignment]


def page_body(server: Path, kind: str, count: int) -> bytes:
    """The gzip body of a pull page of the first ``count`` changes of ``kind``."""
    conn = sqlite3.connect(f"file:{server}?mode=ro", uri=True)
    try:
        rows = [
            StoredChange(*row)
            for row in conn.execute(
                "SELECT server_seq, device_id, device_seq, hlc, entity, entity_id, op, fields, "
                "seen, coalesce(chain, '') FROM server_change WHERE entity = ? "
                "ORDER BY server_seq LIMIT ?",
                (kind, count),
            )
        ]
    finally:
        conn.close()
    if server_page_body is not None:
        return server_page_body(PullPage(rows, rows[-1].server_seq, True, "chain"))
    from sync_server.app import _pull_body  # type: ignore[attr-defined]

    devices = list(dict.fromkeys(r.device_id for r in rows))
    return bytes(_pull_body(devices, rows, rows[-1].server_seq, True, "chain"))


def timed(
    step: Callable[[], Any], rounds: int, clock: Callable[[], float] = time.process_time
) -> tuple[float, Any]:
    """Median CPU seconds of ``step`` over ``rounds`` calls, and its last result."""
    spent = []
    result = None
    for _ in range(rounds):
        started = clock()
        result = step()
        spent.append(clock() - started)
    return statistics.median(spent), result


@contextmanager
def serving(body: bytes) -> Iterator[str]:
    """A server on 127.0.0.1 answering every GET with ``body`` (gzip JSON); its address."""

    class Page(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def bench_page(body: bytes, rounds: int) -> dict[str, float]:
    raw = zlib.decompress(body, wbits=16 + zlib.MAX_WBITS)
    figures: dict[str, float] = {"changes_in_page": 0, "body_kb": len(body) / 1024}
    with serving(body) as url:
        transport = HttpTransport(url, "token")
        transport.pull(0, MAX_BATCH)  # the connection made, requests imported
        figures["http"], page = timed(
            lambda: transport.pull(0, MAX_BATCH), rounds, time.thread_time
        )
    figures["changes_in_page"] = len(page.changes)
    figures["changes"], _ = timed(
        lambda: [from_pulled(page.devices, row) for row in page.changes], rounds
    )
    figures["gunzip"], _ = timed(
        lambda: zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(body), rounds
    )
    data = json_text.loads(raw)
    figures["parse"], _ = timed(lambda: json_text.loads(raw), rounds)
    figures["pydantic"], _ = timed(lambda: PullResponse.model_validate(data), rounds)
    if plain_pull_page is not None:
        figures["plain"], _ = timed(lambda: plain_pull_page(data), rounds)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", type=Path, required=True, help="a filled server.sqlite3")
    parser.add_argument("--kinds", default="visit,loan_event,reader")
    parser.add_argument("--count", type=int, default=MAX_BATCH)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    result: dict[str, dict[str, float]] = {}
    print(f"one pull page per kind, median CPU of {args.rounds} rounds, µs per change:")
    for kind in args.kinds.split(","):
        figures = bench_page(page_body(args.server, kind, args.count), args.rounds)
        result[kind] = figures
        n = figures["changes_in_page"]
        steps = [
            s for s in ("http", "changes", "gunzip", "parse", "pydantic", "plain") if s in figures
        ]
        print(
            f"  {kind:<12} {int(n):>5} changes, {figures['body_kb']:.0f} KiB gzip: "
            + ", ".join(f"{s} {figures[s] / n * 1e6:.2f}" for s in steps)
        )
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
