"""Many visits written on a laptop at once (one write transaction), for tests that need more
changes than one page or one push holds."""

from __future__ import annotations

from mandrivna.store.database import Database


def write_visits(db: Database, count: int, prefix: str = "v", day: str = "2026-11-25") -> None:
    """``count`` visits of one person each, ids ``prefix`` and a number, at the hub «Хаб»."""
    with db.write() as writer:
        for i in range(count):
            writer.fact(
                "visit",
                f"{prefix}{i}",
                {"day": day, "hub": "Хаб", "channel": "remote", "count": 1},
            )
