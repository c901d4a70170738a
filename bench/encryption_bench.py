"""What encryption at rest costs: the same work on a plain and an encrypted data folder.

Per run and folder: 20,000 readers registered in bulk through the real change log (4 write
transactions), 200 readers registered one by one (a durable commit each, as at the desk), 500
searches as a librarian types them (surname, given name, phone digits, card number), opening
the folder again (with the passphrase's key derivation for the encrypted one), and then putting
the whole database under a new key (turning encryption on, or changing the passphrase).
Medians of the runs, plain and encrypted runs alternating. Run:
``.venv/bin/python bench/encryption_bench.py [runs]`` (two to three minutes with 3 runs).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sync_workload import NAMES, SURNAMES, records, write_all
from mandrivna.core.database_key import derive_key, new_salt
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database

BULK = 20_000
ONE_BY_ONE = 200
SEARCHES = 500
PASSPHRASE = "книжкова полиця"


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def typed_queries(rnd: random.Random, phones: list[str], cards: list[str]) -> list[str]:
    """What a librarian types: the start of a name, phone digits, or a card number."""
    queries = []
    for i in range(SEARCHES):
        kind = i % 4
        if kind == 0:
            queries.append(rnd.choice(SURNAMES)[: rnd.randint(3, 6)])
        elif kind == 1:
            queries.append(f"{rnd.choice(SURNAMES)} {rnd.choice(NAMES)[:3]}")
        elif kind == 2:
            queries.append(rnd.choice(phones)[-7:])
        else:
            queries.append(rnd.choice(cards))
    return queries


def one_run(folder: Path, encrypted: bool) -> dict[str, float]:
    db = Database.open(folder)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    if encrypted:
        db.change_key(derive_key(PASSPHRASE, new_salt()), PASSPHRASE)
    rows = [row for row in records(BULK * 4) if row[0] == "record"][:BULK]
    bulk_s = timed(lambda: write_all(db, rows))
    db.checkpoint()
    readers = ReaderService(db)
    rnd = random.Random(5)

    def register_one_by_one() -> None:
        for i in range(ONE_BY_ONE):
            readers.register(
                rnd.choice(SURNAMES), rnd.choice(NAMES), consent=True, phone=f"+38067{i:07d}"
            )

    single_s = timed(register_one_by_one)
    phones = [fields["phone"] for _k, _e, _id, fields in rows]
    cards = [r.card_number for r in readers.search("", limit=1000) if r.card_number]
    queries = typed_queries(rnd, phones, cards)
    found = 0

    def search_all() -> None:
        nonlocal found
        for typed in queries:
            found += bool(readers.search(typed))

    search_s = timed(search_all)
    assert found > SEARCHES * 0.9, f"only {found} searches found anybody"
    db.close()
    derive_key.cache_clear()  # a new start derives the key again
    passphrase = PASSPHRASE if encrypted else None
    open_s = timed(lambda: Database.open(folder, passphrase=passphrase).close())
    size = (folder / "mandrivna.sqlite3").stat().st_size
    db = Database.open(folder, passphrase=passphrase)
    key = derive_key(PASSPHRASE + "!", new_salt())
    encrypt_s = timed(lambda: db.change_key(key, PASSPHRASE + "!"))  # turn on, or re-encrypt
    db.close()
    return {
        "encrypt_s": encrypt_s,
        "bulk_per_s": BULK / bulk_s,
        "single_ms": single_s / ONE_BY_ONE * 1000,
        "search_ms": search_s / SEARCHES * 1000,
        "open_s": open_s,
        "size_mb": size / 1e6,
    }


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    results: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            for encrypted in (False, True):
                folder = Path(tmp) / f"{'enc' if encrypted else 'plain'}-{run}"
                results[encrypted].append(one_run(folder, encrypted))
    medians = {
        encrypted: {key: statistics.median(r[key] for r in rows) for key in rows[0]}
        for encrypted, rows in results.items()
    }
    plain, enc = medians[False], medians[True]
    print(f"runs: {runs}, medians")
    print(f"{'':38} {'plain':>10} {'encrypted':>10} {'cost':>8}")
    lines = [
        ("20,000 readers in bulk, readers/s", "bulk_per_s", "{:10,.0f}", True),
        ("one reader per commit, ms each", "single_ms", "{:10.2f}", False),
        ("search as typed, ms each", "search_ms", "{:10.2f}", False),
        ("open the folder again, s", "open_s", "{:10.2f}", False),
        ("database file, MB", "size_mb", "{:10.1f}", False),
    ]
    for label, key, fmt, higher_is_better in lines:
        ratio = plain[key] / enc[key] if higher_is_better else enc[key] / plain[key]
        print(f"{label:38} {fmt.format(plain[key])} {fmt.format(enc[key])} {ratio:7.2f}×")
    print(
        f"turning encryption on for this database: {plain['encrypt_s']:.2f} s; "
        f"changing the passphrase: {enc['encrypt_s']:.2f} s"
    )


if __name__ == "__main__":
    main()
