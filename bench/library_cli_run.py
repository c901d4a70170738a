"""Running the ``mandrivna`` CLI for the whole-library bench: its wall and CPU time, peak memory
and output, and its progress line read from a terminal (a pty) as it is rewritten, with the
laptop's CPU time at each line; from those samples, the rate of each kind as a snapshot
catch-up receives them (``library_bench.py``).
"""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from bench.library_data import KINDS, RECORDS

BIN = Path(sys.executable).parent


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


PROGRESS = re.compile(r"(\d[\d\u00a0 ]*) з (\d[\d\u00a0 ]*)")
# The line while the loans a catch-up's loan events name are worked out, at its end.
FINISHING = re.compile(r"^\s*Зведення видач")


def run_cli(args: list[str], *, terminal: bool = False) -> dict[str, Any]:
    """Run ``mandrivna`` ARGS; its wall time, CPU, peak memory, output and progress samples
    (seconds since start, received) read from its terminal when ``terminal``."""
    samples: list[tuple[float, int, int, float]] = []  # wall s, done, total, CPU s
    finishing: list[tuple[float, int, int, float]] = []  # the same, working out loans
    said: deque[str] = deque(maxlen=40)  # the terminal's last lines, shown if the CLI fails
    master = slave = None
    if terminal:
        master, slave = pty.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN / "mandrivna"), *args],
        stdout=subprocess.PIPE,
        stderr=slave if terminal else subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": "200"},
    )
    reader = None
    if terminal:
        assert master is not None and slave is not None
        os.close(slave)

        def read_progress() -> None:
            text = b""
            while True:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    if text.strip():
                        said.append(text.decode("utf-8", "replace"))
                    return
                now = time.perf_counter() - started
                text += chunk
                *lines, text = re.split(rb"[\r\n]", text)
                for line in lines:
                    if line.strip():
                        said.append(line.decode("utf-8", "replace"))
                    said_now = line.decode("utf-8", "replace")
                    match = PROGRESS.search(said_now)
                    if match:
                        done, total = (int(re.sub(r"\D", "", g)) for g in match.groups())
                        into = finishing if FINISHING.search(said_now) else samples
                        into.append((now, done, total, cpu_s(process.pid)))

        reader = threading.Thread(target=read_progress, daemon=True)
        reader.start()
    assert process.stdout is not None
    out = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if reader is not None:
        reader.join(timeout=5)
    if master is not None:
        os.close(master)
    if process.returncode != 0:
        err = process.stderr.read().decode() if process.stderr else "\n".join(said)
        how = (
            f"killed by signal {-process.returncode}"
            if process.returncode < 0
            else f"exit code {process.returncode}"
        )
        raise RuntimeError(
            f"mandrivna {args[2:]} failed ({how}, {wall:.1f} s): {out.decode()} {err}"
        )
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "out": out.decode(),
        "samples": samples,
        "finishing": finishing,
    }


def arrival_order(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Kinds in the order a snapshot catch-up receives them: records by entity name, then the
    facts in the server's order (the order they were pushed)."""
    records = sorted(kind for kind in KINDS if kind in RECORDS)
    facts = [kind for kind in KINDS if kind not in RECORDS]
    return [(kind, counts[kind]) for kind in (*records, *facts)]


Sample = tuple[float, int, int, float]


def when(samples: list[Sample], done: int, axis: int = 0) -> float:
    """The wall time (``axis`` 0) or the laptop's CPU time (3) at which the received count
    reached ``done`` (linear between the samples)."""
    previous = (0.0, 0)
    for sample in samples:
        t, got = sample[axis], sample[1]
        if got >= done:
            t0, d0 = previous
            return t0 + (t - t0) * (done - d0) / max(1, got - d0)
        previous = (t, got)
    return samples[-1][axis] if samples else 0.0


def per_kind(samples: list[Sample], counts: dict[str, int], axis: int = 0) -> dict[str, float]:
    """Records per second of each kind. The first kind is timed from the first progress line
    (its first page's time is lost among the start: loading, the server's status, the push)."""
    rates, done = {}, 0
    first_t, first_done = samples[0][axis], samples[0][1]
    for kind, n in arrival_order(counts):
        start, done = when(samples, done, axis), done + n
        got = n
        if start < first_t:
            start, got = first_t, max(0, done - first_done)
        rates[kind] = got / max(1e-3, when(samples, done, axis) - start)
    return rates
