"""The check of the whole database file after the window is drawn (issue #17): a file damaged
after a clean close opens (the cheap checks cannot see it), the background check catches it and
the librarian is told in a dialog; a save from a page is then refused in words and nothing is
written to the file. A healthy file is checked once, silently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from mandrivna.app import open_services
from mandrivna.store.database import DB_FILENAME
from mandrivna.ui import main_window
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import TaskRunner
from tests.support.damaged_page import damage_table_page

from .keyboard import type_text


def hub_with_readers(data_dir: Path, count: int) -> Path:
    services = open_services(data_dir)
    services.device.save("Хаб Дніпро", "Олена")
    for i in range(count):
        services.readers.register(f"Петренко{i}", "Іван", consent=True)
    services.close()
    return data_dir / DB_FILENAME


def started(qtbot, data_dir: Path, runner: TaskRunner) -> MainWindow:
    """The window as ``run_gui`` starts it: opened with the check deferred, drawn, then the
    check queued first on the background runner."""
    services = open_services(data_dir, defer_check=True)
    window = MainWindow(services, runner, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert not services.db.whole_file_checked  # drawn before the whole file was read
    window.check_database()
    return window


def test_a_damaged_file_is_told_after_the_window_is_drawn_and_not_written(
    qtbot, data_dir, ukrainian, monkeypatch
):
    path = hub_with_readers(data_dir, 300)
    damaged = damage_table_page(path, "reader")
    shown: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    runner = TaskRunner()
    window = started(qtbot, data_dir, runner)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        [text] = shown
        assert "пошкоджена" in text and "Traceback" not in text
        assert "Більше нічого не буде записано" in text
        window.show_page("settings")
        page = window.settings_page
        page.librarian.clear()
        type_text(page.librarian, "Марія")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "пошкоджена" in page.message.text(), timeout=10_000)
        runner.wait()
    finally:
        window.services.close()
    assert path.read_bytes() == damaged
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_healthy_file_is_checked_once_and_nothing_is_said(
    qtbot, data_dir, ukrainian, monkeypatch
):
    hub_with_readers(data_dir, 3)
    shown: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    runner = TaskRunner()
    window = started(qtbot, data_dir, runner)
    try:
        qtbot.waitUntil(lambda: window.services.db.whole_file_checked, timeout=10_000)
        runner.wait()
        assert shown == []
    finally:
        window.services.close()
