"""What a desk scan's commit costs, scan by scan (for ``bench/desk_bench.py --phases``).

Every commit the app's engine makes is timed (the driver's ``commit``, which is where SQLite
writes the transaction's frames to the write-ahead log, syncs it, and, when the log has grown past
``wal_autocheckpoint`` pages, folds it back into the database before returning). Whether a
checkpoint ran inside that commit is read from the WAL index (the ``-shm`` file, whose layout is
SQLite's documented file format: ``mxFrame``, the frames in the log, at byte 16, and
``nBackfill``, the frames already folded back, at byte 96, both in native byte order): the
frames folded back grew during the commit. Works with any version of the app's code, so the
same bench compares two checkouts.
"""

from __future__ import annotations

import os
import statistics
import struct
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine


def wal_index(shm: Path) -> tuple[int, int]:
    """(frames in the log, frames folded back), as SQLite's WAL index says now."""
    try:
        with open(shm, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return 0, 0
    if len(head) < 100:
        return 0, 0
    order = "<" if sys.byteorder == "little" else ">"
    (frames,) = struct.unpack_from(order + "I", head, 16)
    (folded,) = struct.unpack_from(order + "I", head, 96)
    return frames, folded


@dataclass
class Commit:
    ms: float
    checkpointed: bool  # SQLite's automatic checkpoint ran inside this commit
    frames: int  # frames this commit appended to the log
    restarted: bool  # this commit started the log again from its beginning (after a fold)


@dataclass
class CommitWatch:
    """Wraps the engine's dialect ``do_commit``; ``take()`` hands the commits since the last
    call (the bench calls it after each scan)."""

    engine: Engine
    commits: list[Commit] = field(default_factory=list)

    def __post_init__(self) -> None:
        shm = Path(str(self.engine.url.database) + "-shm")
        dialect = self.engine.dialect
        plain = dialect.do_commit

        def timed(dbapi_connection: Any) -> None:
            frames, folded = wal_index(shm)
            start = time.perf_counter()
            plain(dbapi_connection)
            took = (time.perf_counter() - start) * 1000
            frames_after, folded_after = wal_index(shm)
            grew = frames_after - frames if frames_after >= frames else frames_after
            restarted = frames_after < frames
            self.commits.append(
                Commit(took, folded_after > folded and not restarted, grew, restarted)
            )

        dialect.do_commit = timed  # type: ignore[method-assign]

    def take(self) -> list[Commit]:
        taken, self.commits = self.commits, []
        return taken


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def report(scans: list[tuple[str, float, list[Commit]]], slow_ms: float = 15.0) -> None:
    """Commit times, checkpoints inside commits, and what the slow scans spent their time on."""
    scans = [(kind, ms, [c for c in cs if c.frames or c.checkpointed]) for kind, ms, cs in scans]
    commits = [c for _, _, cs in scans for c in cs]  # those of write transactions
    if not commits:
        return
    took = [c.ms for c in commits]
    with_ckpt = [c.ms for c in commits if c.checkpointed]
    without = [c.ms for c in commits if not c.checkpointed and not c.restarted]
    print(
        f"commits: {len(took)}, median {statistics.median(took):.1f} ms, p95 {p95(took):.1f} ms; "
        f"frames a commit median {statistics.median(c.frames for c in commits):.0f}"
    )
    if without:
        print(
            f"  appending only: {len(without)}, median "
            f"{statistics.median(without):.1f} ms, p95 {p95(without):.1f} ms"
        )
    if with_ckpt:
        print(
            f"  with the automatic checkpoint inside: {len(with_ckpt)}, median "
            f"{statistics.median(with_ckpt):.1f} ms, max {max(with_ckpt):.1f} ms"
        )
    again = [c.ms for c in commits if c.restarted]
    if again:
        print(
            f"  starting the log again (the first commit after a fold): {len(again)}, median "
            f"{statistics.median(again):.1f} ms, max {max(again):.1f} ms"
        )
    slow = [(kind, ms, cs) for kind, ms, cs in scans if ms > slow_ms]
    if slow:
        in_commit = sum(sum(c.ms for c in cs) for _, _, cs in slow)
        total = sum(ms for _, ms, _ in slow)
        ckpt = sum(1 for _, _, cs in slow if any(c.checkpointed for c in cs))
        print(
            f"scans over {slow_ms:.0f} ms: {len(slow)} of {len(scans)}; "
            f"{in_commit / total:.0%} of their time in the commit; "
            f"{ckpt} had a checkpoint inside"
        )
    for kind in ("loan", "return", "renew"):
        rest = [ms - sum(c.ms for c in cs) for k, ms, cs in scans if k == kind]
        if rest:
            print(
                f"  {kind}: outside the commit median {statistics.median(rest):.1f} ms, "
                f"p95 {p95(rest):.1f} ms"
            )
    print(f"load average now: {os.getloadavg()[0]:.2f}")
