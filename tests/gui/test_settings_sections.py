"""Settings: backups (now, second folder, restore after confirming what the backup holds) and
lending periods that due dates follow."""

import datetime as dt

from mandrivna.app import open_services
from mandrivna.ui.pages.backup_settings import BackupSettings
from mandrivna.ui.pages.lending_settings import LendingSettings
from mandrivna.ui.task_runner import ImmediateRunner


def test_back_up_choose_a_second_folder_and_restore(qtbot, services, data_dir, tmp_path):
    services.device.save("Хаб Дніпро", "Олена")
    services.readers.register("Петренко", "Іван", consent=True)
    section = BackupSettings(services.backups, ImmediateRunner())
    qtbot.addWidget(section)
    section.backup_now()
    assert section.list.count() == 1 and "1" in section.list.item(0).text()
    stick = tmp_path / "usb"
    stick.mkdir()
    section.choose_folder = lambda: stick
    section.set_folder()
    assert str(stick) in section.folder_label.text()
    services.readers.register("Коваль", "Ольга", consent=True)
    asked = []
    section.ask = lambda question: asked.append(question) or True
    section.choose_file = lambda: section.infos[0].path
    with qtbot.waitSignal(section.restored):
        section.restore()
    assert "1" in asked[0]  # the question says what the backup holds
    reopened = open_services(data_dir)
    names = sorted(r.surname for r in reopened.readers.search(""))
    reopened.close()
    assert names == ["Коваль", "Петренко"]  # own newer work carried over, nothing lost


def test_a_bad_file_is_refused_in_words(qtbot, services, tmp_path):
    services.device.save("Хаб Дніпро", "Олена")
    section = BackupSettings(services.backups, ImmediateRunner())
    qtbot.addWidget(section)
    bad = tmp_path / "photo.sqlite3"
    bad.write_bytes(b"\xff\xd8\xff" * 1000)
    section.choose_file = lambda: bad
    section.restore()
    assert "photo.sqlite3" in section.message.text()


def test_lending_periods_set_the_due_date(qtbot, services):
    services.device.save("Хаб Дніпро", "Олена")
    section = LendingSettings(services.lending, ImmediateRunner())
    qtbot.addWidget(section)
    assert section.days["book"].value() == 30
    section.days["book"].setValue(21)
    section.save()
    reader, _ = services.readers.register("Петренко", "Іван", consent=True)
    record, _ = services.catalogue.add_record("Кобзар")
    services.catalogue.add_copies(record, barcode="INV-1")
    services.desk.open_session()
    result = services.lending.scan("INV-1", reader)
    assert result.due_on == (dt.date.today() + dt.timedelta(days=21)).isoformat()
