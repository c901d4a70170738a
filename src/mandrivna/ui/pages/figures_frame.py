"""What the pages of figures (Reports, Dashboard) share: they count when first shown, not at
start, and count again when data they count changes while they are shown."""

from __future__ import annotations

from collections.abc import Callable

from mandrivna.core.change import Changed
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.pages.page_frame import PageFrame

# What a change must touch for the figures to be counted again.
REPORT_ENTITIES = {
    "visit",
    "loan_event",
    "e_loan",
    "consultation",
    "event_checkin",
    "library_event",
    "reader",
    "person_served",
    "in_house_use",
    "reregistration",
    "virtual_visits",
    "plan_figure",
    "book_copy",
    "bib_record",
    "parcel",
    "hub",
    "hub_name",
}


class FiguresFrame(PageFrame):
    """A page of figures; the subclass gives its ``message`` line and its ``load``."""

    message: MessageLine
    load: Callable[[], None]  # count the figures (on the background runner) and show them
    _loaded = False

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self._loaded = True
            self.load()

    def on_data_changed(self, changed: Changed) -> None:
        if self._loaded and REPORT_ENTITIES & changed.entities.keys() and self.isVisible():
            self.load()
