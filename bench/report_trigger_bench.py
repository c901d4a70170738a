"""What the report cache's triggers cost a page of received facts, and what ``report_marks``
saves (issue #17): 50,000 visits upserted in pages of 5,000 (``bulk_sql.merge_facts``'s
statement, the driver's ``executemany``) into a new laptop database, with its triggers as
migration 0014 made them, with the insert trigger's body behind a ``WHEN`` that never holds,
without the insert trigger, and without the insert and update triggers; then through
``merge_facts`` itself with the per-row triggers (``BULK_ROWS`` out of reach) and with the
page's days marked once. CPU microseconds per visit, medians of ``--runs``.

Run: ``.venv/bin/python bench/report_trigger_bench.py --runs 3``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from unittest.mock import patch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandrivna.store import bulk_sql, report_marks, tables
from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME, Database

N, PAGE = 50_000, 5_000
COLUMNS = ("id", "device_id", "hlc", "channel", "count", "day", "hub", "reader_id", "source")
UPSERT = (
    f"INSERT OR IGNORE INTO visit ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * 9)}) "
    "ON CONFLICT(id) DO UPDATE SET channel = excluded.channel, count = excluded.count "
    "WHERE (excluded.hlc, excluded.device_id) < (visit.hlc, visit.device_id)"
)


def rows(seed: int) -> list[tuple]:
    rng = random.Random(seed)
    return [
        (str(uuid.UUID(int=rng.getrandbits(128))), "dev", i, "remote", 1,
         f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}", "Хаб", None, "tally")
        for i in range(N)
    ]  # fmt: skip


def raw(variant: str, seed: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        Database.open(Path(tmp)).close()
        conn = connect(Path(tmp) / DB_FILENAME, None)
        conn.isolation_level = None
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "secure_delete=ON"):
            conn.execute(f"PRAGMA {pragma}")
        insert, update = report_marks.trigger_names("visit")
        if variant == "when_never":
            sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (insert,))
            text = sql.fetchone()[0]
            conn.execute(f"DROP TRIGGER {insert}")
            conn.execute(text.replace("AFTER INSERT ON visit", "AFTER INSERT ON visit WHEN 0"))
        for name in {"no_insert": [insert], "no_insert_update": [insert, update]}.get(variant, []):
            conn.execute(f"DROP TRIGGER {name}")
        data = rows(seed)
        start = time.process_time()
        for first in range(0, N, PAGE):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(UPSERT, data[first : first + PAGE])
            conn.execute("COMMIT")
        spent = time.process_time() - start
        conn.close()
    return spent


def merged(bulk_rows: int, seed: int) -> float:
    data = rows(seed)
    with tempfile.TemporaryDirectory() as tmp, patch.object(report_marks, "BULK_ROWS", bulk_rows):
        db = Database.open(Path(tmp))
        start = time.process_time()
        for first in range(0, N, PAGE):
            with db.transaction(durable=False) as conn:
                bulk_sql.merge_facts(conn, tables.visit, COLUMNS, data[first : first + PAGE])
        spent = time.process_time() - start
        db.close()
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cases = {
        "triggers as made (upsert)": lambda s: raw("as_made", s),
        "insert trigger WHEN 0": lambda s: raw("when_never", s),
        "no insert trigger": lambda s: raw("no_insert", s),
        "no insert, no update trigger": lambda s: raw("no_insert_update", s),
        "merge_facts, per-row triggers": lambda s: merged(10**9, s),
        "merge_facts, days marked per page": lambda s: merged(report_marks.BULK_ROWS, s),
    }
    spent: dict[str, list[float]] = {name: [] for name in cases}
    load = os.getloadavg()[0]
    for seed in range(args.runs):
        for name, case in cases.items():
            spent[name].append(case(seed))
    for name, times in spent.items():
        print(f"{name:<36} {statistics.median(times) * 1e6 / N:6.2f} µs a visit")
    print(f"load average at the start {load:.1f}, {args.runs} runs")


if __name__ == "__main__":
    main()
