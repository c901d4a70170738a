"""Errors shown in plain words: a full disk (SQLite's own error, through SQLAlchemy) is said as
such, in Ukrainian, not as "something went wrong"; anything else unknown keeps the short note."""

from __future__ import annotations

from mandrivna.ui.error_messages import user_text
from tests.unit.test_cli_sync import a_real_disk_full_error


def test_a_full_disk_is_said_as_such(qapp, ukrainian, tmp_path) -> None:
    text = user_text(a_real_disk_full_error(tmp_path))
    assert text.startswith("На диску ноутбука закінчилося місце")
    assert "Traceback" not in text and "sqlite" not in text.lower()


def test_an_unknown_error_keeps_the_short_note(qapp, ukrainian) -> None:
    text = user_text(KeyError("x"))
    assert "Дані не втрачено" in text
