"""What the status bar and the Sync page show of this laptop: where it works, who works on it,
when it last synced, how many changes wait to be sent, and whether its clock looks wrong."""

from __future__ import annotations

from dataclasses import dataclass

from mandrivna.core.clock_check import ClockProblem


@dataclass(frozen=True)
class Status:
    hub_name: str | None
    librarian_name: str | None
    server_url: str | None
    last_sync_at_ms: int | None
    waiting: int
    last_error: str | None
    clock: ClockProblem | None = None
