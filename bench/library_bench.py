"""A new laptop catches up a whole library from a warm server (issue #17): 100,000 readers,
200,000 catalogue records, 300,000 copies, 1,000,000 loan events, 2,000,000 visits, 5,000 events
with 20,000 check-ins (``--scale`` multiplies every count; 0.1 for a quick look).

Filling: eight hub laptops' changes (``library_data``) are pushed through the real
``/v1/push`` of a real ``mandrivna-server serve`` (uvicorn, SQLite) on 127.0.0.1, 5,000 a
request, as their laptops' sync would send them; the changes are generated in the bench, not
first written into eight laptop databases (that would take hours at this size). Then one
snapshot page is asked for, which folds every record into the server's snapshot: the server is
warm. ``--folder DIR`` keeps the server's database and the peers' documents for later runs.

Timed, ``--runs`` times: a new laptop, enrolled with ``mandrivna enroll`` into a fresh data
folder, runs ``mandrivna sync`` (the real CLI, on a terminal so that its progress line is
rewritten every 0.2 s, which gives the rate of each kind). Measured: wall time, the laptop's and
the server's CPU seconds (/proc and wait4), the laptop's peak memory, bytes on the wire both ways
(a counting proxy: HTTP as sent, gzip bodies), the database's size; the laptop's table counts
are checked against the server's and the generator's (``--keep-laptop DIR`` keeps the last
laptop's folder, for ``library_layers.py``). ``--profile FILE`` runs one more sync
under pyinstrument and writes its text profile. ``--peers pouchdb,kinto`` runs pouchdb-server,
PouchDB into a local PouchDB, and Kinto on the same records after (``library_peers``).

Run: ``.venv/bin/python bench/library_bench.py --scale 0.1 --folder /tmp/lib01 [--runs 3]
[--profile FILE] [--peers pouchdb,kinto] [--ids time]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import library_peers
from bench.library_cli_run import BIN, arrival_order, cpu_s, per_kind, run_cli
from bench.library_data import KINDS, Library, document
from bench.library_peers import CountingProxy
from bench.sync_bench import LiveServer
from mandrivna.core.change import Change
from mandrivna.services.sync_service import new_signing_key
from mandrivna.sync.transport import HttpTransport
from mandrivna.wire import MAX_BATCH, EnrollRequest, push_count, to_pushed


def fill(folder: Path, scale: float, devices: int, time_ids: bool = False) -> dict[str, Any]:
    """Push the library into a new server in ``folder``; write the peers' documents."""
    server = LiveServer(folder)
    try:
        library = Library(scale, devices, time_ids=time_ids)
        transports: dict[str, tuple[HttpTransport, int]] = {}
        for laptop in library.laptops:
            _private, public = new_signing_key()
            response = HttpTransport(server.url).enroll(
                EnrollRequest(
                    code=server.code(laptop.hub),
                    device_id=laptop.device_id,
                    public_key=public,
                    hub=laptop.hub,
                )
            )
            transports[laptop.device_id] = (HttpTransport(server.url, response.token), 0)
        started = time.perf_counter()
        server_cpu = cpu_s(server.process.pid)
        phases: dict[str, float] = {}
        sent = 0
        with (folder / "documents.jsonl").open("w", encoding="utf-8") as docs:
            for kind in KINDS:
                begun = time.perf_counter()
                waiting: dict[str, list[Change]] = {lt.device_id: [] for lt in library.laptops}
                for change in library.phase(kind):
                    docs.write(json.dumps(document(change), ensure_ascii=False) + "\n")
                    queue = waiting[change.device_id]
                    queue.append(change)
                    if len(queue) >= MAX_BATCH:
                        sent += push(transports, queue)
                for queue in waiting.values():
                    while queue:
                        sent += push(transports, queue)
                phases[kind] = time.perf_counter() - begun
                print(f"  pushed {library.counts[kind]:,} {kind} in {phases[kind]:.0f} s")
        push_s = time.perf_counter() - started
        push_server_cpu = cpu_s(server.process.pid) - server_cpu
        begun = time.perf_counter()
        first = next(iter(transports.values()))[0]
        first.snapshot(None, 1)  # folds every record into the snapshot: the server is warm
        snapshot_s = time.perf_counter() - begun
        info = {
            "scale": scale,
            "ids": "time" if time_ids else "random",
            "devices": devices,
            "counts": library.counts,
            "changes": sum(library.counts.values()),
            "push_s": push_s,
            "push_server_cpu": push_server_cpu,
            "push_bytes": sent,
            "phases_s": phases,
            "snapshot_fold_s": snapshot_s,
            "load": os.getloadavg(),
        }
        (folder / "filled.json").write_text(json.dumps(info, indent=1))
        return info
    finally:
        server.stop()


