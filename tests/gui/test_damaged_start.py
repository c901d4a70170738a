"""A damaged database at start: the app offers the newest good backup, says what it holds, and
opens on it when the librarian agrees (the damaged file is kept aside)."""

from PySide6.QtWidgets import QMessageBox

from mandrivna.app import open_services
from mandrivna.store.database import DB_FILENAME
from mandrivna.ui import gui_main


def test_a_damaged_database_offers_the_newest_good_backup(qapp, data_dir, monkeypatch):
    services = open_services(data_dir)
    services.device.save("Хаб Дніпро", "Олена")
    services.readers.register("Петренко", "Іван", consent=True)
    services.backups.backup_now()
    services.close()
    (data_dir / DB_FILENAME).write_bytes(b"\x00" * 8192)
    asked = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert gui_main._offer_restore(data_dir, "Базу пошкоджено.", None) is None  # said no
    restored = gui_main._offer_restore(data_dir, "Базу пошкоджено.", None)
    assert restored is not None
    try:
        assert [r.surname for r in restored.readers.search("")] == ["Петренко"]
    finally:
        restored.close()
    assert "Базу пошкоджено." in asked[0] and "1" in asked[0]  # the problem and what it holds
    assert list((data_dir / "backups").glob("mandrivna-*-damaged.sqlite3"))
