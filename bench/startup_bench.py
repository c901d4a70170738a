"""Start-up time of the app: process start → main window drawn → exit, median of several runs.

Uses ``mandrivna --screenshot`` (offscreen), which opens the database, checks its migrations,
builds the whole main window and paints it. Prints medians for a new data folder (first start,
runs every migration) and for an existing one (every later start), and for ``--version``.
Run: ``.venv/bin/python bench/startup_bench.py [runs]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(args: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    exe = [sys.executable, "-m", "mandrivna"]
    with tempfile.TemporaryDirectory() as tmp:
        shot = str(Path(tmp) / "x.png")
        fresh = [
            timed([*exe, "--data-dir", f"{tmp}/new{i}", "--screenshot", shot]) for i in range(runs)
        ]
        warm = [
            timed([*exe, "--data-dir", f"{tmp}/new0", "--screenshot", shot]) for _ in range(runs)
        ]
        version = [timed([*exe, "--version"]) for _ in range(runs)]
    print(f"runs: {runs}")
    print(f"window drawn, new data folder:      median {statistics.median(fresh):.2f} s")
    print(f"window drawn, existing data folder: median {statistics.median(warm):.2f} s")
    print(f"--version:                          median {statistics.median(version):.3f} s")


if __name__ == "__main__":
    main()
