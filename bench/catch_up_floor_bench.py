"""What a whole library's catch-up costs the laptop's store alone, without the wire (issue #17):
every fact of a caught-up laptop (``library_bench.py --keep-laptop DIR``) written again into a new
laptop through the catch-up's own path, then the catch-up's end.

The facts are read from the kept laptop in the order they arrived there (its rowids), the fact
tables interleaved as a pull brings them, and written as ``SyncStore.apply_caught_up_rows``
writes held pages (``held_facts.FACTS_AT_ONCE`` a transaction), their lookup indexes left out
first (``SyncStore.defer_fact_indexes``). ``SyncStore.finish_catch_up`` then does the end: the
indexes built, every copy's loans projected (the loan table's own indexes left out meanwhile).
No page is fetched, parsed or checked, and no snapshot record is written: what this measures is
the floor under those phases of ``library_bench.py``, the store's own work, on this machine.

Run: ``.venv/bin/python bench/catch_up_floor_bench.py --laptop DIR [--runs 2]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandrivna.store import collection_pause
from mandrivna.store.database import Database
from mandrivna.store.entities import ENTITIES, Kind
from mandrivna.store.fact_rows import fact_columns
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.held_facts import FACTS_AT_ONCE

READ = 20_000  # rows read from the kept laptop at a time, per table


def fact_tables() -> list[str]:
    return sorted(name for name, spec in ENTITIES.items() if spec.kind is Kind.FACT)


def counts(db: Database) -> dict[str, int]:
    with db.read_driver() as driver:
        return {
            name: int(driver.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
            for name in fact_tables()
        }


def arriving(db: Database, sizes: dict[str, int]) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """The kept laptop's facts, ``READ`` rows of a table at a time, each table's in the order
    they arrived there, the tables interleaved by how far each has come (as a pull mixes them)."""
    with db.read_driver() as driver:
        cursors = {}
        for name, size in sizes.items():
            if size:
                cursor = driver.cursor()
                cursor.execute(f"SELECT {', '.join(fact_columns(name))} FROM {name} ORDER BY rowid")
                cursors[name] = cursor
        done = dict.fromkeys(cursors, 0)
        while cursors:
            name = min(cursors, key=lambda n: done[n] / sizes[n])
            rows = [tuple(row) for row in cursors[name].fetchmany(READ)]
            if not rows:
                cursors.pop(name).close()
                continue
            done[name] += len(rows)
            yield name, rows


def one_run(kept: Database, sizes: dict[str, int]) -> dict[str, float]:
    total = sum(sizes.values())
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "laptop")
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        store = SyncStore(db)
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            with collection_pause.held_off():  # as the catch-up holds it while facts arrive
                store.defer_fact_indexes(total)
                held: dict[str, list[tuple[Any, ...]]] = {}
                count = 0
                for name, rows in arriving(kept, sizes):
                    held.setdefault(name, []).extend(rows)
                    count += len(rows)
                    if count >= FACTS_AT_ONCE:
                        store.apply_caught_up_rows(held, [], 0, "", None)
                        held, count = {}, 0
                if held:
                    store.apply_caught_up_rows(held, [], 0, "", None)
            facts_wall, facts_cpu = time.perf_counter() - wall, time.process_time() - cpu
            wall, cpu = time.perf_counter(), time.process_time()
            store.finish_catch_up()
            end_wall, end_cpu = time.perf_counter() - wall, time.process_time() - cpu
            with db.read_driver() as driver:
                loans = int(driver.execute("SELECT count(*) FROM loan").fetchone()[0])
                written = sum(
                    int(driver.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
                    for name in sizes
                )
        finally:
            db.close()
    assert written == total, (written, total)
    return {
        "facts_wall": facts_wall,
        "facts_cpu": facts_cpu,
        "end_wall": end_wall,
        "end_cpu": end_cpu,
        "loans": loans,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptop", type=Path, required=True, help="a caught-up laptop's folder")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    kept = Database.open(args.laptop)
    try:
        sizes = counts(kept)
        total = sum(sizes.values())
        print(f"{total:,} facts: " + ", ".join(f"{n} {c:,}" for n, c in sizes.items() if c))
        runs = []
        for number in range(args.runs):
            run = one_run(kept, sizes)
            runs.append(run)
            print(
                f"run {number + 1}: facts written {run['facts_wall']:.1f} s "
                f"({run['facts_cpu']:.1f} s of CPU, {run['facts_cpu'] / total * 1e6:.2f} µs a "
                f"fact), the end (indexes built, {run['loans']:,.0f} loans projected) "
                f"{run['end_wall']:.1f} s ({run['end_cpu']:.1f} s of CPU)",
                flush=True,
            )
    finally:
        kept.close()
    if len(runs) > 1:
        facts = statistics.median(r["facts_wall"] for r in runs)
        end = statistics.median(r["end_wall"] for r in runs)
        print(f"median: facts {facts:.1f} s, the end {end:.1f} s, together {facts + end:.1f} s")


if __name__ == "__main__":
    main()
