"""The Sync page against a real server on 127.0.0.1: connect with a code, sync with progress,
and errors shown in plain Ukrainian, with the window never blocked."""

import pytest
from PySide6.QtCore import Qt

from mandrivna.ui.pages.sync_page import SyncPage
from mandrivna.ui.task_runner import TaskRunner

from .keyboard import type_text


@pytest.fixture
def page(qtbot, services, ukrainian):
    services.device.save("Хаб Дніпро", "Олена")
    runner = TaskRunner()
    widget = SyncPage(services.sync, services.status, runner)
    qtbot.addWidget(widget)
    yield widget
    runner.wait()


def test_connect_and_sync_from_the_page(qtbot, page, services, server):
    services.visits.tally("stationary", 4)
    assert not page.sync_button.isEnabled()  # nothing to sync with yet
    type_text(page.server_url, server.url)
    type_text(page.code, server.enroll("Дніпро"))
    with qtbot.waitSignal(page.synced, timeout=20_000) as blocker:
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    # the tally, and who this laptop is (its profile, its hub's name proposed to the directory)
    assert blocker.args[0].pushed == 3
    qtbot.waitUntil(lambda: page.waiting.text() == "0")
    assert page.message.text() == "Синхронізовано: надіслано 3, отримано 0."
    assert page.connected.text().startswith("Підключено до http://127.0.0.1")
    assert not page.form.isVisible() and page.sync_button.isEnabled()
    assert page.enroll_message.text() == ""  # «the first sync starts now» is over
    assert "waiting" in server.cli("devices") or "enrolled" in server.cli("devices")

    services.visits.tally("remote", 1)
    with qtbot.waitSignal(page.synced, timeout=20_000):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Синхронізовано: надіслано 1, отримано 0."


def test_a_wrong_code_is_explained(qtbot, page, server):
    type_text(page.server_url, server.url)
    type_text(page.code, "AAAA-BBBB-CCCC")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Код підключення неправильний" in page.enroll_message.text(), timeout=20_000
    )
    assert page.connect_button.isEnabled()


def test_an_unreachable_server_is_explained_and_nothing_is_lost(qtbot, page, services, server):
    type_text(page.server_url, server.url)
    type_text(page.code, server.enroll("Дніпро"))
    with qtbot.waitSignal(page.synced, timeout=20_000):
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    server.kill()
    services.visits.tally("stationary", 2)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Не вдається зв’язатися" in page.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: page.waiting.text() == "1")  # the status refreshes after
    assert page.sync_button.isEnabled()


def test_a_coordinator_imports_a_bundle_from_the_page(qtbot, tmp_path, services, server, ukrainian):
    from tests.support.live_server import Laptop

    hub = Laptop(tmp_path / "hub", "Хаб Суми")
    hub.run("enroll", "--server", server.url, "--code", server.enroll("Суми"))
    hub_services = hub.services()
    hub_services.visits.tally("remote", 6)
    hub_services.close()
    bundle = tmp_path / "hub.bundle"
    hub.run("sync", "--export-bundle", str(bundle))

    services.device.save("Головний офіс", "Ірина")
    services.sync.enroll(server.url, server.enroll("Головний офіс", "coordinator"))
    runner = TaskRunner()
    page = SyncPage(services.sync, services.status, runner)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible() and page.export_button.isEnabled()
    with qtbot.waitSignal(page.synced, timeout=20_000):
        page.import_bundle(bundle)
    # the tally, the hub laptop's profile and its hub's name proposed to the directory
    assert page.message.text().startswith("Нових змін із пакета: 3.")
    runner.wait()


def test_a_librarian_writes_a_bundle_from_the_page(qtbot, tmp_path, page, services, server):
    services.sync.enroll(server.url, server.enroll("Дніпро"))
    page.refresh()
    assert not page.import_button.isVisibleTo(page)  # librarians only write bundles
    services.visits.tally("stationary", 2)
    target = tmp_path / "stick" / "out.bundle"
    target.parent.mkdir()
    page.export_bundle(target)
    # the tally, the laptop's profile and its hub's name proposed to the directory
    qtbot.waitUntil(lambda: "Записано змін: 3" in page.message.text(), timeout=10_000)
    assert target.exists()


def test_the_bar_shows_what_was_received_of_how_many(qtbot, page, server, tmp_path):
    from tests.support.live_server import Laptop

    other = Laptop(tmp_path / "other", "Хаб Харків")
    other.run("enroll", "--server", server.url, "--code", server.enroll("Харків"))
    services = other.services()
    for _ in range(30):
        services.visits.tally("stationary")
    services.close()
    other.run("sync")
    type_text(page.server_url, server.url)
    type_text(page.code, server.enroll("Дніпро"))
    seen = []
    shown = page._progressed

    def progressed(phase, done, total):
        shown(phase, done, total)
        seen.append((page.progress.value(), page.progress.maximum(), page.message.text()))

    page._progressed = progressed
    with qtbot.waitSignal(page.synced, timeout=20_000) as blocker:
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    # 30, and the other laptop's profile and hub name
    assert blocker.args[0].received == 32
    assert seen[-1] == (32, 32, "Отримано: 32 з 32")
    assert (
        page.message.text() == "Синхронізовано: надіслано 2, отримано 32."
    )  # its own profile, hub
    assert not page.progress.isVisible()


def test_the_loans_worked_out_after_a_catch_up_are_shown_in_words(page):
    page._progressed("finish", 5_000, 20_000)
    assert (page.progress.value(), page.progress.maximum()) == (5_000, 20_000)
    said = page.message.text().replace("\u202f", " ")  # figures grouped by narrow spaces
    assert said.startswith("Зведення видач і пошуку в каталозі: 5 000 з 20 000")
