"""The server's side of a push, in process and without HTTP: for pushes of 5,000 catalogue records,
the steps of ``/v1/push`` (``sync_server/app.py``) one after the other on a SQLite file: inflate
the gzip body, parse and validate it (orjson; pydantic unless it is as the app sends it,
``validation.plain_push``), check every change
(``validation.decode_pushed``) and store them (``storage.push``). Prints µs of CPU per record for
each step (issue #17: push ≥ 30k catalogue records/s; docs/benchmarks.md).

Run: ``.venv/bin/python bench/push_server_bench.py [--records N] [--runs R] [--freeze]``.
``--freeze`` calls ``gc.freeze()`` once the records are made, as the server does after start-up.
Each run starts from a fresh file; medians over the runs.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from mandrivna.core import json_text
from mandrivna.core.hlc import pack
from mandrivna.wire import MAX_BATCH, PushRequest, encode
from sync_server import validation
from sync_server.sql.storage import SqlStorage
from sync_server.validation import decode_pushed

# as the server parses a body the app sent (before it, pydantic validated every body)
plain_push = getattr(validation, "plain_push", lambda _data: None)


ORIGIN = "0f0f0f0f-0000-4000-8000-000000000001"
KEY = "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="  # a real Ed25519 public key
STEPS = ("inflate", "parse", "check", "store")


def bodies(n: int, now: int) -> list[tuple[int, bytes]]:
    """The push bodies a laptop sends for ``n`` new catalogue records: (first_seq, gzip JSON)."""
    records = list(data.records(n))
    out = []
    for start in range(0, n, MAX_BATCH):
        rows = [
            (pack(now - 100_000, start + i), "bib_record", record_id, "u", fields, 0)
            for i, (record_id, fields) in enumerate(records[start : start + MAX_BATCH])
        ]
        body = {"origin": ORIGIN, "first_seq": start + 1, "changes": rows}
        out.append((start + 1, encode(body)))
    return out


def one_run(n: int, freeze: bool) -> dict[str, float]:
    now = time.time_ns() // 1_000_000
    pushes = bodies(n, now)
    if freeze:
        gc.collect()
        gc.freeze()
    spent = dict.fromkeys(STEPS, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        storage = SqlStorage(f"sqlite:///{tmp}/server.sqlite3")
        key, code = storage.enroll("Хаб", "librarian", now)
        storage.claim(code, ORIGIN, KEY, now)
        for first, body in pushes:
            t0 = time.process_time()
            raw = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS).decompress(body)
            t1 = time.process_time()
            parsed = json_text.loads(raw)
            request = plain_push(parsed) or PushRequest.model_validate(parsed)
            t2 = time.process_time()
            changes = decode_pushed(request.origin, request.first_seq, request.changes)
            t3 = time.process_time()
            _held, stored = storage.push(key, ORIGIN, first, changes, now)
            t4 = time.process_time()
            assert stored == len(changes)
            for step, spent_s in zip(STEPS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                spent[step] += spent_s
        storage.close()
    if freeze:
        gc.unfreeze()
    return {step: s * 1e6 / n for step, s in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--freeze", action="store_true")
    args = parser.parse_args()
    runs = [one_run(args.records, args.freeze) for _ in range(args.runs)]
    totals = [sum(r.values()) for r in runs]
    parts = ", ".join(f"{s} {statistics.median(r[s] for r in runs):.1f}" for s in STEPS)
    print(
        f"{args.records:,} catalogue records, {args.runs} runs, µs of CPU per record (median): "
        f"{parts}; total {statistics.median(totals):.1f} "
        f"({', '.join(f'{t:.1f}' for t in totals)}); "
        f"{1e6 / statistics.median(totals):,.0f} records per CPU second"
    )


if __name__ == "__main__":
    main()
