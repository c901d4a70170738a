"""``mandrivna sync`` ends in words and a non-zero exit code whatever stops it: a sync error, a
full disk, a signal, a defect in the app (the details to the data folder's log, never a
traceback). The network's failures end to end: ``tests/e2e/test_sync_failures.py``."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy.exc

from mandrivna.cli_sync import EXIT_DEFECT, EXIT_FAILED, guarded, stopping_on_signals
from mandrivna.core.errors import SyncError, disk_full
from mandrivna.core.text_catalog import TextCatalog
from mandrivna.resource_paths import translation_sources

UK = TextCatalog(translation_sources(), "uk").translate
EN = TextCatalog(translation_sources(), "en").translate


def raising(exc: BaseException):
    def run() -> int:
        raise exc

    return run


def a_real_disk_full_error(tmp_path: Path) -> sqlalchemy.exc.OperationalError:
    """SQLite's own error when a write finds no room (the file may not grow further)."""
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'small.sqlite3'}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x)")
            conn.exec_driver_sql("PRAGMA max_page_count = 3")
            conn.exec_driver_sql("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlalchemy.exc.OperationalError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the write should not have fitted")


def test_a_sync_error_is_said_with_exit_2(tmp_path, capsys):
    error = SyncError(
        "The server had a problem ({code}). Try again later; nothing recorded here is lost.",
        code=503,
    )
    assert guarded(tmp_path, raising(error), UK) == EXIT_FAILED
    assert "На сервері сталася помилка (503)" in capsys.readouterr().err


def test_a_full_disk_is_said_with_exit_2(tmp_path, capsys):
    exc = a_real_disk_full_error(tmp_path)
    assert isinstance(exc.orig, sqlite3.OperationalError)
    assert guarded(tmp_path, raising(exc), UK) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "закінчилося місце" in err and str(tmp_path) in err
    assert "Traceback" not in err


def test_what_counts_as_a_full_disk():
    assert disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert disk_full(sqlite3.OperationalError("database or disk is full"))
    wrapped = ValueError("while applying")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert disk_full(wrapped)
    assert not disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not disk_full(KeyError("x"))


def test_a_defect_is_said_in_a_sentence_and_its_details_go_to_the_log(tmp_path, capsys):
    assert guarded(tmp_path, raising(KeyError("bib_record")), UK) == EXIT_DEFECT
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "mandrivna.log"
    assert "помилка в програмі (KeyError)" in err and str(log) in err
    assert "Traceback" not in err
    assert "Traceback" in log.read_text() and "bib_record" in log.read_text()


def test_in_english(tmp_path, capsys):
    assert guarded(tmp_path, raising(KeyError("x")), EN) == EXIT_DEFECT
    assert "The sync stopped because of an error in the app (KeyError)" in capsys.readouterr().err


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_ends_the_sync_in_words_with_128_plus_its_number(tmp_path, capsys, signum):
    def run() -> int:
        os.kill(os.getpid(), signum)
        raise AssertionError("the signal stops the sync before this")

    before = signal.getsignal(signum)
    assert guarded(tmp_path, run, UK) == 128 + signum
    assert f"Синхронізацію зупинено ({signal.Signals(signum).name})" in capsys.readouterr().err
    assert signal.getsignal(signum) is before  # put back after the sync


def test_ctrl_c_is_said_too(tmp_path, capsys):
    assert guarded(tmp_path, raising(KeyboardInterrupt()), UK) == 130
    assert "Синхронізацію зупинено (SIGINT)" in capsys.readouterr().err


def test_a_hangup_ignored_from_the_start_stays_ignored():
    """Under ``nohup`` the sync goes on when the terminal closes."""
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with stopping_on_signals():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            os.kill(os.getpid(), signal.SIGHUP)  # nothing happens
    finally:
        signal.signal(signal.SIGHUP, before)


def test_a_closed_terminal_does_not_turn_the_message_into_a_traceback(tmp_path, monkeypatch):
    class Gone:
        def write(self, _text: str) -> int:
            raise OSError(errno.EIO, "Input/output error")

        def flush(self) -> None:
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr("sys.stderr", Gone())
    assert guarded(tmp_path, raising(SyncError("Sync failed.")), UK) == EXIT_FAILED
