"""What a reader has done with the library, as the reader's page shows it: loans now and before,
visits by channel this year, events attended, course progress and the history of blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from mandrivna.core.desk import LoanLine


@dataclass(frozen=True, slots=True)
class AttendedEvent:
    day: str
    title: str
    hub: str | None = None


@dataclass(frozen=True, slots=True)
class CourseProgress:
    """A course the reader enrolled in: sessions attended of those it takes to complete it."""

    title: str
    attended: int
    required: int
    withdrawn: bool = False

    @property
    def completed(self) -> bool:
        return self.required > 0 and self.attended >= self.required


@dataclass(frozen=True, slots=True)
class BlockChange:
    """The reader was blocked (with the reason) or unblocked on ``day``."""

    day: str
    blocked: bool
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ReaderActivity:
    year: int
    loans: list[LoanLine] = field(default_factory=list)  # open now, soonest due first
    history: list[LoanLine] = field(default_factory=list)  # every loan, latest first
    visits: dict[str, int] = field(default_factory=dict)  # this year, by channel
    events: list[AttendedEvent] = field(default_factory=list)  # latest first
    courses: list[CourseProgress] = field(default_factory=list)
    blocks: list[BlockChange] = field(default_factory=list)  # latest first
