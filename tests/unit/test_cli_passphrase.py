"""Commands on an encrypted data folder take the passphrase from MANDRIVNA_PASSPHRASE (a
scheduled task has nobody to ask); without it, or with a wrong one, a plain message and exit 2."""

import os
import subprocess
import sys

import pytest

from mandrivna.app import open_services
from tests.support.disk_bytes import PHONE, SURNAME, files_holding

PASSPHRASE = "книжкова полиця"


def run_cli(*args, passphrase=None, backup_passphrase=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MANDRIVNA_")}
    env["MANDRIVNA_LANG"] = "en"
    if passphrase is not None:
        env["MANDRIVNA_PASSPHRASE"] = passphrase
    if backup_passphrase is not None:
        env["MANDRIVNA_BACKUP_PASSPHRASE"] = backup_passphrase
    return subprocess.run(
        [sys.executable, "-m", "mandrivna", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def encrypted(data_dir):
    services = open_services(data_dir)
    services.device.save("Хаб Дніпро", "Олена")
    services.readers.register(SURNAME, "Іван", consent=True, phone=PHONE)
    services.encryption.turn_on(PASSPHRASE, PASSPHRASE)
    services.close()
    return data_dir


def test_a_backup_from_a_scheduled_task_with_the_passphrase_in_the_environment(encrypted):
    made = run_cli("--data-dir", str(encrypted), "backup", passphrase=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    assert "1 readers" in made.stdout
    listed = run_cli("--data-dir", str(encrypted), "backup", "--list", passphrase=PASSPHRASE)
    assert "mandrivna-" in listed.stdout
    assert list((encrypted / "backups").iterdir()) and files_holding(encrypted) == {}


def test_without_the_passphrase_a_plain_message_and_exit_2(encrypted):
    result = run_cli("--data-dir", str(encrypted), "backup")
    assert result.returncode == 2
    assert "MANDRIVNA_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    assert not (encrypted / "backups").exists()


def test_a_wrong_passphrase_is_called_wrong_and_exit_2(encrypted):
    result = run_cli("--data-dir", str(encrypted), "sync", passphrase="книжкова полица")
    assert result.returncode == 2
    assert "passphrase is wrong" in result.stderr
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr


def test_restore_on_a_new_laptop_needs_the_backup_passphrase(encrypted, tmp_path):
    run_cli("--data-dir", str(encrypted), "backup", passphrase=PASSPHRASE)
    [backup] = (encrypted / "backups").iterdir()
    new_laptop = str(tmp_path / "new")
    refused = run_cli("--data-dir", new_laptop, "restore", str(backup), "--yes")
    assert refused.returncode == 2 and "MANDRIVNA_BACKUP_PASSPHRASE" in refused.stderr
    done = run_cli(
        "--data-dir", new_laptop, "restore", str(backup), "--yes", backup_passphrase=PASSPHRASE
    )
    assert done.returncode == 0, done.stderr
    services = open_services(tmp_path / "new", PASSPHRASE)  # the folder took its passphrase
    assert [r.surname for r in services.readers.search("")] == [SURNAME]
    services.close()
    assert files_holding(tmp_path / "new") == {}
