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


def days_late(due_on: str, today: dt.date) -> int:
    return (today - dt.date.fromisoformat(due_on)).days


def by_lateness(lines: list[OverdueLine]) -> list[OverdueLine]:
    """Most days late first; then by hub and reader."""
    return sorted(lines, key=lambda line: (-line.days_late, line.hub, line.reader, line.loan_id))
