"""Sync benchmark: 100k changes pushed from one laptop and pulled and applied on another, over
loopback with a real uvicorn server; the same records through Kinto and pouchdb-server; and 200
simulated devices syncing at once. Figures go to docs/benchmarks.md.

Run: ``make bench`` or ``.venv/bin/python bench/sync_bench.py [--changes N] [--runs R]
[--rival-records M] [--devices D] [--skip-rivals]``. Medians over the runs; this machine is shared.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mandrivna.store.connection import connect

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import rivals
from bench.sync_workload import edited_records, records, write_all
from mandrivna.core.hlc import pack, wall_clock_ms
from mandrivna.services.sync_service import SyncService, new_signing_key
from mandrivna.store.database import Database
from mandrivna.sync.sync_engine import SyncReport, pull_all, push_all
from mandrivna.sync.transport import HttpTransport
from mandrivna.wire import EnrollRequest, PullResponse
from sync_server.backends import open_storage

BIN = Path(sys.executable).parent


class LiveServer:
    def __init__(
        self, folder: Path, db_url: str | None = None, workers: int = 1, log: Path | None = None
    ) -> None:
        self.folder = folder
        self.db_url = db_url or f"sqlite:///{folder / 'server.sqlite3'}"
        self.port = rivals.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                *(str(BIN / "mandrivna-server"), "serve", "--db", self.db_url),
                *("--port", str(self.port), "--workers", str(workers)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if log is None else log.open("ab"),
            start_new_session=True,  # its workers are stopped with it
        )
        rivals.wait_for(self.url + "/health")

    def code(self, hub: str) -> str:
        storage = open_storage(self.db_url)
        try:
            return storage.enroll(hub, "librarian", wall_clock_ms())[1]
        finally:
            storage.close()

    def laptop(self, name: str) -> SyncService:
        """A new laptop in a folder ``name`` beside the server's, set up and enrolled."""
        db = Database.open(self.folder / name)
        db.set_device(hub_name=f"Хаб {name}", librarian_name="Олена")
        service = SyncService(db)
        service.enroll(self.url, self.code(name))
        return service

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


def ours(n: int, snapshot_from: int = 0, workload: Any = records) -> dict[str, float]:
    """One laptop pushes n changes; another pulls and applies them (replaying every change, or
    from a snapshot when ``snapshot_from`` allows it). Rates and bytes per change."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = LiveServer(folder)
        try:
            services = [server.laptop(name) for name in ("a", "b")]
            write_all(services[0].db, workload(n))
            up, down = services[0].transport(), services[1].transport()
            start = time.perf_counter()
            push_all(services[0].store, up, SyncReport())
            push_s = time.perf_counter() - start
            report = SyncReport()
            start = time.perf_counter()
            pull_all(services[1].store, down, report, snapshot_from=snapshot_from)
            pull_s = time.perf_counter() - start
            same = [_table_digest(service.db.path) for service in services]
            assert same[0] == same[1], "laptop B does not hold what laptop A recorded"
            for service in services:
                service.db.close()
            return {
                "push_s": push_s,
                "pull_s": pull_s,
                "sent_b": up.sent_bytes,
                "received_b": down.received_bytes,
            }
        finally:
            server.stop()


def _table_digest(path: Path) -> tuple[object, ...]:
    """What a person would see: every reader's fields and every visit."""
    with connect(path, None) as conn:
        readers = conn.execute(
            "SELECT count(*), sum(length(surname) + length(coalesce(phone, '')) "
            "+ length(coalesce(settlement, ''))) FROM reader"
        ).fetchone()
        visits = conn.execute("SELECT count(*), sum(count) FROM visit").fetchone()
    return (*readers, *visits)


