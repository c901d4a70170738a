"""What the report triggers and the fact tables' indexes cost when facts arrive in bulk, as a new
laptop's catch-up inserts them (``bulk_sql.merge_facts``: one ``executemany`` of every fact of a
page), on a copy of a laptop's database after a catch-up (``library_bench.py --keep-laptop``).

For each fact table (visits, loan events): the table's rows are inserted again under new ids
with ``executemany`` in transactions of 5,000 (a pulled page), three ways on fresh copies of
the database: as the app has it; without the report-cache triggers (``report_stale_*``);
without them and without the table's secondary indexes. CPU seconds of this process (SQLite
runs in it; the machine's load does not count), medians of ``--runs``; standard library sqlite3
(the database is not encrypted), nothing of the app imported.

Run: ``.venv/bin/python bench/library_layers.py LAPTOP_DIR [--rows N] [--runs R]``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

PAGE = 5000


def timed_insert(path: Path, table: str, rows: int, drop: str) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    if drop in ("triggers", "triggers+indexes"):
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'report_stale_%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
    if drop == "triggers+indexes":
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL",
            (table,),
        ).fetchall():
            conn.execute(f"DROP INDEX {name}")
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    data = conn.execute(f"SELECT {', '.join(columns)} FROM {table} LIMIT ?", (rows,)).fetchall()
    at = columns.index("id")
    fresh = [(*r[:at], str(uuid.uuid4()), *r[at + 1 :]) for r in data]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    start = time.process_time()
    for base in range(0, len(fresh), PAGE):
        conn.execute("BEGIN")
        conn.executemany(sql, fresh[base : base + PAGE])
        conn.execute("COMMIT")
    took = time.process_time() - start
    conn.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("laptop", type=Path)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source = args.laptop / "mandrivna.sqlite3"
    for table in ("visit", "loan_event"):
        results: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for drop in ("none", "triggers", "triggers+indexes"):
                with tempfile.TemporaryDirectory() as tmp:
                    copy = Path(tmp) / "copy.sqlite3"
                    shutil.copyfile(source, copy)
                    results.setdefault(drop, []).append(timed_insert(copy, table, args.rows, drop))
        base = statistics.median(results["none"])
        print(f"{table}: {args.rows:,} rows inserted again, {args.runs} runs, median")
        for drop, times in results.items():
            took = statistics.median(times)
            print(
                f"  {'as the app has it' if drop == 'none' else 'without ' + drop:<28} "
                f"{took:6.2f} CPU s  {args.rows / took:>9,.0f} rows per CPU s  ({took / base:.2f})"
            )


if __name__ == "__main__":
    main()
