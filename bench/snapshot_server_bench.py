"""A snapshot's work at each end, in one process and without the network: the server's fold of
pushed record changes into merged records, its pages (read, body built, gzipped), and the
laptop's reading of those pages (gunzip, parse, check) up to where they are handed to the apply.

N catalogue records (or readers) are pushed into a fresh server storage (not timed), a share of
them edited once more (``--edited``, so their stamps differ field by field), then, each timed by
this process's CPU (and wall: on PostgreSQL the database's own work is in its processes): the
fold (``materialize_step`` until done), every page of the snapshot with short stamps as the
endpoint makes it (the storage's page and the gzip body; FastAPI's own work left out), and the
laptop's ``HttpTransport.snapshot`` on those bodies. Works on any checkout (run the copy of this
file in that checkout's ``bench/``, with its ``src`` and root first on ``PYTHONPATH``), so
before and after can be timed in turn.

Run: ``.venv/bin/python bench/snapshot_server_bench.py [--records N] [--entity bib_record|reader]
[--edited 0.2] [--runs R] [--db sqlite|postgresql] [--profile FILE]``; ``--profile`` writes a
pyinstrument profile of the first run's three steps (``FILE.fold.txt``, ``.pages.txt``,
``.parse.txt``).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from bench.catch_up_bench import postgres_databases, profiled
from mandrivna.core.hlc import pack
from mandrivna.sync.transport import HttpTransport, Reply
from mandrivna.wire import MAX_BATCH
from mandrivna.wire import from_pushed as change_of
from sync_server.backends import open_storage

DEVICE = "aaaaaaaa-0000-4000-8000-000000000001"
KEY = "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="


def wire_rows(entity: str, n: int, edited: float, now: int) -> list[list[Any]]:
    """The pushed changes: every record written once, then ``edited`` of them edited once."""
    prefixes = data.device_prefixes(30, seed=5)
    made = data.readers(n, prefixes) if entity == "reader" else data.records(n)
    rows: list[list[Any]] = []
    ids: list[str] = []
    for record_id, fields in made:
        rows.append([pack(now, len(rows) + 1), entity, record_id, "u", fields, 0])
        ids.append(record_id)
    step = max(1, round(1 / edited)) if edited > 0 else 0
    field = "notes" if entity == "reader" else "title"
    for number, record_id in enumerate(ids[::step] if step else []):
        seen = pack(now, 1)
        rows.append([pack(now, len(rows) + 1), entity, record_id, "u", {field: f"e{number}"}, seen])
    return rows


def cpu(block: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = block()
    return time.process_time() - start, result


def _levels(texts: list[bytes]) -> dict[str, float]:
    """Each gzip level's bytes and CPU seconds (the median of 5) for the pages' texts."""
    found: dict[str, float] = {}
    for level in (1, 3, 6, 9):
        times = []
        for _ in range(5):
            start = time.process_time()
            size = sum(len(gzip.compress(text, compresslevel=level)) for text in texts)
            times.append(time.process_time() - start)
        found[f"gzip{level}_b"], found[f"gzip{level}_s"] = size, statistics.median(times)
    return found


def one_run(
    entity: str, n: int, edited: float, url: str, profile: Path | None, levels: bool = False
) -> dict[str, float]:
    storage = open_storage(url)
    try:
        now = time.time_ns() // 1_000_000
        key, code = storage.enroll("Хаб", "librarian", now)
        storage.claim(code, DEVICE, KEY, now)
        rows = wire_rows(entity, n, edited, now)
        for start in range(0, len(rows), MAX_BATCH):
            chunk = rows[start : start + MAX_BATCH]
            changes = [change_of(DEVICE, start + i + 1, tuple(r)) for i, r in enumerate(chunk)]
            storage.push(key, DEVICE, start + 1, changes, now)

        def fold() -> None:
            while storage.materialize_step():
                pass

        with profiled(profile and profile.with_suffix(".fold.txt")):
            wall = time.perf_counter()
            fold_s, _ = cpu(fold)
            fold_wall = time.perf_counter() - wall
        bodies = _serve(storage, profile and profile.with_suffix(".pages.txt"))
        with profiled(profile and profile.with_suffix(".parse.txt")):
            parse_s, count = cpu(lambda: _parse(bodies))
        assert count == n, (count, n)
        return {
            "fold": fold_s,
            "fold_wall": fold_wall,
            "pages": bodies.cpu,
            "pages_wall": bodies.wall,
            "parse": parse_s,
            "bytes": sum(len(b) for b in bodies),
            "text": sum(len(gzip.decompress(b)) for b in bodies),
            **(_levels([gzip.decompress(b) for b in bodies]) if levels else {}),
        }
    finally:
        storage.close()


class Bodies(list[bytes]):
    cpu = 0.0
    wall = 0.0


def _page_body(page: Any, total: int) -> bytes:
    """The endpoint's body of a page with short stamps, by the checkout's own code: its
    ``snapshot_pages`` where it has one, else main's endpoint code before it (3659f42)."""
    try:
        from sync_server import snapshot_pages
    except ImportError:
        import json

        from mandrivna.wire import WIRE_GZIP_LEVEL
        from sync_server import snapshot_stamps

        dumps = json.dumps
        parts = [
            f"[{dumps(r.entity)},{dumps(r.entity_id)},{r.fields_json},"
            f"{snapshot_stamps.shortest(r.fields_json, r.stamps_json)}]"
            for r in page.records
        ]
        text = (
            f'{{"upto":{page.upto},"total":{total},"records":[{",".join(parts)}],'
            f'"more":{dumps(page.more)}}}'
        )
        return gzip.compress(text.encode("utf-8"), compresslevel=WIRE_GZIP_LEVEL)
    return snapshot_pages.page_body(page, total, True)


