"""Encryption in the app: offered at first run (checked, recommended), turned on or the
passphrase changed in Settings, the passphrase asked at start until right (Cancel quits), and a
backup made with another passphrase asks for that one."""

import shutil

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from mandrivna.app import open_services
from mandrivna.cli import main
from mandrivna.store.folder_encryption import is_encrypted
from mandrivna.ui import gui_main, translator
from mandrivna.ui.first_run_dialog import FirstRunDialog
from mandrivna.ui.pages.backup_settings import BackupSettings
from mandrivna.ui.pages.encryption_settings import EncryptionSettings
from mandrivna.ui.passphrase_dialogs import PassphraseDialog
from mandrivna.ui.task_runner import ImmediateRunner
from tests.support.disk_bytes import SURNAME, files_holding

from .keyboard import type_text

FIRST = "книжкова полиця"
SECOND = "читальна зала 2026"


@pytest.fixture
def app_start(qapp, monkeypatch):
    """Starting the app in this process installs translators: take them out afterwards, so
    later tests see the English they expect."""
    installed, locale = [], QLocale()
    real = translator.install_translators

    def install(app, language):
        made = real(app, language)
        installed.extend(made)
        return made

    monkeypatch.setattr(translator, "install_translators", install)
    yield
    for item in installed:
        qapp.removeTranslator(item)
    QLocale.setDefault(locale)


def test_first_run_encrypts_with_the_passphrase_typed_twice(qtbot, services, data_dir):
    dialog = FirstRunDialog(services.device, encryption=services.encryption)
    qtbot.addWidget(dialog)
    assert dialog.encrypt.isChecked()  # recommended: on unless unticked
    assert dialog.passphrase.first.echoMode() == QLineEdit.EchoMode.Password
    type_text(dialog.hub, "Хаб у Дніпрі")
    type_text(dialog.librarian, "Олена Ковальчук")
    type_text(dialog.passphrase.first, FIRST)
    type_text(dialog.passphrase.second, FIRST + "!")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    assert services.device.current() is None and not is_encrypted(data_dir)  # nothing saved
    dialog.passphrase.second.clear()
    type_text(dialog.passphrase.second, FIRST)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert is_encrypted(data_dir) and services.encryption.is_on()
    services.readers.register(SURNAME, "Іван", consent=True)  # the app goes on
    assert files_holding(data_dir) == {}


def test_first_run_without_encryption_when_unticked(qtbot, services, data_dir):
    dialog = FirstRunDialog(services.device, encryption=services.encryption)
    qtbot.addWidget(dialog)
    type_text(dialog.hub, "Хаб у Дніпрі")
    type_text(dialog.librarian, "Олена")
    dialog.encrypt.setChecked(False)
    assert not dialog.passphrase.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and not is_encrypted(data_dir)


def test_settings_turn_encryption_on_then_change_the_passphrase(qtbot, services, data_dir):
    services.device.save("Хаб Дніпро", "Олена")
    services.readers.register(SURNAME, "Іван", consent=True)
    services.backups.backup_now()
    section = EncryptionSettings(services.encryption, ImmediateRunner())
    qtbot.addWidget(section)
    assert "Not encrypted" in section.state.text()
    asked = []
    section.ask = lambda changing: asked.append(changing) or ("", FIRST, FIRST)
    qtbot.mouseClick(section.button, Qt.MouseButton.LeftButton)
    assert asked == [False]
    assert "1 backups" in section.message.text()
    assert section.button.text() == "Change passphrase…" and "are encrypted" in section.state.text()
    assert files_holding(data_dir) == {}
    section.ask = lambda changing: ("не та фраза", SECOND, SECOND)
    section.start()
    assert "wrong" in section.message.text() and "b00020" in section.message.styleSheet()
    section.ask = lambda changing: (FIRST, SECOND, SECOND)
    section.start()
    assert "Done" in section.message.text()
    services.close()
    reopened = open_services(data_dir, SECOND)
    assert [r.surname for r in reopened.readers.search("")] == [SURNAME]
    reopened.close()


def test_the_start_asks_until_the_passphrase_is_right(qtbot, data_dir, monkeypatch, app_start):
    monkeypatch.delenv("MANDRIVNA_PASSPHRASE", raising=False)
    services = open_services(data_dir)
    services.device.save("Хаб Дніпро", "Олена")
    services.encryption.turn_on(FIRST, FIRST)
    services.close()
    answers, errors = ["книжкова полица", FIRST], []

    def ask(error):
        errors.append(error)
        return answers.pop(0)

    assert gui_main.unlock_folder(data_dir, ask) == FIRST
    assert errors[0] is None and "wrong" in errors[1]
    monkeypatch.setenv("MANDRIVNA_PASSPHRASE", FIRST)
    assert gui_main.unlock_folder(data_dir, lambda error: None) == FIRST  # nothing asked
    monkeypatch.setenv("MANDRIVNA_PASSPHRASE", "книжкова полица")  # wrong: asked instead
    assert gui_main.unlock_folder(data_dir, lambda error: None) is None
    # Cancel in the dialog at start quits the app without opening anything
    monkeypatch.setattr(gui_main, "ask_start_passphrase", lambda error: None)
    assert gui_main.run_gui(data_dir) == 0


def test_the_passphrase_dialog_hides_what_is_typed_and_says_why_it_asks_again(qtbot):
    dialog = PassphraseDialog("Дані зашифровано.", "The passphrase is wrong.")
    qtbot.addWidget(dialog)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.error.text() == "The passphrase is wrong."


def test_a_backup_made_with_another_passphrase_asks_for_it(qtbot, services, data_dir, tmp_path):
    services.device.save("Хаб Дніпро", "Олена")
    services.readers.register(SURNAME, "Іван", consent=True)
    services.encryption.turn_on(FIRST, FIRST)
    old = tmp_path / "from-the-stick.sqlite3"
    shutil.copy(services.backups.backup_now().path, old)
    services.encryption.change(FIRST, SECOND, SECOND)
    section = BackupSettings(services.backups, ImmediateRunner())
    qtbot.addWidget(section)
    section.choose_file = lambda: old
    problems = []
    section.ask_passphrase = lambda problem: problems.append(problem) or FIRST
    section.ask = lambda question: True
    with qtbot.waitSignal(section.restored):
        section.restore()
    assert "passphrase it was made with" in problems[0]
    reopened = open_services(data_dir, SECOND)
    assert [r.surname for r in reopened.readers.search("")] == [SURNAME]
    reopened.close()


def test_a_screenshot_of_an_encrypted_folder_takes_the_passphrase_from_the_environment(
    tmp_path, monkeypatch, app_start
):
    data = tmp_path / "d"
    services = open_services(data)
    services.device.save("Хаб Дніпро", "Олена")
    services.encryption.turn_on(FIRST, FIRST)
    services.close()
    target = tmp_path / "settings.png"
    monkeypatch.delenv("MANDRIVNA_PASSPHRASE", raising=False)
    assert main(["--data-dir", str(data), "--screenshot", str(target)]) == 2
    monkeypatch.setenv("MANDRIVNA_PASSPHRASE", FIRST)
    assert main(["--data-dir", str(data), "--screenshot", str(target), "--page", "settings"]) == 0
    assert target.stat().st_size > 0
