"""Property: the report cache marks the days of big pulled pages once (``store.report_marks``)
instead of by trigger row by row, and every report still equals counting from the facts, after
random interleavings of local writes at the desk, pulled pages of another laptop's facts (some
replacing a held fact with a lower stamp and another day), replays of held facts, erasures of
readers, and reports computed in between (which consume the marks)."""

from __future__ import annotations

import datetime as dt
import uuid
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandrivna.core import report_periods as periods
from mandrivna.core.change import Change, Op
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.report_service import ReportService
from mandrivna.store import report_marks
from mandrivna.store.database import Database
from mandrivna.store.replica import replay
from mandrivna.store.sync_store import SyncStore
from tests.unit.services import report_fixtures as fx

OTHER = "77777777-0000-4000-8000-000000000007"
HUBS = ("Хаб Дніпро", "Хаб Львів")
days = st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)).map(dt.date.isoformat)
# a pulled fact: (entity, day, hub, count, replaces a held fact?)
pulled = st.tuples(
    st.sampled_from(["visit", "person_served", "in_house_use", "e_loan", "loan_event"]),
    days,
    st.sampled_from(HUBS),
    st.integers(1, 4),
    st.booleans(),
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("local"), st.sampled_from(["tally", "served", "visit"]), days),
        st.tuples(st.just("pull"), st.lists(pulled, min_size=1, max_size=8)),
        st.tuples(st.just("replay"), st.integers(0, 50)),
        st.tuples(st.just("erase"), st.integers(0, 2)),
        st.tuples(st.just("report"), st.integers(1, 4)),
    ),
    max_size=12,
)


def _fields(entity: str, day: str, hub: str, n: int, copy_id: str) -> dict:
    if entity == "visit":
        return {"day": day, "hub": hub, "channel": "remote", "count": n, "source": "tally"}
    if entity == "e_loan":
        return {"kind": "e_loan", "title": "Е-книга", "day": day, "hub": hub}
    if entity == "loan_event":
        return {"kind": "lend", "copy_id": copy_id, "day": day, "hub": hub}
    return {"day": day, "hub": hub, "count": n}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_reports_equal_counting_from_the_facts(tmp_path_factory, history):
    db = Database.open(tmp_path_factory.mktemp("data"))
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    try:
        readers = [fx.reader(db, HUBS[i % 2], "2026-02-03") for i in range(3)]
        book = fx.copy(db, "Хаб Дніпро", "2025-01-01")
        reports = ReportService(db, today=dt.date(2027, 1, 1))
        sync = SyncStore(db)
        held: list[tuple[str, str]] = []  # (entity, id) of every fact written or pulled
        seq = 0
        with patch.object(report_marks, "BULK_ROWS", 2):  # pages of 2 and more go in bulk
            for step in history:
                if step[0] == "local":
                    _, kind, day = step
                    if kind == "tally":
                        fx.tally(db, day, "Хаб Дніпро", "remote", 2)
                    elif kind == "served":
                        fx.counted(db, "person_served", day, "Хаб Дніпро", 3)
                    else:
                        held.append(("visit", fx.visit(db, readers[0], day, "Хаб Дніпро")))
                elif step[0] == "pull":
                    page = []
                    for entity, day, hub, n, replaces in step[1]:
                        same = [i for e, i in held if e == entity]
                        fact_id = same[n % len(same)] if replaces and same else str(uuid.uuid4())
                        seq += 1
                        fields = _fields(entity, day, hub, n, book)
                        # stamp 1 is below every local stamp: a held fact is replaced
                        page.append(Change(OTHER, seq, seq, entity, fact_id, Op.FACT, fields, 0))
                        held.append((entity, fact_id))
                    sync.apply_pulled(page, seq, "chain", None)
                elif step[0] == "replay" and held:
                    chosen = held[step[1] % len(held) :]
                    touched: dict[str, set[str]] = {}
                    for entity, fact_id in chosen:
                        touched.setdefault(entity, set()).add(fact_id)
                    with db.transaction() as conn:
                        replay(conn, touched, db.physical_clock())
                elif step[0] == "erase":
                    ReaderService(db).erase(readers[step[1]])
                elif step[0] == "report":
                    reports.figures(periods.quarter(2026, step[1]))
        for period in (periods.year(2026), *(periods.quarter(2026, q) for q in range(1, 5))):
            cached, _ = reports.figures(period)
            counted, _ = reports.figures(period, cached=False)
            assert cached == counted, period
        with db.read() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
        for table in ("visit", "person_served", "in_house_use", "e_loan", "loan_event"):
            assert set(report_marks.trigger_names(table)) <= names  # always back
    finally:
        db.close()
