"""Is a request lost when it leaves just as the server closes its idle kept-alive connection?
(issue #17: the whole-library catch-ups that ended 90–100 s in.)

uvicorn closes a connection idle for 5 s. A real ``mandrivna-server serve`` on 127.0.0.1 is asked
``GET /health`` through ``HttpTransport`` (the app's own), then again after a pause drawn between
``--gap-from`` and ``--gap-to`` seconds, ``--tries`` times; prints how many second requests
failed and after which pause. ``--via-proxy`` puts the whole-library bench's counting proxy
between (it relays the server's close from a thread: later under load). Run it with main's code
(``PYTHONPATH=/work/base/src``) and this checkout's in turn.

Run: ``.venv/bin/python bench/keepalive_probe.py --tries 40 --via-proxy``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.library_peers import CountingProxy
from bench.sync_bench import LiveServer
from mandrivna.core.errors import SyncError
from mandrivna.sync.transport import HttpTransport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tries", type=int, default=40)
    parser.add_argument("--gap-from", type=float, default=4.95)
    parser.add_argument("--gap-to", type=float, default=5.15)
    parser.add_argument("--via-proxy", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="keepalive-") as tmp:
        server = LiveServer(Path(tmp))
        try:
            url = CountingProxy(server.port).url if args.via_proxy else server.url
            transport = HttpTransport(url)
            failed: list[float] = []
            load = os.getloadavg()[0]
            for _ in range(args.tries):
                transport.health()
                gap = random.uniform(args.gap_from, args.gap_to)
                time.sleep(gap)
                try:
                    transport.health()
                except SyncError as exc:
                    failed.append(gap)
                    print(f"  lost after {gap:.3f} s: {exc.__cause__!r}"[:200], flush=True)
            how = "via the proxy" if args.via_proxy else "direct"
            print(
                f"{len(failed)} of {args.tries} lost ({how}, pauses {args.gap_from}–"
                f"{args.gap_to} s, load {load:.1f} → "
                f"{os.getloadavg()[0]:.1f})"
            )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
