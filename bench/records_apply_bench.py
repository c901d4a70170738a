"""Readers and catalogue records received by a new laptop, in one process without the network
(issue #17): ``--records`` of ``--kind`` (``bench/readers_catalogue_data``) from another laptop
applied as pulled pages (``replica.store_and_apply``, 5,000 a transaction, as
``SyncStore.apply_pulled`` does) into one new encrypted database, search index and report marks
included; records per CPU second, the median of ``--runs``. ``--snapshot``: applied as a
catch-up's snapshot pages bring them (``replica.apply_states``, each record's one stamp, as
``SyncStore.apply_snapshot_records`` does). Run it in turn with another
checkout's code (``PYTHONPATH=<checkout>/src:<checkout>``) for a paired comparison.

Run: ``.venv/bin/python bench/records_apply_bench.py --kind reader --records 20000 --runs 3
[--snapshot]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from mandrivna.core.change import Change, Op
from mandrivna.store.database import Database
from mandrivna.store.replica import apply_states, store_and_apply

PAGE = 5_000


def one_run(kind: str, n: int, snapshot: bool = False) -> float:
    """Records of ``kind`` per CPU second of applying ``n`` of them."""
    rows = (
        list(data.records(n))
        if kind == "bib_record"
        else list(data.readers(n, data.device_prefixes(30, seed=5)))
    )
    device = str(uuid.uuid4())
    changes = [
        Change(device, i + 1, 10**15 + i, kind, record_id, Op.UPSERT, fields, 0)
        for i, (record_id, fields) in enumerate(rows)
    ]
    # a snapshot page's states (in key order, as a server sends them), made before the clock
    states = sorted(
        (c.entity, c.entity_id, c.fields, [c.hlc, c.device_id, c.seen]) for c in changes
    )
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "laptop")
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        try:
            start = time.process_time()
            for first in range(0, n, PAGE):
                with db.transaction(durable=False) as conn:
                    if snapshot:
                        apply_states(conn, states[first : first + PAGE], 0, catching_up=True)
                    else:
                        store_and_apply(conn, changes[first : first + PAGE], 0)
            return n / (time.process_time() - start)
        finally:
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=("reader", "bib_record"), default="reader")
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--snapshot", action="store_true", help="as snapshot pages bring them")
    args = parser.parse_args()
    rates = [one_run(args.kind, args.records, args.snapshot) for _ in range(args.runs)]
    load = os.getloadavg()[0]
    print(
        f"{args.records:,} {args.kind}{' (snapshot)' if args.snapshot else ''}: "
        f"{statistics.median(rates):,.0f} per CPU s median "
        f"({', '.join(f'{r:,.0f}' for r in rates)}), load average {load:.1f}"
    )


if __name__ == "__main__":
    main()
