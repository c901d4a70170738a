"""How long ``mandrivna demo`` takes and how much it makes, at a few sizes.

For each case (hubs, scale, year): a fresh temporary folder, ``make_demo`` as the command runs
it, then the run time (and the CPU time, which a busy machine inflates less), the changes every
laptop wrote, what the folder's laptop holds (readers, loans, e-loans, events, the change log)
and the database's size. The same generator at a larger ``--scale`` (or more hubs) gives
benchmarks their data.
Run: ``.venv/bin/python bench/demo_bench.py [hubs:scale:year ...]`` (year ``now`` for this year
up to now); the default cases are those in docs/benchmarks.md.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from mandrivna.app import open_services
from mandrivna.demo.generator import DemoOptions, make_demo

CASES = ("3:1:now", "3:1:2024", "8:1:2024", "3:0.05:2024", "3:4:2024")


def run(case: str) -> None:
    hubs, scale, year = case.split(":")
    options = DemoOptions(
        hubs=int(hubs), scale=float(scale), year=None if year == "now" else int(year)
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        cpu = time.process_time()
        summary = make_demo(folder, options)
        cpu = time.process_time() - cpu
        services = open_services(folder)
        try:
            with services.db.read() as conn:
                log = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
        finally:
            services.close()
        size = (folder / "mandrivna.sqlite3").stat().st_size / 2**20
    done = summary.done
    print(
        f"{hubs} hubs, scale {scale}, {summary.period.start}…{summary.period.end}: "
        f"{summary.seconds:.1f} s ({cpu:.1f} s of CPU); "
        f"changes written {sum(summary.changes.values())}, "
        f"in the folder's log {log}, {size:.1f} MiB; readers {summary.readers}, "
        f"loans {done.lends}, e-loans {done.e_loans}, events {done.events}, "
        f"check-ins {done.checkins}, parcels {done.parcels}",
        flush=True,
    )


def main() -> None:
    for case in sys.argv[1:] or CASES:
        run(case)


if __name__ == "__main__":
    main()
