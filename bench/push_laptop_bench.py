"""The laptop's side of a push, in process and without a server: a laptop's log of N catalogue
records (written once, not timed) made into the bodies of the pushes that carry them, as
``sync_engine.push_all`` makes them: read the outbox, cut each batch at the byte cap, make the
gzip JSON body. Prints µs of CPU per record and bytes per record (issue #17: push ≥ 30k catalogue
records/s; docs/benchmarks.md).

Run: ``PYTHONPATH=$SIDE/src:$SIDE .venv/bin/python bench/push_laptop_bench.py [--records N]
[--runs R] [--folder DIR] [--levels]``. Both sides' code: the body from the stored JSON
(``SyncStore.outbox_to_send``, ``wire.push_body``) where the checkout has it, otherwise from
decoded changes (``outbox``, ``push_count``, ``to_pushed``, ``encode``). ``--levels`` also
times gzip at each level on the same bodies (bytes against CPU). ``--folder`` keeps the filled
laptop for the next run.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from mandrivna import wire
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore


def body_maker(store: SyncStore, origin: str, batch: int) -> Callable[[int], tuple[int, bytes]]:
    """A function making the push after sequence ``after``: (its last sequence, its body)."""
    if hasattr(store, "outbox_to_send"):

        def made(after: int) -> tuple[int, bytes]:
            changes = store.outbox_to_send(origin, after, batch)
            changes = changes[: wire.sendable_count(changes)]
            return changes[-1][0], wire.push_body(origin, changes)

        return made

    def made_before(after: int) -> tuple[int, bytes]:
        changes = store.outbox(origin, after, batch)
        changes = changes[: wire.push_count(changes)]
        rows = [wire.to_pushed(c) for c in changes]
        body = {"origin": origin, "first_seq": changes[0].seq, "changes": rows}
        return changes[-1].seq, wire.encode(body)

    return made_before


def filled(folder: Path, n: int) -> Database:
    marker = folder / f"filled-{n}"
    db = Database.open(folder)
    if not marker.exists():
        db.set_device(hub_name="Хаб", librarian_name="Олена")
        data.write_rows(db, "bib_record", data.records(n))
        marker.write_text("yes")
    return db


def bodies(store: SyncStore, n: int) -> tuple[float, list[bytes]]:
    """CPU seconds to make every push's body, and the bodies."""
    origin = next(iter(store.own_origins()))
    make = body_maker(store, origin, wire.MAX_BATCH)
    out, after = [], 0
    start = time.process_time()
    while after < n:
        after, body = make(after)
        out.append(body)
    return time.process_time() - start, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--levels", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = filled(folder, args.records)
        try:
            store = SyncStore(db)
            runs = [bodies(store, args.records) for _ in range(args.runs)]
        finally:
            db.close()
    n = args.records
    cpu = sorted(spent for spent, _ in runs)
    sent = runs[0][1]
    print(
        f"{n:,} catalogue records, {len(sent)} pushes, {args.runs} runs: bodies made in "
        f"{statistics.median(cpu) * 1e6 / n:.2f} µs of CPU per record (median; "
        f"{cpu[0] * 1e6 / n:.2f}–{cpu[-1] * 1e6 / n:.2f}), "
        f"{n / statistics.median(cpu):,.0f} records per CPU second; "
        f"{sum(map(len, sent)) / n:.1f} B/record on the wire"
    )
    if args.levels:
        plain = [gzip.decompress(body) for body in sent]
        for level in range(1, 10):
            spent = []
            for _ in range(args.runs):
                start = time.process_time()
                packed = [gzip.compress(body, compresslevel=level) for body in plain]
                spent.append(time.process_time() - start)
            print(
                f"  gzip level {level}: {statistics.median(spent) * 1e6 / n:.2f} µs per record, "
                f"{sum(map(len, packed)) / n:.1f} B/record"
            )


if __name__ == "__main__":
    main()
