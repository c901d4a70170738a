"""A new laptop's first sync cut short in its loan events leaves copies whose loans wait
(``catch_up_backlog``); the app's start works them out on the background runner, so the desk
sees a copy on loan as on loan before the next sync."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from mandrivna.app import open_services
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import TaskRunner


def lent_with_loan_waiting(data_dir: Path) -> tuple[str, str]:
    """A copy lent, as a catch-up cut short would leave it: its event in, its loan not."""
    services = open_services(data_dir)
    services.device.save("Хаб Дніпро", "Олена")
    reader_id, _ = services.readers.register("Петренко", "Іван", consent=True)
    record_id, _ = services.catalogue.add_record("Кобзар")
    [copy_id], _ = services.catalogue.add_copies(record_id, 1)
    services.desk.open_session()
    [copy] = services.catalogue.copies_of(record_id)
    services.lending.lend(reader_id, copy, "тест")
    with services.db.transaction() as conn:
        conn.execute(text("DELETE FROM loan"))
        conn.execute(
            text("INSERT INTO catch_up_backlog (kind, id) VALUES ('loans', :id)"), {"id": copy_id}
        )
    services.close()
    return copy_id, reader_id


def test_the_start_works_out_the_loans_a_cut_short_catch_up_left(qtbot, data_dir, ukrainian):
    copy_id, reader_id = lent_with_loan_waiting(data_dir)
    services = open_services(data_dir, defer_check=True)
    runner = TaskRunner()
    window = MainWindow(services, runner, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert services.catch_up_waiting()
    said: list[str] = []
    shown = window._catch_up_progressed

    def progressed(done: int, total: int) -> None:
        shown(done, total)
        said.append(window.status.currentMessage())

    window._catch_up_progressed = progressed
    try:
        window.finish_catch_up()
        qtbot.waitUntil(lambda: not services.catch_up_waiting(), timeout=10_000)
        runner.wait()
        qtbot.waitUntil(lambda: len(said) >= 2 and said[-1].endswith(" 2 з 2"), timeout=10_000)
        # said while it runs, in Ukrainian (the copy's record joins once it is lent), then gone
        assert said == [
            "Зведення видач і пошуку в каталозі: 0 з 1",
            "Зведення видач і пошуку в каталозі: 1 з 2",
            "Зведення видач і пошуку в каталозі: 2 з 2",
        ]
        qtbot.waitUntil(lambda: window.status.currentMessage() == "", timeout=10_000)
        with services.db.read() as conn:
            loans = conn.execute(text("SELECT copy_id, returned_on FROM loan")).all()
        assert loans == [(copy_id, None)]
        assert [line.loan.copy_id for line in services.lending.loans_of(reader_id)] == [copy_id]
        assert services.catalogue.copy_line(copy_id).states == ("on_loan",)
    finally:
        services.close()


def test_the_start_builds_the_indexes_a_cut_short_catch_up_left_out(qtbot, data_dir, ukrainian):
    """Cut short before any loan event was written, a catch-up leaves only the fact tables'
    indexes waiting: the start builds them, says so while it does, and the words go after
    (nothing of a reader or a copy changed: the status bar is cleared all the same)."""
    services = open_services(data_dir)
    services.device.save("Хаб Дніпро", "Олена")
    schema = text("SELECT name, sql FROM sqlite_schema WHERE type = 'index'")
    with services.db.read() as conn:
        before = conn.execute(schema).all()
    assert services.sync.store.defer_fact_indexes(50_000)
    services.close()
    services = open_services(data_dir, defer_check=True)
    runner = TaskRunner()
    window = MainWindow(services, runner, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    try:
        assert services.catch_up_waiting()
        window.finish_catch_up()
        qtbot.waitUntil(lambda: not services.catch_up_waiting(), timeout=10_000)
        runner.wait()
        qtbot.waitUntil(lambda: window.status.currentMessage() == "", timeout=10_000)
        with services.db.read() as conn:
            assert sorted(conn.execute(schema).all()) == sorted(before)
    finally:
        services.close()
