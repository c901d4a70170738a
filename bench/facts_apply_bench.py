"""Facts received by a new laptop, in one process without the network (issue #17): ``--visits``
visits from another laptop applied as pulled pages (``replica.store_and_apply``, 5,000 a
transaction, as ``SyncStore.apply_pulled`` does) into one new database; visits per CPU second
over all and over the last 50,000 (where the B-trees are deepest). ``--ids random`` gives the
visits random UUIDs (as every laptop made them before), ``--ids time`` time-ordered ones
(``core.ids``, UUIDv7, a visit every 30 s). Run it in turn with another checkout's interpreter
(``PYTHONPATH=<checkout>/src``) for a paired comparison; ``--ids time`` needs this checkout.

Run: ``.venv/bin/python bench/facts_apply_bench.py --visits 400000 --ids time --runs 2``.
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mandrivna.core.change import Change, Op
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply

PAGE = 5_000
TAIL = 50_000


def ids(n: int, kind: str, rng: random.Random) -> list[str]:
    if kind == "random":
        return [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(n)]
    from mandrivna.core.ids import time_ordered_id

    start = 1_780_000_000_000
    return [time_ordered_id(start + i * 30_000, rng.getrandbits(80)) for i in range(n)]


def one_run(n: int, kind: str, seed: int) -> tuple[float, float]:
    """(visits per CPU second over all, over the last ``TAIL``)."""
    rng = random.Random(seed)
    device = str(uuid.UUID(int=rng.getrandbits(128)))
    changes = [
        Change(
            device,
            i + 1,
            10**15 + i,
            "visit",
            visit_id,
            Op.FACT,
            {
                "day": f"2026-{1 + i * 11 // n:02d}-{1 + i % 28:02d}",
                "hub": "Хаб Дніпро",
                "channel": rng.choice(["stationary", "remote"]),
                "count": 1,
            },
            0,
        )
        for i, visit_id in enumerate(ids(n, kind, rng))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "data")
        db.set_device(hub_name="Хаб Київ", librarian_name="Олена")
        try:
            start = time.process_time()
            tail = start
            for first in range(0, n, PAGE):
                if first == max(0, n - TAIL):
                    tail = time.process_time()
                with db.transaction(durable=False) as conn:
                    store_and_apply(conn, changes[first : first + PAGE], 0)
            end = time.process_time()
        finally:
            db.close()
    return n / (end - start), min(n, TAIL) / (end - tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=400_000)
    parser.add_argument("--ids", choices=("random", "time"), default="random")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    runs = [one_run(args.visits, args.ids, seed) for seed in range(args.runs)]
    overall = statistics.median(r[0] for r in runs)
    tail = statistics.median(r[1] for r in runs)
    print(
        f"{args.visits:,} visits, {args.ids} ids, {args.runs} runs: {overall:,.0f} visits per CPU "
        f"second over all, {tail:,.0f} over the last {TAIL:,}; load average {load:.1f}"
    )


if __name__ == "__main__":
    main()
