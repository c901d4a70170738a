"""A new laptop catching up on a hub's mixed history from a snapshot: readers, catalogue records,
copies, loans (each lent and returned) and visits in a hub's proportions (1 : 2 : 3 : 5 : 20 per
unit of ``--scale``), written through laptop A's change log (not timed) and pushed to a real
`mandrivna-server serve` (SQLite) on 127.0.0.1; laptop C then catches up from the warm server
(snapshot of the records, then the facts), timed: wall, the laptop's and the server's CPU
seconds, bytes on the wire; the counts in C's tables are checked against what A wrote.

Run: ``.venv/bin/python bench/hub_catch_up_bench.py [--scale N] [--runs R] [--profile FILE]``.
For a paired comparison run it in turn with another checkout's interpreter (its ``mandrivna``
is the one imported; the bench's own helpers come from this folder). Copies, loan events and
visits get the ids that checkout's app makes (``core.ids.new_id`` where it has one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from bench.catch_up_bench import Timed, profiled
from bench.sync_bench import LiveServer
from mandrivna.core.card_number import device_prefix
from mandrivna.store.database import Database
from mandrivna.sync.sync_engine import SyncReport, pull_all, push_all

try:  # the ids the checkout's app makes: time-ordered since issue #17, random before
    from mandrivna.core.ids import new_id
except ImportError:  # an older checkout, timed in turn with this bench

    def new_id() -> str:
        return str(uuid.uuid4())


KINDS = ("reader", "bib_record", "book_copy", "loan_event", "visit")
CHANNELS = ("in_person", "remote", "event")


def fill(db: Database, scale: int, rng: random.Random) -> dict[str, int]:
    device = db.device()
    assert device is not None
    prefixes = [device_prefix(device.device_id), *data.device_prefixes(29, seed=5)]
    data.write_rows(db, "reader", data.readers(scale, prefixes))
    data.write_rows(db, "bib_record", data.records(2 * scale))
    with db.read() as conn:
        readers = [r[0] for r in conn.exec_driver_sql("SELECT id FROM reader")]
        records = [r[0] for r in conn.exec_driver_sql("SELECT id FROM bib_record")]
    copies = [new_id() for _ in range(3 * scale)]
    with db.write() as writer:
        for n, copy_id in enumerate(copies):
            fields = {"record_id": records[n % len(records)], "barcode": f"INV{n:07d}"}
            writer.upsert("book_copy", copy_id, {**fields, "hub": "Хаб", "status": "available"})
    day0 = dt.date(2025, 1, 1)
    for base in range(0, 5 * scale, 5000):
        with db.write() as writer:
            for n in range(base, min(5 * scale, base + 5000)):
                lent = day0 + dt.timedelta(days=n % 300)
                lend_id = new_id()
                lend = {
                    "kind": "lend",
                    "copy_id": copies[n % len(copies)],
                    "reader_id": rng.choice(readers),
                    "loan_id": None,
                    "day": lent.isoformat(),
                    "due_on": (lent + dt.timedelta(days=30)).isoformat(),
                    "hub": "Хаб",
                    "session_id": None,
                    "override_reason": None,
                }
                writer.fact("loan_event", lend_id, lend)
                back = (lent + dt.timedelta(days=14)).isoformat()
                ret = {**lend, "kind": "return", "loan_id": lend_id, "due_on": None, "day": back}
                writer.fact("loan_event", new_id(), ret)
    for base in range(0, 20 * scale, 5000):
        with db.write() as writer:
            for n in range(base, min(20 * scale, base + 5000)):
                day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
                visit = {"day": day, "hub": "Хаб", "channel": rng.choice(CHANNELS), "count": 1}
                writer.fact("visit", new_id(), visit)
    return counts(db)


def counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return {
            kind: int(conn.exec_driver_sql(f"SELECT count(*) FROM {kind}").scalar() or 0)
            for kind in KINDS
        }


def one_run(scale: int, profile: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = LiveServer(folder)
        try:
            a, c = laptops = [server.laptop(name) for name in ("a", "c")]
            written = fill(a.db, scale, random.Random(3))
            push_all(a.store, a.transport(), SyncReport())
            down, report = c.transport(), SyncReport()
            with profiled(profile), Timed(server) as pull:
                pull_all(c.store, down, report, snapshot_from=1, latest=sum(written.values()))
            arrived = counts(c.db)
            assert arrived == written, (arrived, written)
            n = report.snapshot_records + report.pulled
            for laptop in laptops:
                laptop.db.close()
            return {
                "n": n,
                "wall": pull.wall,
                "cpu": pull.cpu,
                "server": pull.server,
                "bytes": down.received_bytes,
            }
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    runs = [one_run(args.scale, args.profile if i == 0 else None) for i in range(args.runs)]
    n = runs[0]["n"]
    wall = statistics.median(r["wall"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    server = statistics.median(r["server"] for r in runs)
    print(
        f"{n:,.0f} records and facts, {args.runs} runs, median: {wall:.2f} s wall "
        f"({n / wall:,.0f}/s), laptop CPU {cpu:.2f} s ({n / cpu:,.0f}/s), server CPU "
        f"{server:.2f} s; {runs[0]['bytes'] / n:.1f} B/record on the wire"
    )


if __name__ == "__main__":
    main()
