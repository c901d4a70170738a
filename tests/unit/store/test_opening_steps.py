"""Opening says which long step it is taking: the first start after an update (a backup, then
the update), a check of a big file (before an update, after an unfinished session); an ordinary
start and a new folder say nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mandrivna.core import opening_steps
from mandrivna.core.opening_steps import OpeningStep
from mandrivna.store import database as database_module
from mandrivna.store.database import Database


def _open(data_dir: Path, **kwargs) -> list[OpeningStep]:
    steps: list[OpeningStep] = []
    Database.open(data_dir, on_step=steps.append, **kwargs).close()
    return steps


def _made_by_an_older_version(data_dir: Path) -> None:
    db = Database.open(data_dir)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    with db.transaction() as conn:  # as 0017 made it: without 0018's table
        conn.exec_driver_sql("DROP TABLE catch_up_backlog")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0017'")
    db.close()


@pytest.fixture
def every_file_is_big(monkeypatch):
    monkeypatch.setattr(database_module, "CHECK_WORTH_SAYING_BYTES", 0)


def test_a_new_folder_and_an_ordinary_start_say_nothing(data_dir: Path) -> None:
    assert _open(data_dir) == []  # made, not updated
    assert _open(data_dir, defer_check=True) == []
    assert _open(data_dir) == []  # checked whole, but a small file is checked at once


def test_the_first_start_after_an_update_says_backup_then_update(data_dir: Path) -> None:
    _made_by_an_older_version(data_dir)
    assert _open(data_dir, defer_check=True) == [OpeningStep.BACKUP, OpeningStep.UPGRADE]
    assert _open(data_dir, defer_check=True) == []


def test_a_big_file_is_said_to_be_checked_before_an_update(data_dir, every_file_is_big) -> None:
    _made_by_an_older_version(data_dir)
    assert _open(data_dir, defer_check=True) == [
        OpeningStep.CHECK,
        OpeningStep.BACKUP,
        OpeningStep.UPGRADE,
    ]


def test_a_big_file_is_said_to_be_checked_after_an_unfinished_session(
    data_dir: Path, every_file_is_big
) -> None:
    Database.open(data_dir).close()
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from mandrivna.store.database import Database\n"
        "db = Database.open(Path(sys.argv[1]))\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    os.kill(child.pid, signal.SIGKILL)  # the session never finished
    child.wait()
    assert _open(data_dir, defer_check=True) == [OpeningStep.CHECK]
    assert _open(data_dir, defer_check=True) == []


def test_every_step_has_a_text() -> None:
    assert set(opening_steps.STEP_TEXTS) == set(OpeningStep)
