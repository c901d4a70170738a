"""One way to run work from a screen (the idea of Anki's ``CollectionOp``): a page states what to
run and what to do with the result, nothing else.

    PageOp(self, lambda: self.readers.block(reader_id, reason)).done(self.blocked).run()

The op runs the call on the page's background runner (with a progress callable when the page
shows progress), then on the main thread calls ``done`` with the result and hands what the write
changed (a ``Changed``, alone or with the result) to the main window through the page's
``announce``, so every view refreshes. A failure is said in place, in the page's message area
(``say``), in plain words (``user_text``), unless the page handles it itself (``failed``).
Widgets named with ``busy`` are disabled while the work runs. Call ``run`` on the main thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from PySide6.QtWidgets import QWidget

from mandrivna.core.change import Changed
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

T = TypeVar("T")


class Page(Protocol):
    """What an op needs of the screen that runs it: the runner and a place to say things."""

    runner: TaskRunner | ImmediateRunner

    def say(self, text: str, error: bool = False) -> None: ...


@runtime_checkable
class Announces(Protocol):
    """A page that hands what its writes changed to the main window (a dialog does not: the page
    that opened it takes its result)."""

    def announce(self, changed: Changed) -> None: ...


def changed_in(result: object) -> Changed | None:
    """What a service's result says it changed: the result itself, the last item of a tuple
    (``(id, Changed)``), or its ``changed`` (``ScanResult``, ``CheckIn``, reports)."""
    if isinstance(result, Changed):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changed):
        return result[-1]
    changed = getattr(result, "changed", None)
    return changed if isinstance(changed, Changed) else None


class PageOp(Generic[T]):
    def __init__(self, page: Page, call: Callable[..., T]) -> None:
        self.page = page
        self.call = call
        self._done: Callable[[T], None] | None = None
        self._failed: Callable[[BaseException], None] | None = None
        self._progress: Callable[..., None] | None = None
        self._busy: Sequence[QWidget] = ()

    def done(self, fn: Callable[[T], None]) -> PageOp[T]:
        """What to do with the result, on the main thread (before it is announced)."""
        self._done = fn
        return self

    def failed(self, fn: Callable[[BaseException], None]) -> PageOp[T]:
        """Handle a failure here instead of saying it in the page's message area."""
        self._failed = fn
        return self

    def progress(self, fn: Callable[..., None]) -> PageOp[T]:
        """Long work: the call is handed a ``progress(*values)`` callable, whose calls reach
        ``fn(*values)`` on the main thread."""
        self._progress = fn
        return self

    def busy(self, *widgets: QWidget) -> PageOp[T]:
        """Widgets disabled while the work runs (the button that started it)."""
        self._busy = widgets
        return self

    def run(self) -> None:
        for widget in self._busy:
            widget.setEnabled(False)
        if self._progress is not None:
            self.page.runner.run_with_progress(
                self.call, self._progress, self._succeeded, self._fell_through
            )
        else:
            self.page.runner.run(self.call, self._succeeded, self._fell_through)

    def _release(self) -> None:
        for widget in self._busy:
            widget.setEnabled(True)

    def _succeeded(self, result: Any) -> None:
        self._release()
        if self._done is not None:
            self._done(result)
        changed = changed_in(result)
        if changed is None or not (changed or changed.entities):
            return
        if isinstance(self.page, Announces):
            self.page.announce(changed)

    def _fell_through(self, exc: BaseException) -> None:
        self._release()
        if self._failed is not None:
            self._failed(exc)
        else:
            self.page.say(user_text(exc), error=True)
