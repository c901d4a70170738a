"""The one way a screen runs work (PageOp): the result to the page, then what it changed to the
main window; a refusal said in the page's message area in the user's words; busy buttons wait;
progress reaches the page; on the real background runner as on the immediate one."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.ui.page_op import PageOp, changed_in
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner


class FakePage(QWidget):
    """A page as PageOp sees it: a runner, a message area, an announcement to the window."""

    def __init__(self, runner) -> None:
        super().__init__()
        self.runner = runner
        self.events: list[tuple] = []

    def say(self, text: str, error: bool = False) -> None:
        self.events.append(("say", text, error))

    def announce(self, changed: Changed) -> None:
        self.events.append(("announce", changed))


class FakeDialog(QWidget):
    """A dialog: it says things, and the page that opened it announces its result."""

    def __init__(self, runner) -> None:
        super().__init__()
        self.runner = runner
        self.said: list[tuple[str, bool]] = []

    def say(self, text: str, error: bool = False) -> None:
        self.said.append((text, error))


def written(entity: str = "reader") -> Changed:
    changed = Changed()
    changed.stored = 1
    changed.entities[entity].add("r1")
    return changed


@dataclass
class Result:
    changed: Changed


@pytest.fixture(params=["immediate", "background"])
def runner(request, qtbot):
    if request.param == "immediate":
        yield ImmediateRunner()
        return
    runner = TaskRunner()
    yield runner
    runner.wait()


def finish(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)


def test_the_result_goes_to_the_page_then_what_it_changed_to_the_window(qtbot, runner):
    page = FakePage(runner)
    qtbot.addWidget(page)
    changed = written()
    PageOp(page, lambda: ("id-1", changed)).done(
        lambda result: page.events.append(("done", result[0]))
    ).run()
    finish(qtbot, runner)
    assert page.events == [("done", "id-1"), ("announce", changed)]


def test_a_refusal_is_said_in_the_page_in_the_users_words_and_nothing_is_announced(
    qtbot, runner, ukrainian
):
    page = FakePage(runner)
    qtbot.addWidget(page)

    def refused() -> Changed:
        raise ValidationError("The hub name is too long (at most {n} characters).", n=120)

    PageOp(page, refused).done(lambda _r: page.events.append(("done",))).run()
    finish(qtbot, runner)
    assert page.events == [("say", "Назва хабу задовга (щонайбільше 120 символів).", True)]


def test_an_unexpected_error_is_said_plainly_and_logged(qtbot, runner, caplog, ukrainian):
    page = FakePage(runner)
    qtbot.addWidget(page)

    def broken() -> None:
        raise KeyError("internal")

    PageOp(page, broken).run()
    finish(qtbot, runner)
    [(kind, text, error)] = page.events
    assert kind == "say" and error and "Дані не втрачено" in text and "internal" not in text
    assert "Unexpected error" in caplog.text


def test_a_page_may_handle_a_failure_itself(qtbot, runner):
    page = FakePage(runner)
    qtbot.addWidget(page)
    seen: list[BaseException] = []

    def refused() -> None:
        raise ValidationError("No reader has the card {code}.", code="X")

    PageOp(page, refused).failed(seen.append).run()
    finish(qtbot, runner)
    assert page.events == [] and isinstance(seen[0], ValidationError)


def test_busy_buttons_wait_while_the_work_runs(qtbot):
    runner = TaskRunner()
    page = FakePage(runner)
    button = QPushButton(page)
    qtbot.addWidget(page)
    release = threading.Event()
    PageOp(page, lambda: release.wait(5) and written()).busy(button).run()
    assert not button.isEnabled()
    release.set()
    finish(qtbot, runner)
    assert button.isEnabled() and page.events[0][0] == "announce"
    runner.wait()


def test_a_button_is_released_after_a_failure_too(qtbot, runner, ukrainian):
    page = FakePage(runner)
    button = QPushButton(page)
    qtbot.addWidget(page)

    def refused() -> None:
        raise ValidationError("Enter the hub name.")

    PageOp(page, refused).busy(button).run()
    finish(qtbot, runner)
    assert button.isEnabled() and page.events == [("say", "Вкажіть назву хабу.", True)]


def test_progress_reaches_the_page_on_its_own_thread(qtbot, runner):
    page = FakePage(runner)
    qtbot.addWidget(page)
    steps: list[tuple[int, int, bool]] = []
    main = threading.get_ident()

    def long_work(progress) -> int:
        for done in range(3):
            progress(done, 3)
        return 3

    PageOp(page, long_work).progress(
        lambda done, total: steps.append((done, total, threading.get_ident() == main))
    ).done(lambda n: page.events.append(("done", n))).run()
    finish(qtbot, runner)
    qtbot.waitUntil(lambda: len(steps) == 3, timeout=5000)
    assert steps == [(0, 3, True), (1, 3, True), (2, 3, True)]
    assert page.events == [("done", 3)]


def test_nothing_changed_is_not_announced(qtbot, runner):
    page = FakePage(runner)
    qtbot.addWidget(page)
    PageOp(page, Changed).run()
    PageOp(page, lambda: [1, 2]).run()  # a read
    finish(qtbot, runner)
    assert page.events == []


def test_a_dialog_does_not_announce_what_it_saved(qtbot, runner):
    dialog = FakeDialog(runner)
    qtbot.addWidget(dialog)
    results = []
    PageOp(dialog, written).done(results.append).run()
    finish(qtbot, runner)
    assert results and results[0].stored == 1 and dialog.said == []


def test_what_a_result_says_it_changed():
    changed = written()
    assert changed_in(changed) is changed
    assert changed_in(("id", changed)) is changed
    assert changed_in(Result(changed)) is changed
    assert changed_in(("id", 3)) is None and changed_in(None) is None and changed_in([]) is None
