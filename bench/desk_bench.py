"""The lending desk at library scale: 100,000 readers, 300,000 copies (100,000 records) and
1,000,000 past loans (each lent and returned: 2,000,000 loan events), then the desk's own work
timed at the service level, as the desk page runs it on its background runner.

Everything is written through the app's change log: readers, records and copies by the
ChangeWriter in big transactions, and the past loans as changes received from another laptop
(``store_and_apply``, the sync path), which also builds the loan projection.

Timed (medians and p95 over many scans): scan a card → the reader with their loans; scan a
copy → recorded loan (lend); scan a lent copy → recorded return; renew one. Target: scan to
recorded loan p95 < 30 ms.

Run: ``.venv/bin/python bench/desk_bench.py [--small] [--folder DIR] [--seed N] [--rounds N]``
(``--small``: a tenth, for a quick look; ``--folder``: fill DIR once and time the desk on it again
in later runs, each run with another ``--seed`` so that its scans are mostly new loans).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import pack
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply

BATCH = 20_000


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def fill(db: Database, readers: int, records: int, copies_per: int, loans: int) -> dict[str, float]:
    rng = random.Random(7)
    rates = {}
    start = time.perf_counter()
    reader_ids = [str(uuid.uuid4()) for _ in range(readers)]
    for base in range(0, readers, BATCH):
        with db.write() as writer:
            for n in range(base, min(readers, base + BATCH)):
                writer.upsert(
                    "reader",
                    reader_ids[n],
                    {
                        "card_number": f"BENCH-{n:06d}",
                        "surname": rng.choice(["Петренко", "Коваль", "Гнатюк", "Мельник"]) + str(n),
                        "given_name": "Олена",
                        "registration_years": [2025],
                    },
                )
    rates["readers/s"] = readers / (time.perf_counter() - start)
    start = time.perf_counter()
    copy_ids: list[str] = []
    for base in range(0, records, BATCH // copies_per):
        with db.write() as writer:
            for n in range(base, min(records, base + BATCH // copies_per)):
                record_id = str(uuid.uuid4())
                writer.upsert(
                    "bib_record", record_id, {"title": f"Книга {n}", "material_type": "book"}
                )
                for c in range(copies_per):
                    copy_id = str(uuid.uuid4())
                    copy_ids.append(copy_id)
                    writer.upsert(
                        "book_copy",
                        copy_id,
                        {
                            "record_id": record_id,
                            "barcode": f"INV{n:06d}{c}",
                            "hub": "Хаб Дніпро",
                            "status": "available",
                        },
                    )
    rates["copies/s"] = len(copy_ids) / (time.perf_counter() - start)
    start = time.perf_counter()
    other = str(uuid.uuid4())  # the laptop these past loans came from
    seq = 0
    day0 = dt.date(2024, 1, 1)
    for base in range(0, loans, BATCH // 2):
        batch: list[Change] = []
        for n in range(base, min(loans, base + BATCH // 2)):
            copy_id = copy_ids[n % len(copy_ids)]
            lent = day0 + dt.timedelta(days=n * 600 // loans)
            stamp = pack(int(time.mktime(lent.timetuple()) * 1000), 0) + 2 * n
            lend_id = str(uuid.uuid4())
            fields = {
                "kind": "lend",
                "copy_id": copy_id,
                "reader_id": reader_ids[rng.randrange(readers)],
                "loan_id": None,
                "day": lent.isoformat(),
                "due_on": (lent + dt.timedelta(days=30)).isoformat(),
                "hub": "Хаб Дніпро",
                "session_id": None,
                "override_reason": None,
            }
            seq += 1
            batch.append(Change(other, seq, stamp, "loan_event", lend_id, Op.FACT, fields, 0))
            back = {**fields, "kind": "return", "loan_id": lend_id, "due_on": None}
            back["day"] = (lent + dt.timedelta(days=14)).isoformat()
            seq += 1
            batch.append(
                Change(other, seq, stamp + 1, "loan_event", str(uuid.uuid4()), Op.FACT, back, 0)
            )
        with db.transaction(durable=False) as conn:
            store_and_apply(conn, batch, db.physical_clock())
    rates["loan events/s"] = 2 * loans / (time.perf_counter() - start)
    db.checkpoint()
    return rates


def option(name: str, default: str | None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main() -> None:
    scale = 10 if "--small" in sys.argv else 1
    readers, records, loans = 100_000 // scale, 100_000 // scale, 1_000_000 // scale
    folder = option("--folder", None)
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(folder) if folder else Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        filled = (where / "filled").exists()
        db = Database.open(where)
        if not filled:
            db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
            started = time.perf_counter()
            rates = fill(db, readers, records, 3, loans)
            print(
                f"filled in {time.perf_counter() - started:.0f} s: "
                + ", ".join(f"{k} {v:,.0f}" for k, v in rates.items())
            )
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            (where / "filled").write_text(f"{readers} {records} {loans}\n")
        size = (where / "mandrivna.sqlite3").stat().st_size
        print(f"database file: {size / 2**20:.0f} MiB")
        desk, people = LendingService(db), ReaderService(db)  # lending at the desk
        desk.desk.open_session()
        rng = random.Random(int(option("--seed", "11") or 11))
        card_ms, lend_ms, return_ms, renew_ms = [], [], [], []
        for round_ in range(int(option("--rounds", "300") or 300)):
            n = rng.randrange(readers)
            t = time.perf_counter()
            reader = desk.desk.find_reader(f"bench-{n:06d}")
            assert reader is not None
            desk.loans_of(reader.id)
            card_ms.append((time.perf_counter() - t) * 1000)
            code = f"INV{rng.randrange(records):06d}{rng.randrange(3)}"
            t = time.perf_counter()
            result = desk.scan(code, reader.id)
            (lend_ms if result.action == "lend" else return_ms).append(
                (time.perf_counter() - t) * 1000
            )
            if result.action == "lend" and round_ % 3 == 0:
                t = time.perf_counter()
                desk.renew([result.loan_id])
                renew_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                desk.scan(code, None)
                return_ms.append((time.perf_counter() - t) * 1000)
        for name, values in (
            ("scan card → reader with loans", card_ms),
            ("scan copy → recorded loan", lend_ms),
            ("scan lent copy → recorded return", return_ms),
            ("renew one loan", renew_ms),
        ):
            print(
                f"{name:34s} n={len(values):4d} median {statistics.median(values):6.1f} ms"
                f"  p95 {p95(values):6.1f} ms"
            )
        print(f"readers: {people.count():,}")
        db.close()


if __name__ == "__main__":
    main()
