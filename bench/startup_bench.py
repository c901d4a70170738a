"""Start-up time of the app: process start → main window drawn → exit, median of several runs.

Uses ``mandrivna --screenshot`` (offscreen), which opens the database, checks its migrations,
builds the main window (the pages it shows at start; the others are built when first shown) and
paints it. Prints medians for a data folder with 100,000 readers (every later start at a hub), a
new data folder (first start, runs every migration), and ``--version``.

``--against PYTHON`` times another checkout's interpreter (its ``.venv/bin/python``, installed in
editable mode) in turn with this one on the same folders, run for run, and prints the median of
the paired ratios: on a shared, noisy machine the ratio is steadier than either median. When the
two checkouts' migrations differ, ``--against-folder DIR`` gives the other one its own copy of
the 100,000-reader folder (a copy made before this checkout first opened it), since an older app
refuses a database a newer one has migrated.

Each figure is the wall time (median and 90th percentile) and the CPU time of the process (user
+ system, median), which swings less than the wall time on a loaded machine.

Run: ``.venv/bin/python bench/startup_bench.py [--runs N] [--readers N] [--folder DIR]
[--against PYTHON [--against-folder DIR]]``. With ``--folder`` the generated data folder is kept
and reused.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import readers_catalogue_data as data
from mandrivna.core.card_number import device_prefix
from mandrivna.store.database import DB_FILENAME, Database


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``args``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(args, check=True, env=env, capture_output=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def fill(folder: Path, n_readers: int) -> None:
    """A hub's data folder with ``n_readers`` readers written through the change log."""
    db = Database.open(folder)
    device = db.set_device(hub_name=data.HUBS[0], librarian_name="Олена")
    prefixes = [device_prefix(device.device_id), *data.device_prefixes(29, seed=5)]
    data.write_rows(db, "reader", data.readers(n_readers, prefixes))
    db.checkpoint()
    db.close()


def report(label: str, ours: list[tuple[float, float]], theirs: list[tuple[float, float]]) -> None:
    walls, cpus = [w for w, _ in ours], [c for _, c in ours]
    line = (
        f"{label:<36} median {statistics.median(walls):.3f} s, p90 {p90(walls):.3f} s, "
        f"CPU {statistics.median(cpus):.3f} s"
    )
    if theirs:
        their_walls, their_cpus = [w for w, _ in theirs], [c for _, c in theirs]
        ratios = [a / b for a, b in zip(walls, their_walls, strict=True)]
        cpu_ratios = [a / b for a, b in zip(cpus, their_cpus, strict=True)]
        line += (
            f"\n{'':<36} against: median {statistics.median(their_walls):.3f} s, "
            f"p90 {p90(their_walls):.3f} s, CPU {statistics.median(their_cpus):.3f} s; "
            f"paired ratio {statistics.median(ratios):.2f} "
            f"(CPU {statistics.median(cpu_ratios):.2f})"
        )
    print(line)


def compile_app(python: str) -> None:
    """The app's bytecode written beforehand, as an installed app (pip, the PyInstaller build)
    has it: with ``PYTHONDONTWRITEBYTECODE`` set, every start would compile the app's modules
    from source again."""
    script = (
        "import compileall, mandrivna, os; "
        "compileall.compile_dir(os.path.dirname(mandrivna.__file__), quiet=1)"
    )
    subprocess.run([python, "-c", script], check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--readers", type=int, default=100_000)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--against", help="another checkout's python, timed in turn")
    parser.add_argument("--against-folder", type=Path, help="its own copy of the folder")
    args = parser.parse_args()
    pythons = [sys.executable] + ([args.against] if args.against else [])
    for python in pythons:
        compile_app(python)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp) / "hub"
        if not (folder / DB_FILENAME).exists():
            print(f"writing {args.readers} readers into {folder} ...", flush=True)
            fill(folder, args.readers)
        folders = [folder, args.against_folder or folder]
        shot = str(Path(tmp) / "x.png")
        times: dict[str, list[list[tuple[float, float]]]] = {
            k: [[] for _ in pythons] for k in ("hub", "new", "version")
        }
        loads = []
        for run in range(args.runs):
            for i, python in enumerate(pythons):
                exe = [python, "-m", "mandrivna"]
                hub = [*exe, "--data-dir", str(folders[i]), "--screenshot", shot]
                times["hub"][i].append(timed(hub))
                new = f"{tmp}/new{run}-{i}"
                times["new"][i].append(timed([*exe, "--data-dir", new, "--screenshot", shot]))
                times["version"][i].append(timed([*exe, "--version"]))
            loads.append(os.getloadavg()[0])
    print(
        f"runs: {args.runs}; load average (1 min) {min(loads):.1f}–{max(loads):.1f}, "
        f"median {statistics.median(loads):.1f}, on {os.cpu_count()} CPUs"
    )
    for key, label in (
        ("hub", f"window drawn, {args.readers:,} readers:"),
        ("new", "window drawn, new data folder:"),
        ("version", "--version:"),
    ):
        report(label, times[key][0], times[key][1] if args.against else [])


if __name__ == "__main__":
    main()