def _serve(storage: Any, profile: Path | None) -> Bodies:
    """Every page of the snapshot as the endpoint makes it (the storage's page, the gzip
    body), and the CPU and wall time it took (FastAPI's own work, the same for both, left out)."""
    bodies = Bodies()
    after = None
    start, wall = time.process_time(), time.perf_counter()
    with profiled(profile):
        while True:
            page = storage.snapshot_records(after, MAX_BATCH)
            total = storage.snapshot_size() if after is None else 0
            bodies.append(_page_body(page, total))
            if not page.more:
                break
            after = (page.records[-1].entity, page.records[-1].entity_id)
    bodies.cpu, bodies.wall = time.process_time() - start, time.perf_counter() - wall
    return bodies


def _parse(bodies: list[bytes]) -> int:
    """The laptop's transport on each body (gunzip as requests does, parse, check)."""
    pages = iter(bodies)
    transport = HttpTransport("http://127.0.0.1:9")

    def send(*_args: Any, **_kwargs: Any) -> Reply:
        body = gzip.decompress(next(pages))
        return Reply(200, body, len(body))

    transport._send = send  # type: ignore[method-assign]
    count = 0
    for _ in bodies:
        count += len(transport.snapshot(None, MAX_BATCH).records)
    return count


def databases(kind: str, runs: int, folder: Path) -> AbstractContextManager[list[str]]:
    if kind == "sqlite":
        return nullcontext([f"sqlite:///{folder / f'server{n}.sqlite3'}" for n in range(runs)])
    return postgres_databases(runs)  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--entity", choices=("bib_record", "reader"), default="bib_record")
    parser.add_argument("--edited", type=float, default=0.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--profile", type=Path)
    parser.add_argument(
        "--gzip-levels", action="store_true", help="also: the pages at gzip levels 1, 3, 6, 9"
    )
    args = parser.parse_args()
    n = args.records
    with tempfile.TemporaryDirectory() as tmp, databases(args.db, args.runs, Path(tmp)) as urls:
        runs = [
            one_run(
                args.entity, n, args.edited, url, args.profile if k == 0 else None, args.gzip_levels
            )
            for k, url in enumerate(urls)
        ]
    print(f"{n:,} {args.entity} ({args.db}, edited {args.edited:.0%}), {args.runs} runs, median:")
    for key, what in (
        ("fold", "server: fold"),
        ("pages", "server: pages"),
        ("parse", "laptop: read pages"),
    ):
        values = [r[key] for r in runs]
        walls = (
            f", wall {n / statistics.median(r[key + '_wall'] for r in runs):,.0f}/s"
            if key + "_wall" in runs[0]
            else ""
        )
        print(
            f"  {what:<20} {n / statistics.median(values):>9,.0f} records per CPU s "
            f"({statistics.median(values) * 1e6 / n:.1f} µs a record; "
            f"{', '.join(f'{v:.3f}' for v in values)} s{walls})"
        )
    print(
        f"  wire {statistics.median(r['bytes'] for r in runs) / n:.1f} B/record, "
        f"text {statistics.median(r['text'] for r in runs) / n:.1f} B/record",
        flush=True,
    )
    for level in (1, 3, 6, 9) if args.gzip_levels else ():
        size = statistics.median(r[f"gzip{level}_b"] for r in runs) / n
        spent = statistics.median(r[f"gzip{level}_s"] for r in runs) * 1e6 / n
        print(f"  gzip level {level}: {size:.1f} B/record, {spent:.2f} µs a record of CPU")


if __name__ == "__main__":
    main()
