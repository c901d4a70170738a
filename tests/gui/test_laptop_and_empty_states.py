"""Settings names the laptop by its hub and librarian; the raw device id waits under Details;
empty lists say what to do next."""

from mandrivna.ui.pages.backup_settings import BackupSettings
from mandrivna.ui.pages.settings_page import SettingsPage
from mandrivna.ui.task_runner import ImmediateRunner


def test_the_laptop_is_its_hub_and_librarian_with_the_id_under_details(qtbot, services, ukrainian):
    services.device.save("Хаб у Дніпрі", "Олена")
    page = SettingsPage(services.device, ImmediateRunner())
    qtbot.addWidget(page)
    page.show()
    device_id = services.device.current().device_id
    assert page.this_laptop.text() == "Хаб у Дніпрі, бібліотекар Олена"
    assert device_id not in page.this_laptop.text()
    assert not page.device_id.isVisible()
    page.details_button.click()
    assert page.device_id.isVisible() and device_id in page.device_id.text()
    page.librarian.setText("Ірина")
    page.save()
    assert page.this_laptop.text() == "Хаб у Дніпрі, бібліотекар Ірина"


def test_an_empty_backup_list_says_what_to_do(qtbot, services, ukrainian):
    section = BackupSettings(services.backups, ImmediateRunner())
    qtbot.addWidget(section)
    section.show()
    assert section.list.count() == 0
    assert section.empty.isVisible() and "Зробити копію зараз" in section.empty.text()
    section.backup_now()
    assert section.list.count() == 1 and not section.empty.isVisible()


def test_an_empty_reader_list_says_how_to_register(qtbot, services, ukrainian):
    from mandrivna.ui.pages.readers_page import ReadersPage

    services.device.save("Хаб у Дніпрі", "Олена")
    page = ReadersPage(services.readers, ImmediateRunner(), "Бібліотека", services=services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.table.rowCount() == 0
    assert page.empty.isVisible() and "Новий читач" in page.empty.text()
    services.readers.register("Петренко", "Іван", consent=True)
    page.refresh()
    assert page.table.rowCount() == 1 and not page.empty.isVisible()
