"""Opening the database off the GUI thread: a long step is said in a small window (in
Ukrainian), a quick opening shows none, what the opening returns or raises comes back."""

from __future__ import annotations

import threading
import time

import pytest

from mandrivna.core.errors import DatabaseFileError
from mandrivna.core.opening_steps import OpeningStep
from mandrivna.ui import opening_wait
from mandrivna.ui.opening_wait import OpeningWait


def test_a_long_update_is_said_in_a_window_while_the_gui_keeps_running(
    qapp, ukrainian, monkeypatch
) -> None:
    monkeypatch.setattr(opening_wait, "SHOW_AFTER_MS", 50)
    wait = OpeningWait()
    labels: list[str] = []
    gui_thread = threading.get_ident()
    opened_on: list[int] = []

    def open_with(on_step):
        opened_on.append(threading.get_ident())
        on_step(OpeningStep.BACKUP)
        time.sleep(0.5)
        labels.append(wait.dialog.labelText() if wait.dialog else "")
        on_step(OpeningStep.UPGRADE)
        time.sleep(0.5)
        labels.append(wait.dialog.labelText() if wait.dialog else "")
        return "services"

    assert wait.run(open_with) == "services"
    assert opened_on and opened_on[0] != gui_thread
    assert wait.shown_steps == ["backup", "upgrade"]
    assert labels[0].startswith("Робимо резервну копію бази даних перед оновленням…")
    assert labels[1].startswith("Оновлюємо базу даних для цієї версії «Мандрівної»…")
    assert "Не вимикайте ноутбук" in labels[1]
    assert wait.dialog is None  # closed once the database is open


def test_a_quick_opening_shows_no_window(qapp) -> None:
    def open_with(on_step):
        on_step(OpeningStep.CHECK)  # a small file: checked at once
        return 7

    wait = OpeningWait()
    assert wait.run(open_with) == 7
    assert wait.shown_steps == [] and wait.dialog is None


def test_what_the_opening_raises_is_raised_on_the_gui_thread(qapp) -> None:
    def open_with(on_step):
        raise DatabaseFileError("damaged")

    with pytest.raises(DatabaseFileError):
        OpeningWait().run(open_with)