def push(transports: dict[str, tuple[HttpTransport, int]], queue: list[Change]) -> int:
    """Push the head of one laptop's queue (as many as fit a request); bytes sent."""
    count = push_count(queue[:MAX_BATCH])
    batch = queue[:count]
    del queue[:count]
    transport, _ = transports[batch[0].device_id]
    before = transport.sent_bytes
    response = transport.push(batch[0].device_id, batch[0].seq, [to_pushed(c) for c in batch])
    assert response.held == batch[-1].seq, (response, batch[-1].seq)
    return transport.sent_bytes - before


def count_rows(path: Path, sql: dict[str, str]) -> dict[str, int]:
    """Counts read by the standard library's sqlite3 in a child process."""
    script = (
        "import json, sqlite3, sys\n"
        "conn = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
        "q = json.loads(sys.argv[2])\n"
        "print(json.dumps({k: conn.execute(v).fetchone()[0] for k, v in q.items()}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path), json.dumps(sql)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, int] = json.loads(out.stdout)
    return result


def catch_up(
    folder: Path, info: dict[str, Any], profile: Path | None = None, keep: Path | None = None
) -> dict[str, Any]:
    server = LiveServer(folder, log=folder / "server.log")
    try:
        proxy = CountingProxy(server.port)
        with tempfile.TemporaryDirectory(prefix="laptop-") as tmp:
            laptop = Path(tmp)
            code = server.code("Хаб Дніпро")
            run_cli(
                [
                    "--data-dir",
                    tmp,
                    "enroll",
                    "--server",
                    proxy.url,
                    "--code",
                    code,
                    "--librarian",
                    "Олена",
                ]
            )
            up, down = proxy.counted()
            connections = proxy.connections
            server_cpu = cpu_s(server.process.pid)
            load = os.getloadavg()[0]
            if profile is None:
                run = run_cli(["--data-dir", tmp, "sync"], terminal=True)
            else:
                run = profile_sync(tmp, profile)
            run["server_cpu"] = cpu_s(server.process.pid) - server_cpu
            run["load"] = load
            after_up, after_down = proxy.counted()
            run["up_b"], run["down_b"] = after_up - up, after_down - down
            run["connections"] = proxy.connections - connections
            database = laptop / "mandrivna.sqlite3"
            run["db_mb"] = sum(p.stat().st_size for p in laptop.glob("mandrivna.sqlite3*")) / 2**20
            run["laptop_counts"] = count_rows(
                database, {kind: f"SELECT count(*) FROM {kind}" for kind in KINDS}
            )
            run["log_count"] = count_rows(database, {"log": "SELECT count(*) FROM change_log"})
            run["db_file_mb"] = database.stat().st_size / 2**20
            if keep is not None:
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(laptop, keep)
        proxy.close()
    finally:
        server.stop()
    server_counts = count_rows(
        folder / "server.sqlite3",
        {
            k: f"SELECT count(DISTINCT entity_id) FROM server_change WHERE entity = '{k}'"
            for k in KINDS
        },
    )
    assert run["laptop_counts"] == server_counts == info["counts"], (
        run["laptop_counts"],
        server_counts,
        info["counts"],
    )
    run["per_kind"] = per_kind(run["samples"], info["counts"]) if run["samples"] else {}
    run["per_kind_cpu"] = per_kind(run["samples"], info["counts"], 3) if run["samples"] else {}
    run["first_progress_s"] = run["samples"][0][0] if run["samples"] else None
    finishing = run.get("finishing") or []
    before = [s for s in run["samples"] if finishing and s[0] <= finishing[0][0]]
    if finishing and before:  # from the last page received before to the last loans worked out
        last, end = before[-1], finishing[-1]
        run["finish"] = {"copies": end[1], "wall": end[0] - last[0], "cpu": end[3] - last[3]}
    return run


def profile_sync(data_dir: str, profile: Path) -> dict[str, Any]:
    started = time.perf_counter()
    process = subprocess.run(
        [
            *(str(BIN / "python"), "-m", "pyinstrument", "--interval", "0.002"),
            *("-r", "text", "-o", str(profile), "-m", "mandrivna", "--data-dir", data_dir),
            "sync",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        "wall": time.perf_counter() - started,
        "cpu": 0.0,
        "peak_mb": 0.0,
        "out": process.stdout,
        "samples": [],
    }


def report(info: dict[str, Any], runs: list[dict[str, Any]]) -> None:
    n = info["changes"]
    wall = [r["wall"] for r in runs]
    print(f"catch-up of {n:,} changes, {len(runs)} runs, median (min–max):")
    print(
        f"  wall {statistics.median(wall):.1f} s ({min(wall):.1f}–{max(wall):.1f}); "
        f"{n / statistics.median(wall):,.0f} records/s"
    )
    for key, label in (("cpu", "laptop CPU"), ("server_cpu", "server CPU")):
        value = statistics.median(r[key] for r in runs)
        print(f"  {label} {value:.1f} s ({n / value:,.0f} records per CPU second)")
    print(f"  laptop peak memory {statistics.median(r['peak_mb'] for r in runs):.0f} MB")
    up, down = runs[0]["up_b"], runs[0]["down_b"]
    print(
        f"  on the wire: up {up / 2**20:.1f} MiB, down {down / 2**20:.1f} MiB "
        f"({down / n:.1f} B/record)"
    )
    print(
        f"  laptop database {runs[0]['db_mb']:.0f} MiB (main file "
        f"{runs[0]['db_file_mb']:.0f} MiB); change log {runs[0]['log_count']['log']:,} rows"
    )
    connections = ", ".join(str(r.get("connections", "?")) for r in runs)
    print(
        "  connections the sync opened (one more each time the server closed an idle one): "
        + connections
    )
    loads = ", ".join(f"{r['load']:.1f}" for r in runs)
    print(f"  load average at the start: {loads}")
    first = statistics.median(r["first_progress_s"] or 0 for r in runs)
    print(
        f"  per kind, from the progress line (first line after {first:.1f} s): records per "
        "second of wall time, and per second of the laptop's CPU"
    )
    for kind, _count in arrival_order(info["counts"]):
        rates = [r["per_kind"][kind] for r in runs if r["per_kind"]]
        cpu = [r["per_kind_cpu"][kind] for r in runs if r.get("per_kind_cpu")]
        if rates:
            print(
                f"    {kind:<14} {info['counts'][kind]:>9,}  {statistics.median(rates):>9,.0f}/s"
                + (f"  {statistics.median(cpu):>9,.0f}/CPU s" if cpu else "")
            )
    finished = [r["finish"] for r in runs if r.get("finish")]
    if finished:
        print(
            f"    then {finished[0]['copies']:,} copies' loans and records' search entries "
            "worked out: "
            f"{statistics.median(f['wall'] for f in finished):.1f} s "
            f"({statistics.median(f['cpu'] for f in finished):.1f} s of CPU)"
        )
    print("  the CLI said:", runs[0]["out"].strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--devices", type=int, default=8)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument(
        "--peers",
        default="",
        help="comma-separated: pouchdb (pouchdb-server pull, PouchDB into PouchDB), kinto",
    )
    parser.add_argument(
        "--ids",
        choices=("random", "time"),
        default="random",
        help="the facts' and events' ids when filling: random UUIDs, or time-ordered (UUIDv7) "
        "as the app makes them since issue #17's ids step",
    )
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--keep-laptop", type=Path, help="copy the caught-up laptop's folder here")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="library-"))
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "filled.json").exists():
        info = json.loads((folder / "filled.json").read_text())
        print(f"reusing {folder}: {info['changes']:,} changes (scale {info['scale']})")
    else:
        print(f"filling {folder} at scale {args.scale} ...")
        info = fill(folder, args.scale, args.devices, args.ids == "time")
        print(
            f"filled: {info['changes']:,} changes pushed in {info['push_s']:.0f} s "
            f"({info['changes'] / info['push_s']:,.0f}/s, server CPU "
            f"{info['push_server_cpu']:.0f} s); snapshot folded in "
            f"{info['snapshot_fold_s']:.0f} s"
        )
    runs = [catch_up(folder, info, keep=args.keep_laptop) for _ in range(args.runs)]
    if runs:
        report(info, runs)
    result: dict[str, Any] = {"info": info, "runs": runs}
    if args.profile:
        result["profile_run"] = catch_up(folder, info, args.profile)
        print(
            f"profile written to {args.profile} "
            f"(sync under pyinstrument: {result['profile_run']['wall']:.1f} s)"
        )
    if args.peers:
        library_peers.ensure_installed()
        docs, count = folder / "documents.jsonl", info["changes"]
        peers = {"pouchdb": library_peers.pouchdb, "kinto": library_peers.kinto}
        for name in args.peers.split(","):
            run = peers[name]
            print(f"{name} ...", flush=True)
            result[name] = run(docs, count)
            print(f"  {name}: {json.dumps(result[name])}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
