"""What keeping the search index exact costs when changes arrive by sync: FTS5 ``secure-delete``
(erased terms leave the index itself) and copies whose state follows their loans.

Per run, on a fresh database: 10,000 readers registered (names from the sync benchmark's mix),
then 10,000 phone edits and 10,000 notes edits of them; 2,500 records with 5,000 copies, then
5,000 lend events and 5,000 copy status edits; all applied as pulled pages of 1,000 changes
through ``store_and_apply``. Once with ``secure-delete`` as shipped, once with it off on the same
workload. Medians of the runs. Run: ``.venv/bin/python bench/search_index_bench.py [runs]``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sync_workload import NAMES, SURNAMES
from mandrivna.core.change import Change, Op
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply

READERS = 10_000
RECORDS = 2_500
PAGE = 1_000
DEVICE = "00000000-0000-4000-8000-00000000beef"


class Log:
    """Changes of one remote device, numbered and stamped in order."""

    def __init__(self) -> None:
        self.seq = 0

    def change(self, entity: str, entity_id: str, op: Op, fields: dict, seen: int = 0) -> Change:
        self.seq += 1
        return Change(DEVICE, self.seq, 10**15 + self.seq, entity, entity_id, op, fields, seen)


def workload(seed: int = 11) -> dict[str, list[Change]]:
    rnd, log = random.Random(seed), Log()
    readers = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in range(READERS)]
    records = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in range(RECORDS)]
    copies = [(str(uuid.UUID(int=rnd.getrandbits(128))), r) for r in records for _ in range(2)]
    steps: dict[str, list[Change]] = {}
    steps["10,000 readers registered"] = [
        log.change(
            "reader",
            reader_id,
            Op.UPSERT,
            {
                "surname": rnd.choice(SURNAMES),
                "given_name": rnd.choice(NAMES),
                "phone": f"+38050{rnd.randint(1000000, 9999999)}",
                "card_number": f"BENCH-{n:05d}",
            },
        )
        for n, reader_id in enumerate(readers)
    ]
    steps["10,000 phone edits"] = [
        log.change("reader", r, Op.UPSERT, {"phone": f"+38067{rnd.randint(1000000, 9999999)}"})
        for r in readers
    ]
    steps["10,000 notes edits"] = [
        log.change("reader", r, Op.UPSERT, {"notes": f"Примітка {n}"})
        for n, r in enumerate(readers)
    ]
    steps["catalogue: 2,500 records, 5,000 copies"] = [
        log.change("bib_record", r, Op.UPSERT, {"title": f"Книга {n}"})
        for n, r in enumerate(records)
    ] + [
        log.change(
            "book_copy", c, Op.UPSERT, {"record_id": r, "barcode": f"B{n}", "status": "available"}
        )
        for n, (c, r) in enumerate(copies)
    ]
    steps["5,000 lend events"] = [
        log.change(
            "loan_event",
            str(uuid.UUID(int=rnd.getrandbits(128))),
            Op.FACT,
            {"kind": "lend", "copy_id": c, "reader_id": rnd.choice(readers), "day": "2026-11-25"},
        )
        for c, _ in copies
    ]
    steps["5,000 copy status edits"] = [
        log.change("book_copy", c, Op.UPSERT, {"status": "lost"}) for c, _ in copies
    ]
    return steps


def run(secure_delete: bool, steps: dict[str, list[Change]]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        if not secure_delete:
            with db.transaction() as conn:
                for table in ("reader_fts", "record_fts"):
                    conn.exec_driver_sql(
                        f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 0)"
                    )
        seconds = {}
        for name, changes in steps.items():
            start = time.perf_counter()
            for first in range(0, len(changes), PAGE):
                with db.transaction(durable=False) as conn:
                    store_and_apply(conn, changes[first : first + PAGE], 0)
            seconds[name] = time.perf_counter() - start
        db.close()
    return seconds


def main(runs: int) -> None:
    steps = workload()
    results: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for _ in range(runs):
        for secure in (True, False):
            results[secure].append(run(secure, steps))
    print(f"| applied as pulled pages of {PAGE} | secure-delete (shipped) | without |")
    print("|---|---|---|")
    for name in steps:
        on = statistics.median(r[name] for r in results[True])
        off = statistics.median(r[name] for r in results[False])
        print(f"| {name} | {on:.2f} s | {off:.2f} s |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
