"""Readers & catalogue benchmark: 100k readers, 200k records and 300k copies written through the
app's change log, then search, look-ups, registration and duplicate checks timed as a librarian
uses them, and the memory of a process (and of the GUI) holding that database.

Targets (product issue): search p95 < 20 ms; registering a reader < 30 ms; the app under 300 MB.
Figures go to docs/benchmarks.md.

Run: ``.venv/bin/python bench/readers_catalogue_bench.py [--readers N] [--records N]
[--copies N] [--rounds R] [--folder DIR]``. With ``--folder`` the generated database is kept
there and reused by later runs (generation takes a few minutes). Each round times every query
kind over many realistic queries; medians and p95 per kind. This machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from mandrivna.app import Services, open_services
from mandrivna.core.card_number import device_prefix
from mandrivna.core.catalogue import CatalogueFilter, format_isbn
from mandrivna.core.search_text import _TRANSLIT
from mandrivna.store import name_words
from mandrivna.store.database import DB_FILENAME, Database

OWN_HUB = data.HUBS[0]
TWO_LETTERS = ["Пе", "Ко", "Ша", "Ма", "Бо", "Ле", "Ст", "Ол", "Ів", "Ка", "Ми", "Ря"]
CATALOGUE_TWO_LETTERS = ["Іс", "Ко", "Но", "За", "Ро", "По", "Сп", "Ми", "Ка", "Та", "Hi", "Th"]


# --- building ---------------------------------------------------------------------------------
def build(folder: Path, n_readers: int, n_records: int, n_copies: int) -> dict[str, str]:
    """Fill a new data folder through the change log; rows per second (wall clock and CPU) for
    each kind."""
    db = Database.open(folder)
    device = db.set_device(hub_name=OWN_HUB, librarian_name="Олена")
    prefixes = [device_prefix(device.device_id), *data.device_prefixes(29, seed=5)]
    record_ids: list[str] = []

    def remembered() -> Any:
        for record_id, fields in data.records(n_records):
            record_ids.append(record_id)
            yield record_id, fields

    rates: dict[str, str] = {}
    for entity, count, rows in (
        ("reader", n_readers, lambda: data.readers(n_readers, prefixes)),
        ("bib_record", n_records, remembered),
        ("book_copy", n_copies, lambda: data.copies(record_ids, n_copies, prefixes)),
    ):
        start, cpu = time.perf_counter(), time.process_time()
        data.write_rows(db, entity, rows())
        wall_rate = count / (time.perf_counter() - start)
        cpu_rate = count / (time.process_time() - cpu)
        rates[entity] = f"{wall_rate:,.0f}/s (CPU {cpu_rate:,.0f}/s)"
    db.checkpoint()
    db.close()
    return rates


# --- the queries a librarian types --------------------------------------------------------
def _translit(word: str, rnd: random.Random) -> str:
    """A Latin spelling as a librarian might type it (the official table, with common variants)."""
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in word.lower() if ch not in data.APOSTROPHES)
    if rnd.random() < 0.5:
        latin = latin.replace("h", "g").replace("iu", "yu").replace("ia", "ya")
    return latin.capitalize()


def _misspelt(word: str, rnd: random.Random) -> str:
    """``word`` with one slip past its first letter: a letter dropped, changed or two swapped."""
    at = rnd.randrange(1, len(word) - 1)
    slip = rnd.choice(("drop", "change", "swap"))
    if slip == "drop":
        return word[:at] + word[at + 1 :]
    if slip == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + rnd.choice("аеиіоуя") + word[at + 1 :]


def reader_queries(services: Services, per_kind: int, seed: int) -> dict[str, list[str]]:
    rnd = random.Random(seed)
    with services.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT surname, given_name, patronymic, card_number, phone FROM reader "
            "WHERE deleted = 0 ORDER BY rowid LIMIT 20000"
        ).fetchall()
    sample = [rnd.choice(rows) for _ in range(per_kind)]
    phones = [r[4] for r in rows if r[4]]

    def digits(text: str) -> str:
        return "".join(ch for ch in text if ch.isdigit())

    return {
        "1 letter («П»)": [rnd.choice(TWO_LETTERS)[0] for _ in range(per_kind)],
        "2 letters («Пе»)": [rnd.choice(TWO_LETTERS) for _ in range(per_kind)],
        "surname prefix (3–6 letters)": [r[0][: rnd.randint(3, 6)] for r in sample],
        "whole surname": [r[0] for r in sample],
        "surname + given prefix": [f"{r[0]} {r[1][: rnd.randint(1, 4)]}" for r in sample],
        "3 words (full name)": [f"{r[0]} {r[1]} {r[2][:4]}" for r in sample],
        "Latin translit": [
            _translit(r[0], rnd) + (f" {_translit(r[1], rnd)[:3]}" if rnd.random() < 0.5 else "")
            for r in sample
        ],
        "misspelt surname (tolerant pass)": [_misspelt(r[0], rnd) for r in sample],
        "misspelt surname + given prefix": [
            f"{_misspelt(r[0], rnd)} {r[1][: rnd.randint(1, 4)]}" for r in sample
        ],
        "nobody of that name": [
            "Цюцюр" + "".join(rnd.choices("абвгдеклмнопрсту", k=3)) for _ in range(per_kind)
        ],
        "card number": [rnd.choice((r[3], r[3].lower(), r[3].replace("-", ""))) for r in sample],
        "phone fragment": [
            (lambda d: rnd.choice((d[-4:], d[-7:], "0" + d[-9:], d)))(digits(rnd.choice(phones)))
            for _ in range(per_kind)
        ],
    }


def catalogue_queries(services: Services, per_kind: int, seed: int) -> dict[str, list[str]]:
    rnd = random.Random(seed)
    with services.db.read() as conn:
        records = conn.exec_driver_sql(
            "SELECT title, authors, isbn FROM bib_record WHERE deleted = 0 "
            "ORDER BY rowid LIMIT 20000"
        ).fetchall()
        barcodes = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT barcode FROM book_copy WHERE deleted = 0 ORDER BY rowid LIMIT 20000"
            )
        ]
    sample = [rnd.choice(records) for _ in range(per_kind)]
    import orjson

    def words(title: str) -> list[str]:
        return [w.strip(":,.?") for w in title.split() if len(w.strip(":,.?")) > 1]

    def author_surname(authors: str) -> str:
        return str(orjson.loads(authors)[0]).split(",")[0]

    return {
        "2 letters («Іс»)": [rnd.choice(CATALOGUE_TWO_LETTERS) for _ in range(per_kind)],
        "title word prefix": [rnd.choice(words(r[0]))[: rnd.randint(3, 7)] for r in sample],
        "two title words": [" ".join(words(r[0])[:2]) for r in sample],
        "author surname": [author_surname(r[1]) for r in sample],
        "author + title word": [
            f"{author_surname(r[1])[:5]} {rnd.choice(words(r[0]))[:4]}" for r in sample
        ],
        "ISBN (hyphenated)": [
            format_isbn(r[2]) for r in (rnd.choice([x for x in records if x[2]]) for _ in sample)
        ],
        "copy barcode": [rnd.choice(barcodes) for _ in range(per_kind)],
    }


FILTERS = {
    "type = ebook": CatalogueFilter(material_type="ebook"),
    "hub": CatalogueFilter(hub=data.HUBS[3]),
    "status = lost": CatalogueFilter(status="lost"),
    "hub + status = available": CatalogueFilter(hub=data.HUBS[1], status="available"),
    "hub + status = lost (rare)": CatalogueFilter(hub=data.HUBS[3], status="lost"),
}


# --- timing -------------------------------------------------------------------------------
Samples = list[tuple[float, float]]  # (wall ms, this thread's CPU ms) per call
RESULTS: dict[str, Samples] = {}  # every round's samples by kind, for the summary


def timed(calls: list[Callable[[], Any]]) -> Samples:
    times = []
    for call in calls:
        cpu, start = time.thread_time(), time.perf_counter()
        call()
        times.append(((time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000))
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def row(label: str, samples: Samples, extra: str = "") -> None:
    RESULTS.setdefault(label, []).extend(samples)
    wall, cpu = [w for w, _ in samples], [c for _, c in samples]
    print(
        f"  {label:<46} n={len(samples):<4} p50 {statistics.median(wall):6.2f}  "
        f"p95 {p95(wall):6.2f}  max {max(wall):6.2f} ms; CPU p50 {statistics.median(cpu):6.2f}  "
        f"p95 {p95(cpu):6.2f} ms {extra}"
    )


def summary() -> None:
    """Every round pooled: the figures for docs/benchmarks.md (Markdown table rows)."""
    print("\n| what | n | p50 | p95 | CPU p50 | CPU p95 |\n|---|---|---|---|---|---|")
    for label, samples in RESULTS.items():
        wall, cpu = [w for w, _ in samples], [c for _, c in samples]
        print(
            f"| {label} | {len(samples)} | {statistics.median(wall):.2f} ms | "
            f"{p95(wall):.2f} ms | {statistics.median(cpu):.2f} ms | {p95(cpu):.2f} ms |"
        )


def measure_round(folder: Path, per_kind: int, seed: int) -> None:
    services = open_services(folder)
    readers, catalogue = services.readers, services.catalogue
    with services.db.read() as conn:
        name_words.forget(conn)  # as in a process that just opened the database
    start = time.perf_counter()
    readers.find("Ковальчюк")
    first = (time.perf_counter() - start) * 1000
    print(f"first forgiving search after opening (reads the index's words once): {first:.0f} ms")
    print("reader search (ReaderService.find: exact, then the tolerant pass if it found < 3)")
    everything: Samples = []
    for kind, queries in reader_queries(services, per_kind, seed).items():
        readers.find(queries[0])  # warm this kind's pages
        times = timed([lambda q=q: readers.find(q) for q in queries])
        everything += times
        found = [readers.find(q) for q in queries[:20]]
        hits = statistics.median(len(m.found) for m in found)
        near = statistics.median(len(m.similar) for m in found)
        row(f"reader: {kind}", times, f"(median hits {hits:.0f}, similar {near:.0f})")
    row("reader search: all kinds", everything)
    print("catalogue search (CatalogueService.search)")
    everything = []
    queries_by_kind = catalogue_queries(services, per_kind, seed)
    for kind, queries in queries_by_kind.items():
        catalogue.search(queries[0])
        times = timed([lambda q=q: catalogue.search(q) for q in queries])
        everything += times
        row(f"catalogue: {kind}", times)
    text_queries = queries_by_kind["title word prefix"]
    for name, filters in FILTERS.items():
        times = timed([lambda f=filters: catalogue.search("", f) for _ in range(per_kind // 4)])
        everything += times
        row(f"catalogue: no text, {name}", times)
        times = timed([lambda q=q, f=filters: catalogue.search(q, f) for q in text_queries])
        everything += times
        row(f"catalogue: title prefix, {name}", times)
    row("catalogue search: all kinds", everything)
    print("look-ups and writes")
    cards = reader_queries(services, per_kind, seed + 1)["card number"]
    row("by_card (scanned card)", timed([lambda c=c: readers.by_card(c) for c in cards]))
    barcodes = queries_by_kind["copy barcode"]
    row(
        "copy_by_barcode (scanned book)",
        timed([lambda b=b: catalogue.copy_by_barcode(b) for b in barcodes]),
    )
    people = [  # as a librarian types them: the service writes the phones in their one form
        fields for _, fields in data.readers(per_kind, ["ZZZZZ", "ZZZZY"], seed + 100, typed=True)
    ]
    row(
        "duplicates() (name + birth year, phone)",
        timed(
            [
                lambda f=f: readers.duplicates(
                    f["surname"], f["given_name"], f["birth_year"], f.get("phone")
                )
                for f in people
            ]
        ),
    )
    row(
        "ReaderService.register",
        timed(
            [
                lambda f=f: readers.register(
                    f["surname"],
                    f["given_name"],
                    consent=True,
                    patronymic=f["patronymic"],
                    birth_year=f["birth_year"],
                    phone=f.get("phone"),
                    settlement=f["settlement"],
                    categories=f["categories"],
                )
                for f in people[: max(50, per_kind // 2)]
            ]
        ),
    )
    with services.db.read() as conn:
        record_ids = [
            r[0] for r in conn.exec_driver_sql("SELECT id FROM bib_record ORDER BY rowid LIMIT 500")
        ]
    rnd = random.Random(seed)
    chosen = [rnd.choice(record_ids) for _ in range(max(50, per_kind // 4))]
    row(
        "CatalogueService.add_copies (1, new barcode)",
        timed([lambda r=r: catalogue.add_copies(r, 1) for r in chosen]),
    )
    services.close()


# --- memory -------------------------------------------------------------------------------
def status_kb(name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return 0


def memory_probe(folder: Path) -> None:
    """In a fresh process: open the database, run every kind of search, print peak memory."""
    services = open_services(folder)
    opened = status_kb("VmHWM")
    for queries in reader_queries(services, 100, 7).values():
        for q in queries:
            services.readers.search(q)
    for queries in catalogue_queries(services, 100, 7).values():
        for q in queries:
            services.catalogue.search(q)
    for filters in FILTERS.values():
        services.catalogue.search("", filters)
        services.catalogue.search("ко", filters)
    services.close()
    print(opened, status_kb("VmHWM"), status_kb("VmRSS"))


def memory(folder: Path) -> tuple[int, int, int]:
    """(peak kB after opening, peak kB after searching, RSS kB at the end) of a fresh process."""
    result = subprocess.run(
        [sys.executable, __file__, "--memory-probe", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    opened, peak, rss = (int(v) for v in result.stdout.split()[-3:])
    return opened, peak, rss


def gui_memory(folder: Path) -> tuple[int, float]:
    """Peak RSS (kB) and wall time of ``mandrivna --screenshot`` on this data folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shot = folder / "bench-window.png"
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "mandrivna", "--data-dir", str(folder), "--screenshot", str(shot)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"mandrivna --screenshot failed ({status})")
    return usage.ru_maxrss, elapsed


