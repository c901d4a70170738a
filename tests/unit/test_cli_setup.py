"""``mandrivna setup`` and ``mandrivna enroll`` on a folder not set up: a laptop set up with no
window, settings changed one at a time, encryption on request (passphrase from the environment or
typed twice, never on the command line), and refusals in one sentence before anything is saved."""

import io

import pytest

from mandrivna import cli_questions
from mandrivna.app import open_services
from mandrivna.cli import main
from mandrivna.store.folder_encryption import is_encrypted

PASSPHRASE = "книжкова полиця"


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch):
    """As under a scheduled task: nobody at a terminal, no passphrase in the environment."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv("MANDRIVNA_PASSPHRASE", raising=False)
    monkeypatch.setenv("MANDRIVNA_LANG", "uk")


def settings_of(folder):
    services = open_services(folder, PASSPHRASE if is_encrypted(folder) else None)
    try:
        return services.device.current()
    finally:
        services.close()


def test_a_new_folder_is_set_up_then_changed_one_setting_at_a_time(data_dir, capsys):
    assert (
        main(
            ["--data-dir", str(data_dir), "setup", "--hub", " Хаб  Дніпро ", "--librarian", "Олена"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Ноутбук налаштовано." in out
    assert "Хаб: Хаб Дніпро. Бібліотекар: Олена. Мова: Українська." in out
    assert "mandrivna setup --encrypt" in out  # encryption is recommended
    first = settings_of(data_dir)
    assert main(["--data-dir", str(data_dir), "setup", "--language", "en"]) == 0
    assert "Налаштування змінено." in capsys.readouterr().out  # MANDRIVNA_LANG=uk still wins
    changed = settings_of(data_dir)
    assert (changed.hub_name, changed.librarian_name, changed.language) == (
        "Хаб Дніпро",
        "Олена",
        "en",
    )
    assert changed.device_id == first.device_id
    assert main(["--data-dir", str(data_dir), "setup"]) == 0  # no option: shows the settings
    assert "Бібліотекар: Олена. Мова: English." in capsys.readouterr().out


def test_a_new_folder_needs_both_names_and_nothing_is_saved_without_them(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "setup", "--hub", "Хаб Дніпро"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "Цю папку даних ще не налаштовано: вкажіть і --hub, і --librarian."
    assert settings_of(data_dir) is None
    assert main(["--data-dir", str(data_dir), "setup", "--hub", "", "--librarian", "Олена"]) == 2
    assert "Вкажіть назву хабу." in capsys.readouterr().err
    assert settings_of(data_dir) is None


def test_encryption_takes_the_passphrase_from_the_environment(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_PASSPHRASE", PASSPHRASE)
    args = ["--data-dir", str(data_dir), "setup", "--hub", "Хаб Суми", "--librarian", "Олена"]
    assert main([*args, "--encrypt"]) == 0
    assert "Дані зашифровано." in capsys.readouterr().out
    assert is_encrypted(data_dir) and settings_of(data_dir).hub_name == "Хаб Суми"
    assert main(["--data-dir", str(data_dir), "setup", "--encrypt"]) == 2
    assert "вже зашифровано" in capsys.readouterr().err


def test_with_no_terminal_and_no_passphrase_encryption_is_refused_and_nothing_saved(
    data_dir, capsys
):
    args = ["--data-dir", str(data_dir), "setup", "--hub", "Хаб Суми", "--librarian", "Олена"]
    assert main([*args, "--encrypt"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Немає термінала") and "MANDRIVNA_PASSPHRASE" in err
    assert len(err.splitlines()) == 1
    assert settings_of(data_dir) is None and not is_encrypted(data_dir)


def test_a_short_passphrase_is_refused_before_anything_is_saved(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_PASSPHRASE", "коротко")
    args = ["--data-dir", str(data_dir), "setup", "--hub", "Хаб Суми", "--librarian", "Олена"]
    assert main([*args, "--encrypt"]) == 2
    assert "щонайменше 8" in capsys.readouterr().err
    assert settings_of(data_dir) is None and not is_encrypted(data_dir)


def test_at_a_terminal_the_passphrase_is_typed_twice(data_dir, capsys, monkeypatch):
    typed = iter([PASSPHRASE, PASSPHRASE])
    prompts = []
    monkeypatch.setattr(cli_questions, "has_terminal", lambda: True)
    monkeypatch.setattr(
        cli_questions.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(typed)
    )
    args = ["--data-dir", str(data_dir), "setup", "--hub", "Хаб Суми", "--librarian", "Олена"]
    assert main([*args, "--encrypt"]) == 0
    assert prompts == [
        "Нова парольна фраза (щонайменше 8 символів): ",
        "Та сама парольна фраза ще раз: ",
    ]
    assert is_encrypted(data_dir)


def test_enroll_on_a_folder_not_set_up_asks_for_the_librarian_before_using_the_code(
    data_dir, capsys
):
    # no server listens on port 9: a command that tried to enroll would fail otherwise
    enroll = [
        "--data-dir",
        str(data_dir),
        "enroll",
        "--server",
        "http://127.0.0.1:9",
        "--code",
        "ABCD-EFGH",
    ]
    assert main(enroll) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "Цей ноутбук ще не налаштовано: вкажіть ім’я бібліотекаря в --librarian (хаб буде "
        "взято з підключення)."
    )
    assert main([*enroll, "--librarian", "   "]) == 2
    assert capsys.readouterr().err.strip() == "Вкажіть ім’я бібліотекаря."
    assert settings_of(data_dir) is None
