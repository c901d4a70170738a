"""The command line speaks the user's language: ``--help`` of the app and of every command,
argparse's own texts (usage, option titles, errors) and every line a command prints, Ukrainian by
default and English with MANDRIVNA_LANG=en."""

import os
import re
import subprocess
import sys

import pytest

from mandrivna.cli import build_parser, main
from mandrivna.cli_argparse import TEXTS, speaking
from mandrivna.core.text_catalog import TextCatalog
from mandrivna.resource_paths import translation_sources

COMMANDS = ("setup", "enroll", "sync", "backup", "restore", "import", "export", "demo")
CYRILLIC = re.compile("[а-яіїєґ]", re.IGNORECASE)


def texts_asked_for(capsys) -> set[tuple[str, str]]:
    """Every (context, text) the parser asks to translate while building and showing its help."""
    asked: set[tuple[str, str]] = set()

    def record(context: str, text: str) -> str:
        asked.add((context, text))
        return text

    with speaking(record):
        parser = build_parser(record)
        for args in (["--help"], *([command, "--help"] for command in COMMANDS)):
            with pytest.raises(SystemExit):
                parser.parse_args(args)
        with pytest.raises(SystemExit):
            parser.parse_args(["import", "nothing", "x.csv"])  # an error line too
    capsys.readouterr()
    return asked


def test_every_help_text_and_argparse_text_has_a_ukrainian_translation(capsys):
    asked = texts_asked_for(capsys)
    cli_texts = {text for context, text in asked if context == "cli"}
    assert len(cli_texts) > 40
    argparse_texts = {text for context, text in asked if context == "argparse"}
    assert argparse_texts <= set(TEXTS) | cli_texts  # our titles go through argparse's lookup too
    ukrainian = TextCatalog(translation_sources(), "uk")
    untranslated = [text for text in cli_texts if ukrainian.translate("cli", text) == text]
    untranslated += [text for text in TEXTS if ukrainian.translate("argparse", text) == text]
    assert untranslated == []


def help_of(*args, language):
    env = {**os.environ, "MANDRIVNA_LANG": language}
    return subprocess.run(
        [sys.executable, "-m", "mandrivna", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_help_in_ukrainian_by_default_and_in_english_on_request():
    uk = help_of("setup", "--help", language="uk")
    assert uk.returncode == 0
    assert uk.stdout.startswith("використання: mandrivna setup")
    assert "параметри:" in uk.stdout and "показати цю довідку й вийти" in uk.stdout
    assert "ім’я бібліотекаря" in uk.stdout
    en = help_of("setup", "--help", language="en")
    assert en.stdout.startswith("usage: mandrivna setup")
    assert "show this help message and exit" in en.stdout and "the librarian's name" in en.stdout
    top = help_of("--help", language="uk").stdout
    assert "команди:" in top and "підключити цей ноутбук до сервера синхронізації" in top


def test_a_usage_error_is_ukrainian_with_exit_2():
    result = help_of("import", "photos", "x.csv", language="uk")
    assert result.returncode == 2
    assert "mandrivna import: помилка: аргумент {catalogue,readers}: неправильний вибір" in (
        result.stderr
    )


def test_every_line_each_command_prints_is_ukrainian(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MANDRIVNA_LANG", "uk")
    monkeypatch.delenv("MANDRIVNA_PASSPHRASE", raising=False)
    data = str(tmp_path / "data")
    table = tmp_path / "books.csv"
    table.write_text("title;authors;copies\nТигролови;Багряний, Іван;2\n", encoding="utf-8")
    runs = [
        ["setup", "--hub", "Хаб Дніпро", "--librarian", "Олена"],
        ["setup"],
        ["import", "catalogue", str(table), "--dry-run"],
        ["import", "catalogue", str(table)],
        ["export", "catalogue", str(tmp_path / "out.xlsx")],
        ["backup"],
        ["backup", "--list"],
        ["sync"],  # not enrolled: a plain error
        ["sync", "--export-bundle", str(tmp_path / "bundle.mandrivna")],
    ]
    printed = []
    for args in runs:
        main(["--data-dir", data, *args])
        captured = capsys.readouterr()
        printed += (captured.out + captured.err).splitlines()
    backup = next((tmp_path / "data" / "backups").iterdir())
    main(["--data-dir", data, "restore", str(backup), "--yes"])
    captured = capsys.readouterr()
    printed += (captured.out + captured.err).splitlines()
    assert len(printed) > 15
    english = [line for line in printed if not CYRILLIC.search(line)]
    assert english == []
    assert not [line for line in printed if "(manual)" in line or "(daily)" in line]
    assert any("(зроблена вручну)" in line for line in printed)
