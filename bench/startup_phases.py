"""Where a start's CPU time goes, phase by phase: the steps of ``mandrivna --screenshot`` done one
after another in a fresh process, each timed by the process's CPU clock (user + system), which a
loaded machine disturbs less than the wall clock. Median of several processes per phase.

Phases: the interpreter itself (``python -c pass``, timed from outside), the command line, the
app's wiring (before issue #17's driver reads: SQLAlchemy, the tables, the services' modules),
PySide6 and the application object, opening the database (as the GUI does: the whole-file check
deferred after a clean close), the main window's modules, building the window (the Readers page
with its first queries; before the 2026-12-07 step, the Sync page too), and drawing it.

Run: ``.venv/bin/python bench/startup_phases.py --folder DIR [--runs N]`` (``DIR``: a data folder,
e.g. the 100,000-reader one ``bench/startup_bench.py --folder DIR`` keeps).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
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
cli.build_parser(cli._catalog().translate)
mark("command line")
import mandrivna.app
mark("app wiring (main: SQLAlchemy, tables)")
from PySide6.QtWidgets import QApplication
from mandrivna.ui.look import apply_look
from mandrivna.ui.translator import install_translators
app = QApplication(sys.argv[:1])
apply_look(app)
install_translators(app, "uk")
mark("PySide6 and the application")
try:
    services = mandrivna.app.open_services(Path(sys.argv[1]), defer_check=True)
except TypeError:  # a checkout from before the deferred check
    services = mandrivna.app.open_services(Path(sys.argv[1]))
mark("database opened")
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import ImmediateRunner
mark("window modules")
window = MainWindow(services, ImmediateRunner(), auto_sync=False)
mark("window built (first queries)")
window.show()
QApplication.processEvents()
window.grab()
mark("window drawn")
services.close()  # a clean close, as the app's: the next start may defer its check
names = list(marks)
print(json.dumps({b: marks[b] - marks[a] for a, b in zip(names, names[1:])}))
"""


def cpu_of(args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    for python in [sys.executable]:
        compile_app(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    phases: dict[str, list[float]] = {}
    bare = []
    for _ in range(args.runs):
        bare.append(cpu_of([sys.executable, "-c", "pass"]))
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(args.folder)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        for name, seconds in json.loads(done.stdout.strip().splitlines()[-1]).items():
            phases.setdefault(name, []).append(seconds)
    print(f"runs: {args.runs}; load average (1 min) {os.getloadavg()[0]:.1f}")
    print(f"{'the interpreter (python -c pass)':<44} {statistics.median(bare) * 1000:6.0f} ms CPU")
    total = statistics.median(bare)
    for name, values in phases.items():
        total += statistics.median(values)
        print(f"{name:<44} {statistics.median(values) * 1000:6.0f} ms CPU")
    print(f"{'sum of the medians':<44} {total * 1000:6.0f} ms CPU")


if __name__ == "__main__":
    main()
