"""What each check of the database file at open costs, and the Readers page's count of readers
with and without its index (migration 0015), on a data folder: medians of wall and CPU time.

Read-only: every check runs on a read-only connection, as ``store.file_check`` opens it. Use a
folder the app has opened since migration 0015 (e.g. the one ``bench/startup_bench.py --folder``
keeps). Run: ``.venv/bin/python bench/open_checks_bench.py --folder DIR [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandrivna.store.connection import is_plain_sqlite, open_raw_readonly
from mandrivna.store.database import DB_FILENAME

COUNT = "SELECT count(*) FROM reader WHERE reader.deleted IS 0"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = args.folder / DB_FILENAME

    def on_connection(*sql: str) -> Callable[[], None]:
        def run() -> None:
            with closing(open_raw_readonly(path)) as conn:
                for statement in sql:
                    conn.execute(statement).fetchall()

        return run

    checks = {
        "first bytes (plain SQLite header)": lambda: is_plain_sqlite(path),
        "schema read and revision": on_connection(
            "SELECT name FROM sqlite_master", "SELECT version_num FROM alembic_version"
        ),
        "PRAGMA quick_check(1)": on_connection("PRAGMA quick_check(1)"),
        "PRAGMA quick_check": on_connection("PRAGMA quick_check"),
        "readers count, table scan": on_connection(
            COUNT.replace("reader WHERE", "reader NOT INDEXED WHERE")
        ),
        "readers count, ix_reader_live": on_connection(COUNT),
    }
    print(f"{path} ({path.stat().st_size / 1e6:.0f} MB); load average {os.getloadavg()[0]:.1f}")
    for name, check in checks.items():
        walls, cpus = [], []
        for _ in range(args.runs):
            wall, cpu = time.perf_counter(), time.process_time()
            check()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        print(
            f"{name:<36} wall {statistics.median(walls) * 1000:8.1f} ms, "
            f"CPU {statistics.median(cpus) * 1000:8.1f} ms"
        )


if __name__ == "__main__":
    main()
