"""The main window builds a page the first time it is shown: a start-up pays only for the first
page, and a page built later is wired to the window and reads fresh data as it is built."""

import os
import subprocess
import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from mandrivna.app import open_services
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import ImmediateRunner

# What the first page (Readers) does not need, so a start must not import it.
NOT_AT_START = (
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "openpyxl",
    "requests",  # the sync page sends nothing at start
    "pydantic",  # nor talks to the server (the wire's models)
    "mandrivna.sync.sync_engine",
    "mandrivna.ui.report_pdf",
    "mandrivna.ui.report_charts",
    "mandrivna.ui.import_dialog",  # and with it pymarc, for the import button only
    "mandrivna.ui.pages.dashboard_page",
    "mandrivna.ui.pages.reports_page",
    "mandrivna.ui.pages.catalogue_page",
    "mandrivna.ui.pages.sync_page",  # built for the first sync by itself, or when shown
    "mandrivna.ui.reader_dialog",  # opened to register or edit a reader
)
# Nor, on a laptop already set up (no migration to run), what the window reads its first page
# without: the list, its count and the status come through the SQLite driver (issue #17).
NOT_BEFORE_THE_WINDOW = (
    *NOT_AT_START,
    "sqlalchemy",
    "mandrivna.store.tables",
    "mandrivna.services.reader_service",
    "mandrivna.services.sync_service",
    "mandrivna.services.backup_service",
    # A plain start is read without the full command line (issue #17, third session): its
    # parser, the commands' modules and the .ts catalogue its help is translated from.
    "mandrivna.cli_argparse",
    "mandrivna.cli_setup",
    "mandrivna.cli_exchange",
    "mandrivna.cli_demo",
    "mandrivna.cli_report",
    "xml.etree.ElementTree",
    "mandrivna.core.backups",
    # The log file's rotating handler (with socket and pickle) comes with the first record.
    "logging.handlers",
    "socket",
    # Every connection is SQLCipher's: the standard library's sqlite3 only types them.
    "sqlite3",
    # A folder that is not encrypted checks no passphrase: no OpenSSL through hashlib.
    "hashlib",
    # The data folder is named (--data-dir): the user's default folder is not looked up.
    "platformdirs",
    # The reader's activity tabs are empty until a reader is chosen.
    "mandrivna.core.reader_activity",
    "mandrivna.core.desk",
    "mandrivna.core.loans",
)

START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from mandrivna.app import open_services
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import ImmediateRunner
app = QApplication([])
services = open_services(Path(sys.argv[1]))
window = MainWindow(services, ImmediateRunner(), auto_sync=False)
window.show()
app.processEvents()
print("\\n".join(sorted(sys.modules)))
services.close()
"""


def test_a_start_builds_the_first_page_and_imports_nothing_the_first_page_does_not_need(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded = set(result.stdout.split())
    assert "mandrivna.ui.pages.readers_page" in loaded
    assert [name for name in NOT_AT_START if name in loaded] == []


def test_a_start_draws_the_readers_page_with_its_readers_before_sqlalchemy(tmp_path):
    """``mandrivna --screenshot``, as the start-up bench runs it, on a laptop with readers: the
    picture holds the first page as a librarian sees it, and no module the first page does not
    need was imported to draw it."""
    folder = tmp_path / "hub"
    services = open_services(folder)
    services.device.save("Хаб Дніпро", "Олена")
    for n in range(3):
        services.readers.register(f"Петренко{n}", "Олег", consent=True)
    services.close()
    script = (
        "import sys; from mandrivna.cli import main; code = main(sys.argv[1:]); "
        "print('MODULES', ' '.join(sorted(sys.modules))); sys.exit(code)"
    )
    shot = tmp_path / "start.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MANDRIVNA_LANG": "uk"}
    result = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(folder), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded = set(result.stdout.split("MODULES", 1)[1].split())
    assert "mandrivna.ui.pages.readers_page" in loaded
    assert [name for name in NOT_BEFORE_THE_WINDOW if name in loaded] == []
    assert QImage(str(shot)).size() == QSize(1366, 768)


def test_the_first_page_lists_the_newest_readers_and_their_count(qtbot, services, ukrainian):
    services.device.save("Хаб Дніпро", "Олена")
    for n in range(3):
        services.readers.register(f"Петренко{n}", "Олег", consent=True)
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    page = window.readers_page
    assert [r.surname for r in page.results] == ["Петренко2", "Петренко1", "Петренко0"]
    assert "3" in page.count_label.text()
    assert page.results == services.readers.find("").found  # as the search lists them


def test_only_the_first_page_is_built_at_start(qtbot, services):
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    built = [name for name in window.page_names if window.pages.is_built(name)]
    assert built == ["readers"]
    assert window.current_page_name() == "readers"
    assert window.pages.currentWidget() is window.readers_page


def test_the_laptops_own_sync_builds_the_sync_page(qtbot, services, monkeypatch):
    """The window syncs by itself soon after the start and then every few minutes: the Sync
    page, not built at start, is built for the first one."""
    from mandrivna.ui import main_window

    monkeypatch.setattr(main_window, "FIRST_AUTO_SYNC_MS", 10)
    window = MainWindow(services, ImmediateRunner())
    qtbot.addWidget(window)
    assert not window.pages.is_built("sync")
    assert window.sync_timer.isActive() and window.sync_timer.interval() == main_window.AUTO_SYNC_MS
    qtbot.waitUntil(lambda: window.pages.is_built("sync"), timeout=5000)
    assert window.current_page_name() == "readers"  # built, not shown
    quiet = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(quiet)
    assert not quiet.sync_timer.isActive()


def test_a_page_built_later_reads_fresh_data_and_hears_later_writes(qtbot, services, ukrainian):
    services.device.save("Хаб Дніпро", "Олена")
    catalogue = CatalogueService(services.db)
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    catalogue.add_record("Кайдашева сім'я")  # written after the start, before the page is built
    row = window.page_names.index("catalogue")
    window.nav.setFocus()
    for _ in range(row):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # as a librarian walks the navigation
    assert window.current_page_name() == "catalogue"
    page = window.catalogue_page
    assert window.pages.currentWidget() is page
    assert {hit.record.title for hit in page.hits} == {"Кайдашева сім'я"}
    _id, changed = catalogue.add_record("Intermezzo")
    window.announce(changed)  # the page built later hears the window's data_changed
    assert {hit.record.title for hit in page.hits} == {"Кайдашева сім'я", "Intermezzo"}


def test_reaching_a_page_builds_it_without_showing_it(qtbot, services):
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    desk = window.desk_page
    assert window.pages.is_built("desk") and window.current_page_name() == "readers"
    assert window.desk_page is desk  # built once
    window.show_page("desk")
    assert window.pages.currentWidget() is desk
    assert window.pages.count() == len(window.page_names)
