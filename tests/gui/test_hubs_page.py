"""The coordinator's Hubs page, driven from the keyboard over a real server: add a hub, rename
one, merge two spellings of one hub, issue a code for a new laptop, revoke a lost one after a
question; the laptops are named by librarian; a hub gone quiet stands out; the page is in the
navigation only on a coordinator's laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from mandrivna.app import open_services
from mandrivna.core.errors import SyncError
from mandrivna.services.hub_overview import DAY_MS, Overview
from mandrivna.ui.hub_dialogs import AttachDialog, HubDialog, MergeDialog
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.pages.hubs_page import QUIET, HubsPage
from mandrivna.ui.task_runner import ImmediateRunner

from .keyboard import type_text


@pytest.fixture
def hub_laptop(tmp_path, server):
    """A hub's laptop, enrolled and synced under a name the directory does not know yet."""
    services = open_services(tmp_path / "hub")
    services.device.save("Хаб у Дніпрі", "Олена")
    services.sync.enroll(server.url, server.enroll("Хаб у Дніпрі"))
    services.sync.sync()
    yield services
    services.close()


@pytest.fixture
def page(qtbot, services, server, hub_laptop, ukrainian):
    services.device.save("Головний офіс", "Ірина")
    services.sync.enroll(server.url, server.enroll("Головний офіс", "coordinator"))
    services.sync.sync()
    page = HubsPage(services.hub_overview, ImmediateRunner())
    qtbot.addWidget(page)
    page.resize(1098, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def when_modal(action) -> None:
    """Run ``action(dialog)`` on the modal dialog about to open."""
    QTimer.singleShot(0, lambda: action(QApplication.activeModalWidget()))


def back_to(qtbot, page) -> None:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def names(page) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def choose(page, name: str) -> None:
    page.table.setFocus()
    page.table.selectRow(names(page).index(name))


def test_the_directory_from_the_keyboard(qtbot, page, services, hub_laptop) -> None:
    assert "Хаб у Дніпрі" in names(page)  # proposed by its laptop at its first sync

    def fill_new(dialog) -> None:
        assert isinstance(dialog, HubDialog) and dialog.focusWidget() is dialog.name
        type_text(dialog.name, "Хаб Дніпро")
        QTest.keyClick(dialog.name, Qt.Key.Key_Tab)
        type_text(dialog.settlement, "Дніпро")
        QTest.keyClick(dialog.settlement, Qt.Key.Key_Return)

    when_modal(fill_new)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, page)
    assert page.current().name == "Хаб Дніпро"
    assert page.table.item(page.table.currentRow(), 1).text() == "Дніпро"
    assert page.message.text() == "Хаб додано."

    choose(page, "Хаб у Дніпрі")
    assert page.laptops.item(0, 0).text() == "Олена"  # named by librarian, never by a key
    assert page.laptops.item(0, 7).text() == "Працює"

    def pick_keep(dialog) -> None:
        assert isinstance(dialog, MergeDialog)
        dialog.keep.setCurrentIndex(dialog.keep.findText("Хаб Дніпро"))
        QTest.keyClick(dialog.keep, Qt.Key.Key_Return)

    when_modal(pick_keep)
    QTest.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, page)
    assert "Хаб у Дніпрі" not in names(page)
    assert page.current().name == "Хаб Дніпро"
    assert [page.laptops.item(r, 0).text() for r in range(page.laptops.rowCount())] == ["Олена"]

    def rename(dialog) -> None:
        dialog.name.selectAll()
        type_text(dialog.name, "Хаб у Дніпрі (ЦПЧ)")
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)

    when_modal(rename)
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    back_to(qtbot, page)
    assert page.current().name == "Хаб у Дніпрі (ЦПЧ)"
    directory = services.hubs.directory()
    assert directory.display("Хаб у Дніпрі") == directory.display("Хаб Дніпро")
    assert directory.display("Хаб Дніпро") == "Хаб у Дніпрі (ЦПЧ)"

    page.close_button.setFocus()
    QTest.keyClick(page.close_button, Qt.Key.Key_Space)
    assert page.table.item(page.table.currentRow(), 6).text() == "Закрито"
    assert page.close_button.text() == "Відкрити хаб знову"


