"""The laptop's side of a catch-up's facts, step by step, in one process without the network
(issue #17): one kind of fact of a whole library (``library_data``, ``--scale``, time-ordered
ids) made into pull pages as the server sends them (gzip JSON, 5,000 changes a page), then for
each page what ``sync_engine.catch_up_by_snapshot`` does with it, timed apart: gunzip and parse
(``wire.decode_json``), the page checked (``pull_page.plain_pull_page``), its facts made rows
(``HeldFacts.add``), and every ``held_facts.FACTS_AT_ONCE`` of them written
(``SyncStore.apply_caught_up_rows``) into a new encrypted laptop whose fact indexes are left
out as a catch-up leaves them. Microseconds of CPU a fact per step, the median of ``--runs``.
What it leaves out: HTTP, the threads the pages are read on, and the catch-up's end. For a paired
comparison run it in turn with another checkout's code (``PYTHONPATH=<checkout>/src:<checkout>``).

Run: ``.venv/bin/python bench/pulled_pages_bench.py --kind visit --scale 0.5 --runs 3``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.library_data import KINDS, Library
from mandrivna.core import json_text
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.held_facts import HeldFacts
from mandrivna.sync.pull_page import plain_pull_page
from mandrivna.wire import decode_json

PAGE = 5_000
FACTS = ("loan_event", "event_checkin", "visit")
STEPS = ("gunzip and parse", "page checked", "rows made", "written")


def pages(kind: str, scale: float) -> tuple[list[bytes], int]:
    """The pull pages of ``kind``'s facts (the kinds before it generated first: facts name
    readers, copies and events), and how many facts they hold."""
    library = Library(scale, time_ids=True)
    for before in KINDS[: KINDS.index(kind)]:
        for _ in library.phase(before):
            pass
    changes = list(library.phase(kind))
    devices = sorted({c.device_id for c in changes})
    at = {device: i for i, device in enumerate(devices)}
    bodies = []
    for start in range(0, len(changes), PAGE):
        page = [
            [at[c.device_id], c.seq, c.hlc, c.entity, c.entity_id, c.op.value, c.fields, c.seen]
            for c in changes[start : start + PAGE]
        ]
        data = {
            "devices": devices,
            "changes": page,
            "cursor": start + len(page),
            "more": True,
            "chain": "bench",
        }
        bodies.append(gzip.compress(json_text.dumps_bytes(data), 6))
    return bodies, len(changes)


def one_run(bodies: list[bytes], count: int) -> dict[str, float]:
    """CPU microseconds a fact per step."""
    spent = dict.fromkeys(STEPS, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "laptop")
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        try:
            store = SyncStore(db)
            store.defer_fact_indexes(count)
            held = HeldFacts(store.fact_shapes())

            def write() -> None:
                started = time.process_time()
                rows, rest, last = held.take()
                if last is not None:
                    store.apply_caught_up_rows(rows, rest, last.cursor, last.chain, None)
                spent["written"] += time.process_time() - started

            for body in bodies:
                t0 = time.process_time()
                data = decode_json(body)
                t1 = time.process_time()
                page = plain_pull_page(data)
                t2 = time.process_time()
                assert page is not None, "the bench's page is not plain"
                held.add(page)
                t3 = time.process_time()
                spent["gunzip and parse"] += t1 - t0
                spent["page checked"] += t2 - t1
                spent["rows made"] += t3 - t2
                if held.full:
                    write()
            write()
        finally:
            db.close()
    return {step: seconds / count * 1e6 for step, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=FACTS, default="visit")
    parser.add_argument("--scale", type=float, default=0.5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    bodies, count = pages(args.kind, args.scale)
    runs = [one_run(bodies, count) for _ in range(args.runs)]
    medians = {step: statistics.median(run[step] for run in runs) for step in STEPS}
    total = statistics.median(sum(run.values()) for run in runs)
    wire = sum(map(len, bodies)) / count
    print(
        f"{count:,} {args.kind} ({wire:.1f} B each on the wire), {args.runs} runs, median µs of "
        f"CPU a fact: "
        + ", ".join(f"{step} {us:.2f}" for step, us in medians.items())
        + f"; all {total:.2f} ({1e6 / total:,.0f} a CPU second), "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
