"""The check of the whole database file (issue #17): run at open after an unclean close (a real
process killed while it had the database open), deferred after a clean one, and never skipped
before a write: a file damaged after a clean close is caught, told in plain words, and nothing is
written onto it; the next start checks it at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mandrivna.core.errors import DatabaseFileError
from mandrivna.store import file_check, open_marks
from mandrivna.store.database import DB_FILENAME, Database
from tests.support.damaged_page import damage_table_page

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def checks(monkeypatch) -> list[Path]:
    """Every whole-file check run (by ``quick_check``), as the file it ran on."""
    ran: list[Path] = []
    real = file_check._quick_check

    def counted(conn, path):
        ran.append(path)
        real(conn, path)

    monkeypatch.setattr(file_check, "_quick_check", counted)
    return ran


def with_readers(data_dir: Path, count: int) -> Path:
    db = Database.open(data_dir)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    with db.write() as writer:
        for i in range(count):
            writer.upsert("reader", f"r{i}", {"surname": f"Петренко{i}", "given_name": "Іван"})
    db.close()
    return data_dir / DB_FILENAME


def test_a_clean_restart_skips_the_whole_file_check(data_dir, checks):
    with_readers(data_dir, 3)
    checks.clear()
    db = Database.open(data_dir, defer_check=True)
    try:
        assert checks == [] and not db.whole_file_checked
        assert db.device() is not None  # reads need no check
        assert checks == []
        with db.write() as writer:  # a write waits for it
            writer.upsert("reader", "r-new", {"surname": "Коваль", "given_name": "Ольга"})
        assert checks == [db.path] and db.whole_file_checked
        db.check_whole_file()  # once is enough
        assert checks == [db.path]
    finally:
        db.close()
    assert open_marks.leftovers(data_dir) == []
    assert list((data_dir / open_marks.MARKS_FOLDER).iterdir()) == []


def test_without_defer_every_open_checks_the_whole_file(data_dir, checks):
    with_readers(data_dir, 1)
    checks.clear()
    Database.open(data_dir).close()  # the command line, backups, restores
    assert len(checks) == 1


def test_a_killed_process_makes_the_next_start_check_the_whole_file(data_dir, checks):
    with_readers(data_dir, 3)
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", str(data_dir), "hold"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        # while it has the database open, its mark is live: not a leftover
        assert open_marks.leftovers(data_dir) == []
    finally:
        holder.kill()  # SIGKILL: no clean close
        holder.wait(timeout=30)
    [left] = open_marks.leftovers(data_dir)
    checks.clear()
    db = Database.open(data_dir, defer_check=True)
    try:
        assert checks == [db.path] and db.whole_file_checked  # before anything is written
        assert not left.exists()  # answered by the check that passed
    finally:
        db.close()
    checks.clear()
    Database.open(data_dir, defer_check=True).close()  # and the start after is quick again
    assert checks == []


def test_another_live_opening_is_not_taken_for_a_crash(data_dir, checks):
    with_readers(data_dir, 1)
    first = Database.open(data_dir, defer_check=True)
    try:
        checks.clear()
        second = Database.open(data_dir, defer_check=True)
        second.close()
        assert checks == []
        assert len(list((data_dir / open_marks.MARKS_FOLDER).iterdir())) == 1  # first's own
    finally:
        first.close()


def test_a_file_damaged_after_a_clean_close_is_caught_and_not_written(data_dir):
    path = with_readers(data_dir, 300)
    damaged = damage_table_page(path, "reader")
    db = Database.open(data_dir, defer_check=True)  # the cheap checks cannot see it
    with pytest.raises(DatabaseFileError, match="damaged"):
        db.check_whole_file()
    with pytest.raises(DatabaseFileError, match="damaged"), db.write() as writer:
        writer.upsert("reader", "r-new", {"surname": "Коваль", "given_name": "Ольга"})
    with pytest.raises(DatabaseFileError, match="damaged"):
        db.set_device(librarian_name="Ірина")
    db.close()
    assert path.read_bytes() == damaged
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # the mark stays: the next start checks at once and refuses the file as it is
    assert len(open_marks.leftovers(data_dir)) == 1
    with pytest.raises(DatabaseFileError, match="damaged"):
        Database.open(data_dir, defer_check=True)
    assert path.read_bytes() == damaged


def test_a_mark_that_cannot_be_read_counts_as_left_over(data_dir):
    with_readers(data_dir, 1)
    folder = data_dir / open_marks.MARKS_FOLDER
    (folder / f"broken{open_marks.MARK_SUFFIX}").mkdir()  # open() fails on a folder
    assert [p.name for p in open_marks.leftovers(data_dir)] == [f"broken{open_marks.MARK_SUFFIX}"]
