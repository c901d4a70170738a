"""Report speed: the yearly report against the plan (every indicator, the library and per hub)
over about 2,000,000 visits, loans, e-loans, consultations, events and check-ins at 30 hubs,
written straight into the tables (the change log plays no part in reading a report); then a
quarter, one hub's year, and the year's records behind a figure.

Run: ``.venv/bin/python bench/report_bench.py [scale] [runs]`` (scale 1: about 2M rows).
Target: the yearly report in under 1 s.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from mandrivna.core import report_periods as periods
from mandrivna.services.report_service import ReportService
from mandrivna.store import tables
from mandrivna.store.database import Database

HUBS = [f"Хаб {n:02d}" for n in range(1, 31)]
YEAR = 2024
CHUNK = 20_000


def _day(rng: random.Random) -> str:
    return (dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(366))).isoformat()


def _rows(count: int, make: Callable[[int], dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch = []
    for i in range(count):
        batch.append(make(i))
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _placed(row: dict[str, Any], where: Callable[[str | None], str]) -> dict[str, Any]:
    row["hub"] = where(row["reader_id"])
    return row


def fill(db: Database, scale: float, rng: random.Random) -> dict[str, int]:
    readers = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(int(60_000 * scale))]
    home = {r: rng.choice(HUBS) for r in readers}

    def where(reader: str | None) -> str:
        """A reader's own hub, or (one time in ten, and for people without a card) any."""
        return home[reader] if reader and rng.random() < 0.9 else rng.choice(HUBS)

    fact = {"device_id": "bench", "hlc": 1}
    sizes = {
        "visit": int(1_200_000 * scale),
        "loan_event": int(400_000 * scale),
        "e_loan": int(200_000 * scale),
        "consultation": int(60_000 * scale),
        "library_event": int(5_000 * scale),
        "event_checkin": int(100_000 * scale),
    }
    events = [str(uuid.uuid4()) for _ in range(sizes["library_event"])]
    makers: dict[str, Callable[[int], dict[str, Any]]] = {
        "reader": lambda i: {
            "id": readers[i],
            "card_number": f"B{i:06d}",
            "registration_hub": home[readers[i]],
            "registered_on": _day(rng) if i % 3 else "2023-05-01",
            "registration_years": [YEAR],
            "deleted": False,
            "stamps": {},
            "updated_hlc": 1,
        },
        "visit": lambda i: _placed(
            {
                "id": str(uuid.uuid4()),
                "day": _day(rng),
                "channel": rng.choice(("non_stationary", "non_stationary", "remote")),
                "count": 1 if i % 10 else rng.randint(1, 9),
                "reader_id": rng.choice(readers) if i % 10 else None,
                **fact,
            },
            where,
        ),
        "loan_event": lambda i: _placed(
            {
                "id": str(uuid.uuid4()),
                "kind": ("lend", "lend", "renew", "return")[i % 4],
                "copy_id": str(i % 50_000),
                "reader_id": rng.choice(readers),
                "day": _day(rng),
                **fact,
            },
            where,
        ),
        "e_loan": lambda i: _placed(
            {
                "id": str(uuid.uuid4()),
                "kind": "e_loan" if i % 5 else "free_resource",
                "day": _day(rng),
                "reader_id": rng.choice(readers) if i % 2 else None,
                **fact,
            },
            where,
        ),
        "consultation": lambda i: _placed(
            {
                "id": str(uuid.uuid4()),
                "kind": ("reference", "consultation")[i % 2],
                "topic": "educational",
                "topics": ["educational"],
                "channel": "phone",
                "outcome": "answered",
                "day": _day(rng),
                "reader_id": rng.choice(readers) if i % 2 else None,
                **fact,
            },
            where,
        ),
        "library_event": lambda i: {
            "id": events[i],
            "title": "Захід",
            "hub": rng.choice(HUBS),
            "format": ("offline", "online", "hybrid")[i % 3],
            "starts_at": _day(rng) + "T12:00",
            "attended_in_person": rng.randint(0, 40),
            "attended_online": rng.randint(0, 20),
            "audience_idp": rng.randint(0, 10),
            "status": "held",
            "deleted": False,
            "stamps": {},
            "updated_hlc": 1,
        },
        "event_checkin": lambda i: _placed(
            {
                "id": str(uuid.uuid4()),
                "event_id": rng.choice(events),
                "reader_id": rng.choice(readers),
                "day": _day(rng),
                **fact,
            },
            where,
        ),
    }
    sizes = {"reader": len(readers), **sizes}
    with db.transaction() as conn:
        for name, count in sizes.items():
            table = getattr(tables, name)
            for batch in _rows(count, makers[name]):
                conn.execute(insert(table), batch)
    return sizes


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        db.set_device(hub_name=HUBS[0], librarian_name="Bench")
        start = time.perf_counter()
        sizes = fill(db, scale, rng)
        print(
            f"filled {sum(sizes.values()):,} rows in {time.perf_counter() - start:.0f} s: {sizes}"
        )
        reports = ReportService(db, today=dt.date(YEAR + 1, 1, 10))
        start = time.perf_counter()
        days = reports.refresh()
        print(f"daily figures of {days} days computed in {time.perf_counter() - start:.1f} s")
        year = periods.year(YEAR)
        hub = reports.find_hub(HUBS[3]) or HUBS[3]
        report = reports.report(year)
        print("visits", report.row("visits.total").done, "loans", report.row("loans.total").done)
        raw = reports.figures(year, cached=False)[0]
        assert all(raw[c].total == report.row(c).done for c in raw if not raw[c].library_only)
        from_facts = timed(lambda: reports.figures(year, cached=False), 1)
        print(f"yearly figures from the facts: {from_facts:.3f} s")
        print(f"yearly report, all hubs: {timed(lambda: reports.report(year), runs):.3f} s")
        print(f"Q2 report: {timed(lambda: reports.report(periods.quarter(YEAR, 2)), runs):.3f} s")
        print(f"yearly report, one hub: {timed(lambda: reports.report(year, hub), runs):.3f} s")
        one_month = periods.month(YEAR, 3)
        print(
            "records behind a month's printed loans: "
            f"{timed(lambda: reports.details('loans.printed', one_month), runs):.3f} s"
        )
        print(f"dashboard months (12 reports): {timed(lambda: reports.monthly(YEAR), 1):.3f} s")
        db.close()


if __name__ == "__main__":
    main()
