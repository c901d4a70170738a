"""Facts of a whole library applied by a new laptop, in one process without the network (issue
#17): the library's readers, records and copies (``library_data``, scale ``--scale``, ids
time-ordered as the app makes them) applied first, then one kind of fact (``--kind``: loan
events, with their loans computed, or visits) timed as pulled pages of 5,000
(``replica.store_and_apply``, as ``SyncStore.apply_pulled`` does; with ``--caught-up`` as a
catch-up after a snapshot applies them: ``caught_up_facts.apply`` a page, then the loans of the
copies named worked out once, ``SyncStore.finish_catch_up``, inside the time). Facts per CPU
second of this process (SQLite runs in it; the machine's load counts less), median of
``--runs``, each on a new database. For a paired comparison run it in turn with another
checkout's code first on the path (``PYTHONPATH=<checkout>/src``).

Run: ``.venv/bin/python bench/pulled_facts_bench.py --kind loan_event --scale 0.1 --runs 3``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.library_data import Library
from mandrivna.core.change import Change
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply
from mandrivna.store.sync_store import SyncStore

PAGE = 5_000
BEFORE = {
    "loan_event": ("reader", "bib_record", "book_copy"),
    "visit": ("reader", "bib_record", "book_copy", "library_event", "loan_event", "event_checkin"),
}


def apply(db: Database, changes: list[Change]) -> None:
    for start in range(0, len(changes), PAGE):
        with db.transaction(durable=False) as conn:
            store_and_apply(conn, changes[start : start + PAGE], 0)


def apply_caught_up(db: Database, changes: list[Change]) -> None:
    from mandrivna.store import caught_up_facts  # not in a checkout before it

    for start in range(0, len(changes), PAGE):
        with db.transaction(durable=False) as conn:
            caught_up_facts.apply(conn, changes[start : start + PAGE], 0)
    SyncStore(db).finish_catch_up()


def one_run(kind: str, scale: float, caught_up: bool = False) -> tuple[int, float]:
    library = Library(scale, time_ids=True)
    before = {phase: list(library.phase(phase)) for phase in BEFORE[kind]}
    facts = list(library.phase(kind))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "laptop")
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        try:
            if kind == "loan_event":  # the copies the events name, as a catch-up has them
                for phase in BEFORE[kind]:
                    apply(db, before[phase])
            started = time.process_time()
            (apply_caught_up if caught_up else apply)(db, facts)
            return len(facts), time.process_time() - started
        finally:
            db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=sorted(BEFORE), default="loan_event")
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--caught-up", action="store_true", help="as a catch-up applies them (no log copy)"
    )
    args = parser.parse_args()
    rates = []
    for _ in range(args.runs):
        count, cpu = one_run(args.kind, args.scale, args.caught_up)
        rates.append(count / cpu)
        print(f"  {count:,} {args.kind}: {cpu:.2f} s CPU, {count / cpu:,.0f} per CPU second")
    load = os.getloadavg()[0]
    how = " caught up" if args.caught_up else ""
    median = statistics.median(rates)
    print(f"{args.kind}{how}: median {median:,.0f} per CPU second (load {load:.1f})")


if __name__ == "__main__":
    main()
