"""Catalogue records and readers through sync: one laptop writes them (not timed) and pushes
them to a real `mandrivna-server serve` (uvicorn, SQLite) on 127.0.0.1; a second laptop pulls
and applies them by replaying every change, a third catches up from a snapshot of the now warm
server (its records folded into the snapshot first, as ``library_bench`` has it). Applying
includes the laptop's tables, change log, clock and search index. Figures go to
docs/benchmarks.md (issue #17's targets: pull ≥ 20k catalogue records/s and ≥ 25k readers/s,
push ≥ 30k catalogue records/s).

Run: ``.venv/bin/python bench/catch_up_bench.py [--records N] [--readers N] [--runs R]
[--only push|replay|snapshot] [--db sqlite|postgresql] [--profile FILE]``. Each run starts from
fresh folders and a fresh server (on ``--db postgresql``: a fresh database of a throwaway cluster,
``tests/pg_cluster.py``, or of ``MANDRIVNA_TEST_PG_URL``); medians over the runs. ``--only``
times one step (and skips the later ones). ``--profile FILE`` writes a pyinstrument profile of
the first run's catalogue pull (replay), and of its snapshot catch-up beside it
(``FILE.snapshot.txt``); the readers' ones to ``FILE.readers.txt`` and
``FILE.readers.snapshot.txt``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from bench.sync_bench import LiveServer
from bench.workers_bench import fresh_database
from mandrivna.core.card_number import device_prefix
from mandrivna.sync.sync_engine import SyncReport, pull_all, push_all
from tests.pg_cluster import postgres_cluster


def rows(entity: str, n: int, prefixes: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    if entity == "reader":
        return data.readers(n, prefixes)
    return data.records(n)


def server_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the server process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def profiled(path: Path | None) -> Iterator[None]:
    """The block under pyinstrument, its profile written to ``path`` (nothing without one)."""
    if path is None:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        path.write_text(profiler.output_text(unicode=True, show_all=False))


class Timed:
    """Wall seconds, this process's CPU seconds and the server's CPU seconds of a block."""

    def __init__(self, server: LiveServer) -> None:
        self.pid = server.process.pid

    def __enter__(self) -> Timed:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        self.server = server_cpu_s(self.pid)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        self.server = server_cpu_s(self.pid) - self.server


STEPS = ("push", "replay", "snapshot")


def one_run(
    entity: str,
    n: int,
    profile: Path | None,
    db_url: str | None = None,
    only: str | None = None,
) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = LiveServer(folder, db_url)
        try:
            laptops = [server.laptop(name) for name in ("a", "b", "c")]
            a, b, c = laptops
            device = a.db.device()
            assert device is not None
            prefixes = [device_prefix(device.device_id), *data.device_prefixes(29, seed=5)]
            data.write_rows(a.db, entity, rows(entity, n, prefixes))
            up = a.transport()
            with Timed(server) as push:
                push_all(a.store, up, SyncReport())
            if only == "push":
                for laptop in laptops:
                    laptop.db.close()
                return {
                    "push_s": push.wall,
                    "push_cpu": push.cpu,
                    "push_server": push.server,
                    "up_b": up.sent_bytes,
                }

            down, report = b.transport(), SyncReport()
            with profiled(profile), Timed(server) as replay:
                pull_all(b.store, down, report, snapshot_from=0)
            assert report.received == n, (report.received, n)
            if only == "replay":
                for laptop in laptops:
                    laptop.db.close()
                return {
                    "replay_s": replay.wall,
                    "replay_cpu": replay.cpu,
                    "replay_server": replay.server,
                    "replay_b": down.received_bytes,
                }

            # a warm server, as a new laptop meets it: the pushed records already folded into
            # the snapshot (a server does it within a minute of the changes going quiet; asked
            # now, the first page would wait for it, 0.2 s of 1.5 s at 20,000 records)
            c.transport().snapshot(None, 1)
            snap, snap_report = c.transport(), SyncReport()
            snapshot_profile = profile.with_suffix(".snapshot.txt") if profile else None
            with profiled(snapshot_profile), Timed(server) as snapshot:
                pull_all(c.store, snap, snap_report, snapshot_from=1, latest=n)
            assert snap_report.received == n, (snap_report.received, n)
            for laptop in laptops:
                laptop.db.close()
            return {
                "push_s": push.wall,
                "push_cpu": push.cpu,
                "push_server": push.server,
                "replay_s": replay.wall,
                "replay_cpu": replay.cpu,
                "replay_server": replay.server,
                "snapshot_s": snapshot.wall,
                "snapshot_cpu": snapshot.cpu,
                "snapshot_server": snapshot.server,
                "up_b": up.sent_bytes,
                "replay_b": down.received_bytes,
                "snapshot_b": snap.received_bytes,
            }
        finally:
            server.stop()


def databases(kind: str, runs: int) -> AbstractContextManager[list[str | None]]:
    """What each run's server stores in: None (a fresh SQLite file in the run's folder)."""
    if kind == "sqlite":
        return nullcontext([None] * runs)
    return postgres_databases(runs)


@contextmanager
def postgres_databases(runs: int) -> Iterator[list[str | None]]:
    """A fresh database on a throwaway PostgreSQL cluster for each run."""
    with postgres_cluster() as cluster:
        if cluster is None:
            sys.exit("No PostgreSQL here: install postgresql or set MANDRIVNA_TEST_PG_URL.")
        with ExitStack() as stack:
            yield [stack.enter_context(fresh_database(cluster)) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--readers", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=STEPS[:2], help="time this step, skip the later ones")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    steps = STEPS[: STEPS.index(args.only) + 1] if args.only else STEPS
    for entity, label, n in (
        ("bib_record", "catalogue records", args.records),
        ("reader", "readers", args.readers),
    ):
        if not n:
            continue
        runs = []
        with databases(args.db, args.runs) as urls:
            for number, url in enumerate(urls):
                wanted = None
                if args.profile and number == 0:
                    wanted = args.profile
                    if entity == "reader":
                        wanted = args.profile.with_name(f"{args.profile.stem}.readers.txt")
                runs.append(one_run(entity, n, wanted, url, args.only))
        print(f"{n:,} {label} ({args.db} server), {args.runs} runs, median (min–max):")
        for key, what, byte_key in (
            ("push", "push", "up_b"),
            ("replay", "pull+apply, replaying", "replay_b"),
            ("snapshot", "pull+apply, snapshot", "snapshot_b"),
        ):
            if key not in steps or (args.only and key != args.only):
                continue
            rates = sorted(n / r[f"{key}_s"] for r in runs)
            laptop = statistics.median(n / r[f"{key}_cpu"] for r in runs)
            server = statistics.median(n / max(r[f"{key}_server"], 0.01) for r in runs)
            print(
                f"  {what:<22} {statistics.median(rates):>7,.0f}/s "
                f"({rates[0]:,.0f}–{rates[-1]:,.0f}); per CPU second: laptop {laptop:,.0f}/s, "
                f"server {server:,.0f}/s; {runs[0][byte_key] / n:.1f} B/record on the wire",
                flush=True,
            )


if __name__ == "__main__":
    main()
