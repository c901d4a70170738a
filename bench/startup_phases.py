"""Where a start's CPU time goes, phase by phase: the steps of ``mandrivna --screenshot`` done one
after another in a fresh process, each timed by the process's CPU clock (user + system), which a
loaded machine disturbs less than the wall clock. Median of several processes per phase.

Phases: the interpreter itself (``python -c pass``, timed from outside), the command line (since
the third session of issue #17 a plain start is read without argparse; a checkout from before
builds the full parser and its catalogue, as it did), the app's wiring (before issue #17's driver
reads: SQLAlchemy, the tables, the services' modules), PySide6 and the application object,
opening the database (as the GUI does: the whole-file check deferred after a clean close), the
log file, the main window's modules, building the window (the Readers page with its first
queries; before the 2026-12-07 step, the Sync page too), drawing it, and what ``--screenshot``
(so ``startup_bench.py``) does beyond a librarian's start: drawing the window a second time into
a picture and saving it as PNG.

``--against PYTHON`` runs another checkout's interpreter in turn, run for run (see
``startup_bench.py``), and prints both columns.

Run: ``.venv/bin/python bench/startup_phases.py --folder DIR [--runs N] [--against PYTHON]``
(``DIR``: a data folder, e.g. the 100,000-reader one ``bench/startup_bench.py --folder DIR``
keeps).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.startup_bench import compile_app

CHILD = r"""
import json, sys, time
from pathlib import Path
marks = {}
def mark(name):
    marks[name] = time.process_time()
mark("start")
from mandrivna import cli
if hasattr(cli, "plain_gui_start"):
    cli.plain_gui_start(["--data-dir", sys.argv[1], "--screenshot", sys.argv[2]])
else:  # a checkout from before the plain start: the full command line
    cli.build_parser(cli._catalog().translate)
mark("command line")
import mandrivna.app
from mandrivna.ui import gui_main  # as the command line does, before Qt
mark("app wiring (main: SQLAlchemy, tables)")
from PySide6.QtWidgets import QApplication
from mandrivna.ui.look import apply_look
from mandrivna.ui.translator import install_translators
app = QApplication(sys.argv[:1])
late_look = hasattr(gui_main, "build_window")  # the look applied once the window is built
if not late_look:  # a checkout that applied it first
    apply_look(app)
install_translators(app, "uk")
mark("PySide6 and the application")
try:
    services = mandrivna.app.open_services(Path(sys.argv[1]), defer_check=True)
except TypeError:  # a checkout from before the deferred check
    services = mandrivna.app.open_services(Path(sys.argv[1]))
mark("database opened")
setup_logging = getattr(gui_main, "setup_logging", None)
if setup_logging is None:  # a checkout from before the log file's own module
    setup_logging = gui_main._setup_logging
setup_logging(Path(sys.argv[1]))
mark("log file")
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import ImmediateRunner
mark("window modules")
if late_look:
    window = gui_main.build_window(services, ImmediateRunner(), auto_sync=False)
else:
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
mark("window built (first queries)")
window.show()
QApplication.processEvents()
mark("window drawn")
picture = window.grab()
mark("drawn again into a picture (--screenshot)")
picture.save(sys.argv[2])
mark("picture saved as PNG (--screenshot)")
services.close()  # a clean close, as the app's: the next start may defer its check
names = list(marks)
print(json.dumps({b: marks[b] - marks[a] for a, b in zip(names, names[1:])}))
"""


def cpu_of(args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def phases_of(python: str, folder: Path, picture: Path) -> dict[str, float]:
    """One start's CPU per phase, the interpreter's own start included."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bare = cpu_of([python, "-c", "pass"])
    done = subprocess.run(
        [python, "-c", CHILD, str(folder), str(picture)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return {"the interpreter (python -c pass)": bare} | json.loads(
        done.stdout.strip().splitlines()[-1]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", help="another checkout's python, timed in turn")
    args = parser.parse_args()
    pythons = [sys.executable] + ([args.against] if args.against else [])
    for python in pythons:
        compile_app(python)
    phases: list[dict[str, list[float]]] = [{} for _ in pythons]
    loads = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            for i, python in enumerate(pythons):
                for name, seconds in phases_of(python, args.folder, Path(tmp) / "x.png").items():
                    phases[i].setdefault(name, []).append(seconds)
            loads.append(os.getloadavg()[0])
    print(
        f"runs: {args.runs}; load average (1 min) {min(loads):.1f}–{max(loads):.1f}, "
        f"median {statistics.median(loads):.1f}"
    )
    names = list(dict.fromkeys(name for columns in phases for name in columns))
    head = "this checkout" + ("    against" if args.against else "")
    print(f"{'phase (ms of CPU, medians)':<44} {head}")
    totals = [0.0 for _ in pythons]
    for name in names:
        cells = []
        for i, columns in enumerate(phases):
            value = statistics.median(columns[name]) if name in columns else 0.0
            totals[i] += value
            cells.append(f"{value * 1000:13.0f}")
        print(f"{name:<44} {''.join(cells)}")
    print(f"{'sum of the medians':<44} {''.join(f'{t * 1000:13.0f}' for t in totals)}")


if __name__ == "__main__":
    main()
