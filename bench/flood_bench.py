"""A hostile device floods the others (issue #11, item 10): what the server accepts, and what a
laptop's sync then costs in memory and disk. Real processes on loopback: a ``mandrivna-server``
(SQLite) and a ``mandrivna sync`` of an enrolled laptop, whose peak resident memory (VmHWM) is
read from /proc while it runs. Figures go to docs/benchmarks.md.

1. The issue's flood: 240 changes of an entity no app knows, 50 fields of 10,000 characters each
   (about 500 KB a change, 120 MB in all), in 4 pushes.
2. The biggest flood the caps let through with the same volume: 120 MB in changes of just under
   ``MAX_CHANGE_BYTES``.

Run: ``.venv/bin/python bench/flood_bench.py [--megabytes 120]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandrivna.core.hlc import pack, wall_clock_ms
from mandrivna.services.sync_service import new_signing_key
from mandrivna.store.database import DB_FILENAME
from mandrivna.wire import MAX_CHANGE_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.support.live_server import Laptop, Server


def enroll_hostile(server: Server) -> tuple[str, str]:
    device_id = str(uuid.uuid4())
    body = {"code": server.enroll("Чужий"), "device_id": device_id}
    body["public_key"] = new_signing_key()[1]
    reply = requests.post(
        server.url + "/v1/enroll",
        data=gzip.compress(json.dumps(body).encode()),
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Encoding": "gzip"},
        timeout=60,
    )
    reply.raise_for_status()
    return device_id, str(reply.json()["token"])


def push(server: Server, token: str, device_id: str, first_seq: int, changes: list) -> int:
    body = {"device_id": device_id, "first_seq": first_seq, "changes": changes}
    reply = requests.post(
        server.url + "/v1/push",
        data=gzip.compress(json.dumps(body, ensure_ascii=False).encode()),
        headers={
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "Content-Encoding": "gzip",
            "Authorization": f"Bearer {token}",
        },
        timeout=300,
    )
    return reply.status_code


def laptop_sync_peak(laptop: Laptop) -> tuple[float, float, float]:
    """(peak MB, seconds, database growth MB) of one ``mandrivna sync``."""
    db = laptop.folder / DB_FILENAME
    size_before = db.stat().st_size + sum(
        p.stat().st_size for p in laptop.folder.glob(DB_FILENAME + "-*")
    )
    started = time.monotonic()
    process = laptop.start("sync")
    peak = 0
    while process.poll() is None:
        try:
            status = Path(f"/proc/{process.pid}/status").read_text()
            line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
            peak = max(peak, int(line.split()[1]))
        except (OSError, StopIteration):
            pass
        time.sleep(0.02)
    _out, err = process.communicate()
    assert process.returncode == 0, err
    size_after = db.stat().st_size + sum(
        p.stat().st_size for p in laptop.folder.glob(DB_FILENAME + "-*")
    )
    return peak / 1024, time.monotonic() - started, (size_after - size_before) / 2**20


def flood(server: Server, changes: list, per_push: int) -> tuple[int, int]:
    """Push ``changes`` as a new hostile device; returns (pushes accepted, refused)."""
    device_id, token = enroll_hostile(server)
    accepted = refused = 0
    seq = 1
    for start in range(0, len(changes), per_push):
        batch = changes[start : start + per_push]
        if push(server, token, device_id, seq, batch) == 200:
            accepted += 1
            seq += len(batch)
        else:
            refused += 1
    return accepted, refused


def run(megabytes: int) -> None:
    now = wall_clock_ms()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = Server(folder)
        server.start()
        try:
            laptop = Laptop(folder / "laptop", "Хаб Дніпро")
            laptop.run("enroll", "--server", server.url, "--code", server.enroll("Дніпро"))
            laptop.run("sync")
            big = {f"f{i}": "x" * 10_000 for i in range(50)}  # about 500 KB
            issue = [[pack(now, i), "future_thing", f"a{i}", "u", big, 0] for i in range(240)]
            accepted, refused = flood(server, issue, 60)
            print(f"issue's flood (240 x 500 KB): {accepted} pushes accepted, {refused} refused")
            peak, seconds, grew = laptop_sync_peak(laptop)
            print(f"  laptop sync: peak {peak:.0f} MB, {seconds:.1f} s, database +{grew:.0f} MB")
            capped = {f"f{i}": "x" * 9_000 for i in range(7)}
            assert len(json.dumps(capped)) < MAX_CHANGE_BYTES
            n = megabytes * 2**20 // len(json.dumps(capped))
            most = [[pack(now, i), "future_thing", f"b{i}", "u", capped, 0] for i in range(n)]
            accepted, refused = flood(server, most, 400)
            print(
                f"capped flood ({n} x {len(json.dumps(capped)) // 1024} KB = {megabytes} MB): "
                f"{accepted} pushes accepted, {refused} refused"
            )
            peak, seconds, grew = laptop_sync_peak(laptop)
            print(f"  laptop sync: peak {peak:.0f} MB, {seconds:.1f} s, database +{grew:.0f} MB")
            print(f"server peak: {server.peak_memory_kb() / 1024:.0f} MB")
        finally:
            server.kill()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=int, default=120)
    run(parser.parse_args().megabytes)
