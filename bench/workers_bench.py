"""The 200-device load (``sync_bench.many_devices``: every device pushes 20 changes and pulls what
the other 199 pushed, all at once) against ``mandrivna-server serve --workers N`` on PostgreSQL,
for N = 1, 2 and 4, each on a fresh database of a throwaway cluster (``tests/pg_cluster.py``, or
``MANDRIVNA_TEST_PG_URL``), after one process on a fresh SQLite file for comparison. Medians of
the runs' p50 and p99; figures go to docs/benchmarks.md.

Run: ``.venv/bin/python bench/workers_bench.py [--devices 200] [--runs 3] [--workers 1 2 4]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sync_bench import many_devices
from tests.pg_cluster import postgres_cluster


@contextmanager
def fresh_database(cluster: str) -> Iterator[str]:
    name = "bench_" + uuid.uuid4().hex[:12]
    admin = create_engine(cluster, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield f"{cluster.rsplit('/', 1)[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument(
        "--no-sqlite", action="store_true", help="skip the one-process SQLite run for comparison"
    )
    args = parser.parse_args()
    with postgres_cluster() as cluster:
        if cluster is None:
            sys.exit("No PostgreSQL here: install postgresql or set MANDRIVNA_TEST_PG_URL.")
        print(f"{args.devices} devices at once, {args.runs} runs (medians):")
        if not args.no_sqlite:
            runs = [many_devices(args.devices, 20) for _ in range(args.runs)]
            report("SQLite, 1 process", runs)
        for workers in args.workers:
            runs = []
            for _ in range(args.runs):
                with fresh_database(cluster) as url:
                    runs.append(many_devices(args.devices, 20, url, workers))
            report(f"PostgreSQL, {workers} worker(s)", runs)


def report(label: str, runs: list[dict[str, float]]) -> None:
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(
        f"  {label}: errors {sum(r['errors'] for r in runs):.0f}; "
        f"push p50 {med['push_p50']:,.0f} ms, p99 {med['push_p99']:,.0f} ms; "
        f"pull page p50 {med['pull_p50']:,.0f} ms, p99 {med['pull_p99']:,.0f} ms; "
        f"all done in {med['elapsed']:.1f} s, {med['served']:,.0f} changes/s served",
        flush=True,
    )


if __name__ == "__main__":
    main()
