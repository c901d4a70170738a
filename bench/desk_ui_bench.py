"""Does the desk page block while the scanner types? A keyboard-wedge scanner types a whole code
in a few milliseconds and presses Enter; a librarian scans one book after another.

The real desk page with the real background runner, on a database with 20,000 readers and
60,000 copies: a "scanner" types 200 codes (a reader card, then books) at 2 ms a character with
60 ms between scans, while a 5 ms heartbeat timer measures how late the UI thread answers. Prints
the UI thread's stalls (heartbeat lateness: median, p99, max) and checks every scan was recorded.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/desk_ui_bench.py``.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from mandrivna.app import open_services
from mandrivna.ui.pages.desk_page import DeskPage
from mandrivna.ui.task_runner import TaskRunner

READERS, RECORDS, SCANS = 20_000, 20_000, 200


def fill(services) -> None:  # type: ignore[no-untyped-def]
    with services.db.write() as writer:
        for n in range(READERS):
            writer.upsert(
                "reader", str(uuid.uuid4()), {"card_number": f"UIB-{n:05d}", "surname": f"Ч{n}"}
            )
    with services.db.write() as writer:
        for n in range(RECORDS):
            record = str(uuid.uuid4())
            writer.upsert("bib_record", record, {"title": f"Книга {n}"})
            for c in range(3):
                writer.upsert(
                    "book_copy",
                    str(uuid.uuid4()),
                    {"record_id": record, "barcode": f"B{n:05d}{c}", "status": "available"},
                )


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp))
        services.device.save("Хаб Дніпро", "Олена")
        fill(services)
        runner = TaskRunner()
        page = DeskPage(services, runner)
        page.show()
        page.open_session()
        while page.session is None:
            app.processEvents()
        codes = ["UIB-00042"] + [f"B{n:05d}0" for n in range(SCANS - 1)]
        keys: list[str] = []
        for code in codes:
            keys.extend(code)
            keys.append("\r")
        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        expected = [clock.elapsed()]

        def beat() -> None:
            now = clock.elapsed()
            if now > 1000:  # after the first second (first queries warm up)
                lateness.append(max(0.0, now - expected[0]))
            expected[0] = now + 5

        heart = QTimer()
        heart.timeout.connect(beat)
        heart.start(5)
        position = [0]

        def type_next() -> None:
            if position[0] >= len(keys):
                return
            char = keys[position[0]]
            position[0] += 1
            key = Qt.Key.Key_Return if char == "\r" else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    page.scan_field,
                    QKeyEvent(
                        kind, key, Qt.KeyboardModifier.NoModifier, "" if char == "\r" else char
                    ),
                )
            QTimer.singleShot(60 if char == "\r" else 2, type_next)

        started = time.perf_counter()
        type_next()
        deadline = time.monotonic() + 300
        while (
            position[0] < len(keys) or page._busy or page._queue
        ) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0005)
        elapsed = time.perf_counter() - started
        heart.stop()
        runner.wait()
        app.processEvents()
        lent = len(page.lending.loans_of(page.reader.id)) if page.reader else 0
        print(f"{SCANS} scans typed and recorded in {elapsed:.1f} s; on loan now: {lent}")
        print(
            f"UI thread lateness after the first second (5 ms heartbeat): "
            f"median {statistics.median(lateness):.1f} ms, "
            f"p99 {sorted(lateness)[int(len(lateness) * 0.99)]:.1f} ms, max {max(lateness):.1f} ms"
        )
        services.close()


if __name__ == "__main__":
    main()
