"""The command line: fast --version without Qt, plain errors with a non-zero exit, screenshots."""

import subprocess
import sys

from mandrivna import __version__
from mandrivna.store.database import DB_FILENAME


def run_cli(*args, env_extra=None):
    import os

    env = {**os.environ, "MANDRIVNA_LANG": "uk", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "mandrivna", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version_answers_without_loading_qt_or_the_database():
    code = (
        "import sys; from mandrivna.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy', 'alembic'))]\n"
        "print('LOADED', bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert f"mandrivna {__version__}" in out.stdout
    assert "LOADED []" in out.stdout


def test_corrupt_database_gives_a_plain_ukrainian_message_and_exit_2(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"garbage" * 1000)
    result = run_cli("--data-dir", str(data), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "пошкоджена" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data / DB_FILENAME).read_bytes() == b"garbage" * 1000


def test_data_dir_from_environment_is_used(tmp_path, monkeypatch):
    from mandrivna.app import default_data_dir

    monkeypatch.setenv("MANDRIVNA_DATA_DIR", str(tmp_path / "env-data"))
    assert default_data_dir() == tmp_path / "env-data"


def test_the_first_command_after_an_update_says_what_it_is_doing(tmp_path):
    """A backup, then the update: minutes on a full year's data, said on the terminal."""
    from mandrivna.store.database import Database

    data = tmp_path / "data"
    db = Database.open(data)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    with db.transaction() as conn:
        conn.exec_driver_sql("DROP TABLE catch_up_backlog")  # as 0017 made it
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0017'")
    db.close()
    result = run_cli("--data-dir", str(data), "backup", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[:3] == [
        "Робимо резервну копію бази даних перед оновленням…",
        "Це може тривати кілька хвилин на даних за цілий рік. Не вимикайте ноутбук.",
        "Оновлюємо базу даних для цієї версії «Мандрівної»…",
    ]
    again = run_cli("--data-dir", str(data), "backup", "--list")
    assert again.returncode == 0 and again.stderr == ""
