"""A process for the crash tests to kill: it works on a data folder as the app does and prints
a line after each committed step, so the test knows what must survive a kill -9.

    python -m tests.support.crash_worker DATA_DIR write   # registers, catalogues, lends
    python -m tests.support.crash_worker DATA_DIR sync    # one full sync (pull of many changes)
    python -m tests.support.crash_worker DATA_DIR hold    # opens as the GUI does, writes, waits
    python -m tests.support.crash_worker DATA_DIR scan    # lends at the desk, says which, waits
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from mandrivna.app import open_services


def write(data_dir: Path) -> None:
    services = open_services(data_dir)
    services.desk.open_session()
    step = services.catalogue.counts()[0]  # go on after the last run's last record
    while True:
        step += 1
        reader_id, _ = services.readers.register(f"Читач{step}", "Петро", consent=True)
        record_id, _ = services.catalogue.add_record(f"Книга {step}")
        services.catalogue.add_copies(record_id, barcode=f"CRASH-{step}")
        services.lending.scan(f"CRASH-{step}", reader_id)
        if step % 2 == 0 and services.catalogue.copy_by_barcode(f"CRASH-{step - 1}"):
            services.lending.scan(
                f"CRASH-{step - 1}", reader_id
            )  # returns it (lends, after a kill)
        print(step, flush=True)


def sync(data_dir: Path) -> None:
    services = open_services(data_dir)
    print("start", flush=True)
    report = services.sync.sync()
    print("done", report.pulled, flush=True)


def hold(data_dir: Path) -> None:
    services = open_services(data_dir, defer_check=True)
    services.readers.register("Коваль", "Ольга", consent=True)
    print("open", flush=True)
    time.sleep(600)  # until killed


def scan(data_dir: Path) -> None:
    """Scans at the desk as the page does; after each committed scan, says the loan and how
    many commits the write-ahead log holds unfolded (the app had no idle moment to fold it)."""
    services = open_services(data_dir, defer_check=True)
    services.db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    services.desk.open_session()
    reader_id, _ = services.readers.register("Коваль", "Ольга", consent=True)
    record_id, _ = services.catalogue.add_record("Кобзар")
    services.catalogue.add_copies(record_id, barcode="KILL-1")
    result = services.lending.scan("KILL-1", reader_id)
    print(result.loan_id, services.db.log_unfolded, flush=True)
    time.sleep(600)  # until killed


if __name__ == "__main__":
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    {"write": write, "sync": sync, "hold": hold, "scan": scan}[mode](folder)