def disk_mb(folder: Path) -> float:
    files = [folder / DB_FILENAME, folder / f"{DB_FILENAME}-wal"]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


TABLE_SIZES_SQL = "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"


def table_sizes(folder: Path) -> str:
    """MB on disk of the biggest tables and indexes (SQLite's dbstat).

    Read in a child process: the app's driver (SQLCipher) is built without dbstat, and the
    standard library's SQLite must never open the file in the process where the app's
    connections are open (each library would drop the other's locks and remove the
    write-ahead log under it: "disk I/O error" at the next write)."""
    result = subprocess.run(
        [sys.executable, __file__, "--table-sizes", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def table_sizes_probe(folder: Path) -> None:
    """The child process of ``table_sizes``: nothing else of the app is open here."""
    import sqlite3

    with closing(sqlite3.connect(folder / DB_FILENAME)) as conn:
        rows = conn.execute(TABLE_SIZES_SQL).fetchall()
    print(", ".join(f"{name} {size / 1e6:.0f}" for name, size in rows))


def counts(folder: Path) -> dict[str, int]:
    services = open_services(folder)
    with services.db.read() as conn:
        found = {
            table: int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
            for table in (
                "reader",
                "bib_record",
                "book_copy",
                "change_log",
                "reader_fts",
                "record_fts",
            )
        }
    services.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--readers", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--copies", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--memory-probe", type=Path)
    parser.add_argument("--table-sizes", type=Path)
    args = parser.parse_args()
    if args.table_sizes:
        table_sizes_probe(args.table_sizes)
        return
    if args.memory_probe:
        memory_probe(args.memory_probe)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp) / "data"
        if not (folder / DB_FILENAME).exists():
            print(
                f"generating {args.readers} readers, {args.records} records, "
                f"{args.copies} copies in {folder} ..."
            )
            start = time.perf_counter()
            rates = build(folder, args.readers, args.records, args.copies)
            total = time.perf_counter() - start
            print(
                "fill (rows/s through the change log, FTS index included): "
                + ", ".join(f"{k} {v}" for k, v in rates.items())
                + f"; total {total:.0f} s"
            )
        print("rows:", counts(folder))
        print(f"database on disk: {disk_mb(folder):.0f} MB ({table_sizes(folder)} MB)")
        for number in range(args.rounds):
            print(f"--- round {number + 1}")
            measure_round(folder, args.per_kind, seed=100 + number)
        opened, peak, rss = memory(folder)
        print(
            f"memory of a process that opens the database and searches: peak after opening "
            f"{opened / 1024:.0f} MB, peak after searching {peak / 1024:.0f} MB, "
            f"RSS at the end {rss / 1024:.0f} MB"
        )
        try:
            gui_peak, gui_s = gui_memory(folder)
            print(f"GUI (mandrivna --screenshot): peak RSS {gui_peak / 1024:.0f} MB, {gui_s:.2f} s")
        except RuntimeError as exc:
            print(exc)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"this benchmark's process: peak RSS {peak:.0f} MB")
        summary()


if __name__ == "__main__":
    main()
