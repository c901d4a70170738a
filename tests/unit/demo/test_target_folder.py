"""The folder the demo fills: refused when it holds a laptop's data (before any work), replaced
with --yes keeping a backup of what it held, and encrypted when the folder is."""

import pytest

from mandrivna.app import open_services
from mandrivna.core.errors import PassphraseNeededError
from mandrivna.demo import target_folder
from mandrivna.demo.generator import DemoOptions, make_demo
from mandrivna.services.backup_service import BackupService
from mandrivna.store.connection import is_plain_sqlite
from mandrivna.store.database import DB_FILENAME, Database

PASSPHRASE = "довгий пароль 2024"


def laptop(folder, hub="Хаб у Львові"):
    db = Database.open(folder)
    db.set_device(hub_name=hub, librarian_name="Олена")
    db.close()
    return folder / DB_FILENAME


def test_a_new_or_empty_folder_is_taken_and_a_laptops_folder_refused_in_one_sentence(tmp_path):
    target_folder.check(tmp_path / "new", replace=False)
    Database.open(tmp_path / "empty").close()  # a database with nothing set up yet
    target_folder.check(tmp_path / "empty", replace=False)
    folder = tmp_path / "hub"
    laptop(folder)
    with pytest.raises(target_folder.FolderHoldsDataError) as refused:
        make_demo(folder, DemoOptions())
    assert str(folder) in str(refused.value) and "--yes" in str(refused.value)
    services = open_services(folder)  # untouched
    assert services.device.current().hub_name == "Хаб у Львові"
    services.close()


def test_replacing_keeps_a_backup_of_what_the_folder_held(tmp_path):
    folder = tmp_path / "hub"
    laptop(folder)
    built = laptop(tmp_path / "built", "Хаб у Дніпрі")
    kept = target_folder.put_in_place(built, folder)
    assert kept is not None and kept.name.endswith("-before-demo.sqlite3")
    services = open_services(folder)
    try:
        assert services.device.current().hub_name == "Хаб у Дніпрі"
        info = BackupService(services.db).check(kept)
        assert info.hub == "Хаб у Львові" and info.kind == "before-demo"
    finally:
        services.close()


def test_an_encrypted_folder_needs_its_passphrase_and_gets_the_demo_encrypted(
    tmp_path, monkeypatch
):
    folder = tmp_path / "secret"
    services = open_services(folder)
    services.device.save("Хаб у Львові", "Олена")
    services.encryption.turn_on(PASSPHRASE, PASSPHRASE)
    services.close()
    monkeypatch.delenv("MANDRIVNA_PASSPHRASE", raising=False)
    with pytest.raises(PassphraseNeededError):
        target_folder.check(folder, replace=True)
    monkeypatch.setenv("MANDRIVNA_PASSPHRASE", PASSPHRASE)
    built = laptop(tmp_path / "built", "Хаб у Дніпрі")
    target_folder.put_in_place(built, folder)
    assert not is_plain_sqlite(folder / DB_FILENAME)
    services = open_services(folder)
    try:
        assert services.device.current().hub_name == "Хаб у Дніпрі"
        assert services.encryption.is_on()
    finally:
        services.close()