def test_a_name_met_in_the_data_joins_its_hub(qtbot, page, services) -> None:
    """«Приєднати до хабу…» (Ctrl+J): a spelling only the data knows becomes its hub's."""
    assert not page.attach_button.isVisible()  # nothing to attach yet
    services.events.create_event(
        "Читання", "2026-11-10T18:00", "2026-11-10T19:00", hub="Хаб Дніпро (центр)"
    )
    page.refresh()
    assert page.attach_button.isVisible() and page.attach_button.isEnabled()
    assert "«Хаб Дніпро (центр)»" in page.unknown.text()

    def pick_hub(dialog) -> None:
        assert isinstance(dialog, AttachDialog) and dialog.focusWidget() is dialog.hub
        assert dialog.name.currentText() == "Хаб Дніпро (центр)"
        dialog.hub.setCurrentIndex(dialog.hub.findText("Хаб у Дніпрі"))
        QTest.keyClick(dialog.hub, Qt.Key.Key_Return)

    when_modal(pick_hub)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    back_to(qtbot, page)
    assert services.hubs.names_not_in_directory() == []
    directory = services.hubs.directory()
    assert directory.hub_of("Хаб Дніпро (центр)") == directory.hub_of("Хаб у Дніпрі")
    assert not page.unknown.isVisible() and not page.attach_button.isVisible()
    assert page.current().name == "Хаб у Дніпрі"
    assert "Хаб Дніпро (центр)" in page.current().entry.spellings


def test_a_code_for_a_new_laptop_and_a_lost_one_revoked(qtbot, page, hub_laptop) -> None:
    choose(page, "Хаб у Дніпрі")
    QTest.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "«Хаб у Дніпрі»" in page.code_line.text()
    assert page.laptops.rowCount() == 2  # Олена's, and the slot the code is for
    assert any("не використано" in page.laptops.item(r, 0).text() for r in range(2))

    olena = next(r for r in range(2) if page.laptops.item(r, 0).text() == "Олена")
    page.laptops.setFocus()
    page.laptops.selectRow(olena)
    page.revoke_button.setFocus()
    QTest.keyClick(page.revoke_button, Qt.Key.Key_Space)
    question = page.question
    assert question.isVisible() and "Олена" in question.text()
    (revoke,) = [
        b
        for b in question.buttons()
        if question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    revoke.setFocus()
    QTest.keyClick(revoke, Qt.Key.Key_Space)
    assert page.message.text() == "Ноутбук відкликано."
    states = {page.laptops.item(r, 0).text(): page.laptops.item(r, 7).text() for r in range(2)}
    assert states["Олена"] == "Відкликано"
    with pytest.raises(SyncError, match="revoked"):
        hub_laptop.sync.sync()


def test_a_hub_gone_quiet_stands_out(page, services) -> None:
    listing = services.sync.transport().devices()
    later = listing.server_time_ms + 9 * DAY_MS
    page._show(Overview(services.hub_overview.arrange(listing.devices, later), []))
    row = names(page).index("Хаб у Дніпрі")
    assert page.table.item(row, 6).text() == "Тиша: без синхронізації 9 дн."
    assert page.table.item(row, 0).background().color() == QUIET
    assert page.table.item(row, 0).font().bold()


def test_only_a_coordinators_laptop_shows_the_page(qtbot, page, services, hub_laptop) -> None:
    for laptop, shown in ((services, True), (hub_laptop, False)):
        window = MainWindow(laptop, ImmediateRunner(), auto_sync=False)
        qtbot.addWidget(window)
        assert window.nav.item(window.page_names.index("hubs")).isHidden() is not shown


def test_settings_pick_the_hub_from_the_directory_once_enrolled(qtbot, tmp_path, ukrainian):
    from mandrivna.store.sync_store import SyncStore
    from mandrivna.ui.pages.settings_page import SettingsPage

    services = open_services(tmp_path / "laptop")
    try:
        services.device.save("Хаб Дніпро", "Олена")
        services.hubs.add("Хаб Дніпро", "Дніпро")
        services.hubs.add("Хаб у Києві", "Київ")
        page = SettingsPage(services.device, ImmediateRunner())
        qtbot.addWidget(page)
        page.show()
        assert page.hub.isVisible() and not page.hub_choice.isVisible()  # typed before
        SyncStore(services.db).update_state(server_url="http://127.0.0.1:9", token="t")
        page.hide()
        page.show()  # shown again after the enrollment
        assert page.hub_choice.isVisible() and not page.hub.isVisible()
        assert page.hub_choice.currentText() == "Хаб Дніпро"
        page.hub_choice.setFocus()
        QTest.keyClick(page.hub_choice, Qt.Key.Key_Down)
        assert page.hub_choice.currentText() == "Хаб у Києві"
        page.save_button.setFocus()
        QTest.keyClick(page.save_button, Qt.Key.Key_Space)
        assert services.device.current().hub_name == "Хаб у Києві"
    finally:
        services.close()
