"""The lending desk at library scale: 100,000 readers, 300,000 copies (100,000 records) and
1,000,000 past loans (lent and returned, those of the last 30 days still out: 1,950,000 loan
events), then the desk's own work timed at the service level, as the desk page runs it on its
background runner.

Everything is written through the app's change log: readers, records and copies by
``ChangeWriter.upsert_many`` in big transactions, and the past loans as changes received from
another laptop (``store_and_apply``, the sync path), which also builds the loan projection.

Timed (medians and p95 over many scans): scan a card → the reader with their loans; scan a
copy → recorded loan (lend); scan a lent copy → recorded return; renew one. Target: scan to
recorded loan p95 < 15 ms while another job loads the machine (issue #17).

Run: ``.venv/bin/python bench/desk_bench.py [--small] [--folder DIR] [--seed N] [--rounds N]
[--load] [--hogs N] [--disk-load] [--gap MS] [--phases] [--statements] [--commit]
[--no-autocheckpoint] [--profile FILE]``
(``--small``: a tenth, for a quick look; ``--folder``: fill DIR once and time the desk on it
again in later runs, each run with another ``--seed`` so that its scans are mostly new loans;
``--load``: a CPU-bound Python loop on one core runs while the desk is timed, the "other job"
(``--hogs N``: N such loops); ``--disk-load``: another job writing to the same disk, 1 MiB at a
time, each synced (as a copy or a backup would), beside the folder;
``--statements``: the SQL a card scan, a loan and a return run, with SQLite's plan of each;
``--commit``: a bare durable one-row commit on the same disk, and the WAL frames a scan
writes; ``--no-autocheckpoint``: an experiment, no checkpoint inside a scan's commit;
``--profile``: a pyinstrument profile of the timed scans; ``--gap``: the librarian's pause
after each scan, during which the desk is idle; ``--phases``: each scan's commit timed, and
whether SQLite's checkpoint ran inside it, ``bench/desk_commits.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event

from mandrivna.core.change import Change, JsonValue, Op
from mandrivna.core.hlc import pack
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply

try:  # ``python -m bench.desk_bench`` from the repository's root
    from bench.desk_commits import CommitWatch, report
except ImportError:  # ``python bench/desk_bench.py``
    from desk_commits import CommitWatch, report  # type: ignore[no-redef]

BATCH = 20_000


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def past_loans(
    copy_ids: list[str], reader_ids: list[str], loans: int, rng: random.Random
) -> Iterator[list[Change]]:
    """The loans of the last 600 days up to today as another laptop sent them: loan ``n`` lends
    copy ``n % copies`` on day ``n * 600 // loans`` to a random reader (its changes numbered
    and stamped in that order, with no gaps), returned 14 days later unless lent in
    the last 30 days (about 5 % of loans, still out, as at a real desk).

    Handed over a few thousand copies at a time, each copy with all its events: the log and the
    tables end the same whatever order changes arrive in (``store_and_apply`` keeps every change
    under its device and number; a copy's loans are projected from all its events), and each
    copy's loans are then projected once instead of once per loan."""
    other = str(uuid.uuid4())  # the laptop these past loans came from
    day0 = dt.date.today() - dt.timedelta(days=600)
    borrower = [rng.randrange(len(reader_ids)) for _ in range(loans)]
    first_open = -(-570 * loans // 600)  # the first loan lent in the last 30 days
    step = max(1, BATCH // (2 * -(-loans // len(copy_ids))))  # copies a batch (~BATCH events)
    for first in range(0, len(copy_ids), step):
        batch: list[Change] = []
        for c in range(first, min(len(copy_ids), first + step)):
            for n in range(c, loans, len(copy_ids)):
                days = n * 600 // loans
                seq = 2 * n + 1 if n < first_open else first_open + n + 1  # no gaps
                lent = day0 + dt.timedelta(days=days)
                stamp = pack(int(time.mktime(lent.timetuple()) * 1000), 0) + 2 * n
                lend_id = str(uuid.uuid4())
                fields: dict[str, JsonValue] = {
                    "kind": "lend",
                    "copy_id": copy_ids[c],
                    "reader_id": reader_ids[borrower[n]],
                    "loan_id": None,
                    "day": lent.isoformat(),
                    "due_on": (lent + dt.timedelta(days=30)).isoformat(),
                    "hub": "Хаб Дніпро",
                    "session_id": None,
                    "override_reason": None,
                }
                batch.append(Change(other, seq, stamp, "loan_event", lend_id, Op.FACT, fields))
                if n >= first_open:
                    continue
                back = {**fields, "kind": "return", "loan_id": lend_id, "due_on": None}
                back["day"] = (lent + dt.timedelta(days=14)).isoformat()
                event_id = str(uuid.uuid4())
                batch.append(
                    Change(other, seq + 1, stamp + 1, "loan_event", event_id, Op.FACT, back)
                )
        yield batch


def fill(db: Database, readers: int, records: int, copies_per: int, loans: int) -> dict[str, float]:
    rng = random.Random(7)
    rates = {}
    start = time.perf_counter()
    reader_ids = [str(uuid.uuid4()) for _ in range(readers)]
    for base in range(0, readers, BATCH):
        with db.write() as writer:
            writer.upsert_many(
                "reader",
                [
                    (
                        reader_ids[n],
                        {
                            "card_number": f"BENCH-{n:06d}",
                            "surname": rng.choice(["Петренко", "Коваль", "Гнатюк", "Мельник"])
                            + str(n),
                            "given_name": "Олена",
                            "registration_years": [2025],
                        },
                    )
                    for n in range(base, min(readers, base + BATCH))
                ],
            )
    rates["readers/s"] = readers / (time.perf_counter() - start)
    start = time.perf_counter()
    copy_ids: list[str] = []
    for base in range(0, records, BATCH // copies_per):
        bib: list[tuple[str, dict[str, JsonValue]]] = []
        held: list[tuple[str, dict[str, JsonValue]]] = []
        for n in range(base, min(records, base + BATCH // copies_per)):
            record_id = str(uuid.uuid4())
            bib.append((record_id, {"title": f"Книга {n}", "material_type": "book"}))
            for c in range(copies_per):
                copy_id = str(uuid.uuid4())
                copy_ids.append(copy_id)
                held.append(
                    (
                        copy_id,
                        {
                            "record_id": record_id,
                            "barcode": f"INV{n:06d}{c}",
                            "hub": "Хаб Дніпро",
                            "status": "available",
                        },
                    )
                )
        with db.write() as writer:
            writer.upsert_many("bib_record", bib)
            writer.upsert_many("book_copy", held)
    rates["copies/s"] = len(copy_ids) / (time.perf_counter() - start)
    start = time.perf_counter()
    events = 0
    for batch in past_loans(copy_ids, reader_ids, loans, rng):
        with db.transaction(durable=False) as conn:
            store_and_apply(conn, batch, db.physical_clock())
        events += len(batch)
    rates["loan events/s"] = events / (time.perf_counter() - start)
    db.checkpoint()
    return rates


def desk_rounds(
    desk: LendingService, rng: random.Random, readers: int, records: int, watch: Any = None
) -> tuple[list[float], list[float], list[float], list[float], list[Any]]:
    """Card, loan, return and renewal times (ms) of the desk's scans, as the page runs them;
    with ``watch`` (``desk_commits.CommitWatch``), each write scan's kind, time and commits.
    ``--gap MS``: the librarian's pause after each write scan (the desk idle); where the code
    has the app's idle fold (``services.idle_upkeep``, run by ``ui.idle_folding`` on the
    runner), it runs ``--idle MS`` (200, as the app) into each pause on another thread, as on
    the runner's second worker, and is called off if the next scan starts first."""
    card_ms: list[float] = []
    lend_ms: list[float] = []
    return_ms: list[float] = []
    renew_ms: list[float] = []
    scans: list[Any] = []
    gap = float(option("--gap", "0") or 0) / 1000
    idle = float(option("--idle", "200") or 200) / 1000

    def fold() -> None:  # older code: nothing to run (a timer all the same: the same threads)
        pass

    if hasattr(desk.db, "fold_log"):  # the app's code has its idle fold
        from mandrivna.services.idle_upkeep import IdleUpkeep

        upkeep = IdleUpkeep(desk.db)

        def fold() -> None:  # what ``ui.idle_folding`` runs once the runner is idle
            if upkeep.due():
                upkeep.fold_log()

    pending: list[threading.Timer] = []

    def timed(kind: str, ms: float, into: list[float]) -> None:
        into.append(ms)
        if watch is not None:
            scans.append((kind, ms, watch.take()))
        if gap:
            timer = threading.Timer(idle, fold)
            timer.start()
            pending.append(timer)
        if gap:
            time.sleep(gap)
        while pending:  # the next scan: a fold not yet started waits for the next pause
            pending.pop().cancel()

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
        ms = (time.perf_counter() - t) * 1000
        if result.action == "lend":
            timed("loan", ms, lend_ms)
        else:
            timed("return", ms, return_ms)
        if result.action == "lend" and round_ % 3 == 0:
            t = time.perf_counter()
            desk.renew([result.loan_id])
            timed("renew", (time.perf_counter() - t) * 1000, renew_ms)
            t = time.perf_counter()
            desk.scan(code, None)
            timed("return", (time.perf_counter() - t) * 1000, return_ms)
    return card_ms, lend_ms, return_ms, renew_ms, scans


def statements(db: Database, desk: LendingService, readers: int, records: int) -> None:
    """The SQL one card scan, one loan and one return run, as SQLite's trace callback sees it
    (whichever way the app sends it: SQLAlchemy, the driver's cursor, ``executemany`` one row
    at a time), each with SQLite's query plan."""
    sent: list[str] = []

    def traced(dbapi_conn: Any, *_: Any) -> None:
        dbapi_conn.set_trace_callback(sent.append)

    def untraced(dbapi_conn: Any, *_: Any) -> None:
        dbapi_conn.set_trace_callback(None)

    reader = desk.desk.find_reader(f"bench-{readers // 2:06d}")
    assert reader is not None
    code = f"INV{records // 2:06d}0"
    event.listen(db.engine.pool, "checkout", traced)
    event.listen(db.engine.pool, "checkin", untraced)
    steps: list[tuple[str, list[str]]] = []
    for name, work in (
        ("card", lambda: desk.loans_of(reader.id)),
        ("loan", lambda: desk.scan(code, reader.id)),
        ("return", lambda: desk.scan(code, None)),
    ):
        sent.clear()
        work()
        steps.append((name, list(sent)))
    event.remove(db.engine.pool, "checkout", traced)
    event.remove(db.engine.pool, "checkin", untraced)
    with db.engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        for name, sql in steps:
            inner = sum(1 for text in sql if text.startswith("--"))
            print(f"--- {name}: {len(sql) - inner} statements (and {inner} run by FTS5 inside)")
            for text in sql:
                print("  " + " ".join(text.split())[:160])
                if text.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE", "INSERT")):
                    try:
                        plan = driver.execute("EXPLAIN QUERY PLAN " + text)
                        for row in plan.fetchall():
                            print("      " + str(row[-1]))
                    except Exception as error:  # a plan is only shown
                        print(f"      (no plan: {error})")


def bare_commit(where: Path) -> None:
    """The floor: 200 durable one-row commits (WAL, ``synchronous=FULL``) on the same disk."""
    with tempfile.TemporaryDirectory(dir=where) as tmp:
        conn = sqlite3.connect(Path(tmp) / "bare.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (a)")
        took = []
        for n in range(200):
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t VALUES (?)", (n,))
            conn.execute("COMMIT")
            took.append((time.perf_counter() - t) * 1000)
        conn.close()
    print(f"bare durable commit: median {statistics.median(took):.1f} ms  p95 {p95(took):.1f} ms")


def frames(db: Database, desk: LendingService, readers: int, records: int) -> None:
    """WAL frames one scan writes (the log emptied before each; 30 scans)."""
    wal = Path(db.engine.url.database or "").with_name("mandrivna.sqlite3-wal")
    rng = random.Random(3)
    written = []
    for _ in range(30):
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        reader = desk.desk.find_reader(f"bench-{rng.randrange(readers):06d}")
        assert reader is not None
        desk.scan(f"INV{rng.randrange(records):06d}{rng.randrange(3)}", reader.id)
        written.append((wal.stat().st_size - 32) // (4096 + 24))
    print(f"WAL frames a scan: median {statistics.median(written)}, max {max(written)}")


# Another job on the same disk: 1 MiB written and synced, again and again, into a file of at most
# 256 MiB beside the folder (removed once the desk is timed).
DISK_WRITER = """
import os, sys
path = os.path.join(sys.argv[1], 'other-job.bin')
block = os.urandom(1 << 20)
with open(path, 'wb') as out:
    while True:
        for _ in range(256):
            out.write(block)
            out.flush()
            os.fsync(out.fileno())
        out.seek(0)
"""


def option(name: str, default: str | None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main() -> None:
    if "--help" in sys.argv or "-h" in sys.argv:  # without it, any run fills a new folder
        print(__doc__)
        return
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
        if "--statements" in sys.argv:
            statements(db, desk, readers, records)
        if "--commit" in sys.argv:
            bare_commit(where)
            frames(db, desk, readers, records)
        if "--no-autocheckpoint" in sys.argv:  # an experiment: no checkpoint inside a scan
            event.listen(
                db.engine.pool,
                "checkout",
                lambda dbapi_conn, *_: dbapi_conn.execute("PRAGMA wal_autocheckpoint=0"),
            )
        rng = random.Random(int(option("--seed", "11") or 11))
        watch = CommitWatch(db.engine) if "--phases" in sys.argv else None
        hogs = int(option("--hogs", "1" if "--load" in sys.argv else "0") or 0)
        others = [
            subprocess.Popen([sys.executable, "-c", "while 1: pass"])  # another job, one core
            for _ in range(hogs)
        ]
        if "--disk-load" in sys.argv:
            others.append(subprocess.Popen([sys.executable, "-c", DISK_WRITER, str(where)]))
        load = bool(others)
        profiler = None
        if option("--profile", None):
            import pyinstrument  # only for this

            profiler = pyinstrument.Profiler()
            profiler.start()
        try:
            print(
                f"load average before: {os.getloadavg()[0]:.2f}"
                + (f" (+ {hogs} CPU loop(s)" if load else "")
                + (", a disk writer)" if "--disk-load" in sys.argv else ")" if load else "")
            )
            cpu = time.process_time()
            card_ms, lend_ms, return_ms, renew_ms, phases = desk_rounds(
                desk, rng, readers, records, watch
            )
            cpu = time.process_time() - cpu
            print(f"load average after: {os.getloadavg()[0]:.2f}")
        finally:
            for other in others:
                other.kill()
                other.wait()
            (where / "other-job.bin").unlink(missing_ok=True)
        if profiler is not None:
            profiler.stop()
            Path(option("--profile", "") or "").write_text(profiler.output_text(unicode=True))
        scans = len(card_ms) + len(lend_ms) + len(return_ms) + len(renew_ms)
        print(f"CPU of this process: {cpu * 1000 / scans:.1f} ms a scan ({scans} scans)")
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
        if phases:
            report(phases)
        print(f"readers: {people.count():,}")
        db.close()


if __name__ == "__main__":
    main()
