"""The main window's pages, each built the first time it is shown (or asked for).

The window starts with an empty placeholder for every page but the ones it builds at once, so a
start-up pays only for the first page: the Dashboard's charts, the reports and their modules load
when a librarian first opens them. A page built later is wired by its factory (signals to the
window) and reads its data as it is built, so it is as fresh as one built at start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

PageFactory = Callable[[], QWidget]


class PageStack(QStackedWidget):
    """A stack of named pages; ``page(name)`` builds a page on first use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self._factories: dict[str, PageFactory] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, name: str, factory: PageFactory, build_now: bool = False) -> None:
        """A page at the end of the stack, built now or when first shown."""
        self.names.append(name)
        self._factories[name] = factory
        if build_now:
            self._built[name] = factory()
            self.addWidget(self._built[name])
        else:
            self.addWidget(QWidget())  # a placeholder until the page is first shown

    def is_built(self, name: str) -> bool:
        return name in self._built

    def page(self, name: str) -> QWidget:
        """The page, built (and put in its placeholder's place) if it is not yet."""
        if name not in self._built:
            index = self.names.index(name)
            placeholder = self.widget(index)
            page = self._factories[name]()
            self._built[name] = page
            was_current = self.currentWidget() is placeholder
            self.insertWidget(index, page)
            if was_current:
                self.setCurrentWidget(page)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._built[name]

    def show_index(self, index: int) -> None:
        """Show the page at ``index`` (a navigation row), building it first if need be."""
        if 0 <= index < len(self.names):
            self.page(self.names[index])
            self.setCurrentIndex(index)
