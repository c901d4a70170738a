"""How long a push waiting for the server's push lock takes to start once the push before it
ends (``SqlDatabase.serialised``), on SQLite: queued on the process's own lock, or left to
SQLite's busy handler, which polls the database lock in sleeps of up to 100 ms. A laptop keeps
two pushes on their way at once, so the second one always waits for the first.

Run: ``.venv/bin/python bench/push_handoff_bench.py [--rounds N]``; prints the median and the
longest wait (ms) each way.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from sync_server.sql.database import SqlDatabase


def handoffs(queued: bool, rounds: int) -> list[float]:
    """Milliseconds from the end of one push's transaction to the start of the next one's."""
    with tempfile.TemporaryDirectory() as tmp:
        db = SqlDatabase(f"sqlite:///{tmp}/server.sqlite3")
        if not queued:
            db._in_turn = nullcontext()  # type: ignore[assignment]
        waits = []
        for _ in range(rounds):
            ended = [0.0]

            def first(ended: list[float] = ended) -> None:
                with db.serialised() as conn:
                    conn.execute(text("SELECT 1"))
                    time.sleep(0.06)  # a push storing its changes
                ended[0] = time.perf_counter()

            holder = threading.Thread(target=first)
            holder.start()
            time.sleep(0.01)
            with db.serialised():
                waits.append((time.perf_counter() - ended[0]) * 1000)
            holder.join()
        db.close()
        return waits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    for queued, label in ((False, "SQLite's busy handler"), (True, "queued in the process")):
        waits = handoffs(queued, args.rounds)
        median = statistics.median(waits)
        print(f"{label:<24} median {median:6.2f} ms, longest {max(waits):6.2f} ms")


if __name__ == "__main__":
    main()
