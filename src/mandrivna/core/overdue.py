"""A loan past its due date, as the people who call readers need it: who (the reader kept after
any merge), how to reach them, which hub, which copy and title, and how many days late."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class OverdueLine:
    loan_id: str
    reader_id: str | None
    reader: str
    card: str
    phone: str
    hub: str
    barcode: str
    title: str
    due_on: str
    days_late: int

    def columns(self) -> tuple[str, str, str, str, str, str, dt.date, int]:
        """The list's columns in order, as shown, printed and exported: reader, card, phone,
        hub, the copy's barcode, title, due date, days late."""
        return (
            self.reader,
            self.card,
            self.phone,
            self.hub,
            self.barcode,
            self.title,
            dt.date.fromisoformat(self.due_on),
            self.days_late,
        )

    def texts(self) -> tuple[str, ...]:
        """The columns as text: the date as 31.12.2024."""
        *names, due, late = self.columns()
        return (*names, f"{due:%d.%m.%Y}", str(late))


def days_late(due_on: str, today: dt.date) -> int:
    return (today - dt.date.fromisoformat(due_on)).days


def by_lateness(lines: list[OverdueLine]) -> list[OverdueLine]:
    """Most days late first; then by hub and reader."""
    return sorted(lines, key=lambda line: (-line.days_late, line.hub, line.reader, line.loan_id))