def many_devices(
    devices: int, changes_each: int, db_url: str | None = None, workers: int = 1
) -> dict[str, float]:
    """``devices`` devices enroll, then all push a batch and pull everything at the same time
    (a server on a fresh SQLite file, or on ``db_url``, an empty database, with ``workers``)."""
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp), db_url, workers)
        try:
            storage = open_storage(server.db_url)
            codes = [
                storage.enroll(f"Хаб {i}", "librarian", wall_clock_ms())[1] for i in range(devices)
            ]
            storage.close()
            links = []
            for i, code in enumerate(codes):
                device_id = f"{i:08d}-0000-4000-8000-000000000000"
                reply = HttpTransport(server.url).enroll(
                    EnrollRequest(code=code, device_id=device_id, public_key=new_signing_key()[1])
                )
                links.append((device_id, HttpTransport(server.url, reply.token)))
            barrier = threading.Barrier(devices)
            push_ms: list[float] = []
            pull_ms: list[float] = []
            errors: list[BaseException] = []

            def device(args: tuple[int, tuple[str, HttpTransport]]) -> None:
                i, (device_id, link) = args
                rows = [
                    (
                        pack(wall_clock_ms(), k),
                        "visit",
                        f"{i}-{k}",
                        "f",
                        {"day": "2026-11-25", "hub": f"Хаб {i}", "channel": "remote", "count": 1},
                        0,
                    )
                    for k in range(changes_each)
                ]
                barrier.wait()
                try:
                    start = time.perf_counter()
                    link.push(device_id, 1, rows)
                    push_ms.append((time.perf_counter() - start) * 1000)
                    after, more = 0, True
                    while more:  # time the exchange; parse after, outside the timing
                        start = time.perf_counter()
                        reply = link._send("GET", "/v1/pull", None, {"after": after, "limit": 5000})
                        pull_ms.append((time.perf_counter() - start) * 1000)
                        page = PullResponse.model_validate(reply.json())
                        after, more = page.cursor, page.more
                except BaseException as exc:  # counted, never hidden
                    errors.append(exc)

            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=devices) as pool:
                list(pool.map(device, enumerate(links)))
            elapsed = time.perf_counter() - started
            q = statistics.quantiles
            return {
                "errors": len(errors),
                "push_p50": statistics.median(push_ms),
                "push_p99": q(push_ms, n=100)[98],
                "pull_p50": statistics.median(pull_ms),
                "pull_p99": q(pull_ms, n=100)[98],
                "requests": len(push_ms) + len(pull_ms),
                "served": devices * (devices - 1) * changes_each / elapsed,
                "elapsed": elapsed,
            }
        finally:
            server.stop()


def rival_records(n: int) -> list[dict[str, object]]:
    return [
        {"id": entity_id, "entity": entity, **fields}
        for _kind, entity, entity_id, fields in records(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rival-records", type=int, default=10_000)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--skip-rivals", action="store_true")
    args = parser.parse_args()
    n = args.changes

    runs = [ours(n) for _ in range(args.runs)]
    push = statistics.median(n / r["push_s"] for r in runs)
    pull = statistics.median(n / r["pull_s"] for r in runs)
    print(f"Mandrivna, {n} changes, {args.runs} runs (median):")
    print(f"  push {push:,.0f} changes/s, {runs[0]['sent_b'] / n:.1f} B/change on the wire")
    print(f"  pull+apply {pull:,.0f} changes/s, {runs[0]['received_b'] / n:.1f} B/change")
    snap = [ours(n, snapshot_from=1) for _ in range(args.runs)]
    rate = statistics.median(n / r["pull_s"] for r in snap)
    print(
        f"  new laptop from a snapshot: {rate:,.0f} changes/s caught up, "
        f"{snap[0]['received_b'] / n:.1f} B/change"
    )
    print(f"Readers edited 5 times each, {n} changes, a new laptop catching up (median):")
    for label, frm in (("replaying every change", 0), ("from a snapshot", 1)):
        got = [ours(n, snapshot_from=frm, workload=edited_records) for _ in range(args.runs)]
        rate = statistics.median(n / r["pull_s"] for r in got)
        print(f"  {label:<24} {rate:>9,.0f} changes/s, {got[0]['received_b'] / n:.1f} B/change")

    if not args.skip_rivals:
        m = args.rival_records
        rivals.ensure_installed()
        same = ours(m)
        kinto = rivals.run_kinto(rival_records(m))
        pouch = rivals.run_pouchdb(rival_records(m))
        print(f"Same {m} records through each system (records/s; ratio = Mandrivna / other):")
        for name, r in (
            ("Mandrivna", same),
            ("Kinto (memory)", kinto),
            ("pouchdb-server (memory)", pouch),
        ):
            line = f"  {name:<24} push {m / r['push_s']:>9,.0f}/s  pull {m / r['pull_s']:>9,.0f}/s"
            if r is not same:
                line += (
                    f"   ratio push {r['push_s'] / same['push_s']:.1f}x,"
                    f" pull {r['pull_s'] / same['pull_s']:.1f}x"
                )
            if "sent_b" in r:
                line += f"   {r['sent_b'] / m:.0f}/{r['received_b'] / m:.0f} B per record up/down"
            print(line)

    load = many_devices(args.devices, 20)
    print(
        f"{args.devices} devices syncing at once ({load['requests']:.0f} requests): "
        f"errors {load['errors']:.0f}; push p50 {load['push_p50']:.0f} ms, "
        f"p99 {load['push_p99']:.0f} ms; pull page p50 {load['pull_p50']:.0f} ms, "
        f"p99 {load['pull_p99']:.0f} ms; all done in {load['elapsed']:.1f} s, "
        f"{load['served']:,.0f} changes/s served"
    )


if __name__ == "__main__":
    main()
