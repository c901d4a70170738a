"""Property: a big page of readers new here marks the report cache's days once
(``store.report_marks.inserted_marked_once``) instead of by the reader's trigger row by row, and
every report still equals counting from the facts and readers, after random interleavings of
readers registered at the desk, pulled pages of another laptop's readers (new ones, edits of
registration day, years or hub, deletes, a page pulled again), snapshot pages, replays,
erasures, and reports computed in between (which consume the marks)."""

from __future__ import annotations

import datetime as dt
import uuid
from unittest.mock import patch

from hypothesis import HealthCheck, example, given, settings
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
days = st.dates(dt.date(2025, 6, 1), dt.date(2026, 12, 31)).map(dt.date.isoformat)
years = st.lists(st.integers(2023, 2026), max_size=3, unique=True)
# a pulled reader: (what, registered on, years, hub, which held reader, stamp above local?)
pulled = st.tuples(
    st.sampled_from(["new", "new", "edit", "delete", "twice"]),
    st.none() | days,
    st.none() | years,  # years often apart from the day's
    st.sampled_from(HUBS),
    st.integers(0, 50),
    st.booleans(),
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("local"), days),
        st.tuples(st.just("pull"), st.lists(pulled, min_size=2, max_size=8)),
        st.tuples(st.just("again"), st.integers(0, 50)),
        st.tuples(st.just("snapshot"), st.lists(pulled, min_size=2, max_size=6)),
        st.tuples(st.just("replay"), st.integers(0, 50)),
        st.tuples(st.just("erase"), st.integers(0, 50)),
        st.tuples(st.just("report"), st.integers(1, 4)),
    ),
    max_size=12,
)


def _registration(day: str | None, held_years: list[int] | None, hub: str) -> dict:
    fields: dict = {"surname": "Петренко", "given_name": "Олег", "registration_hub": hub}
    if day is not None:
        fields["registered_on"] = day
    if held_years is not None:
        fields["registration_years"] = held_years
    return fields


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
@example([("pull", [("new", None, [2023], HUBS[1], 0, False)] * 2)])  # only the years say 2023
def test_reports_equal_counting_from_the_readers(tmp_path_factory, history):
    db = Database.open(tmp_path_factory.mktemp("data"))
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    try:
        held = [fx.reader(db, HUBS[i % 2], "2026-02-03") for i in range(2)]
        fx.visit(db, held[0], "2026-03-04", "Хаб Дніпро")
        reports = ReportService(db, today=dt.date(2027, 1, 1))
        sync = SyncStore(db)
        pages: list[list[Change]] = []
        seq = 0
        with patch.object(report_marks, "BULK_ROWS", 2):  # pages of 2 and more go in bulk
            for step in history:
                if step[0] == "local":
                    held.append(fx.reader(db, "Хаб Дніпро", step[1]))
                elif step[0] in ("pull", "snapshot"):
                    page: list[Change] = []
                    for what, day, held_years, hub, which, above in step[1]:
                        seq += 1
                        # stamp ``seq`` is below every local stamp, 2**50 + seq above
                        hlc = 2**50 + seq if above else seq
                        fields = _registration(day, held_years, hub)
                        if what in ("new", "twice"):
                            reader_id = str(uuid.uuid4())
                            held.append(reader_id)
                            page.append(
                                Change(OTHER, seq, hlc, "reader", reader_id, Op.UPSERT, fields, 0)
                            )
                            if what == "twice":  # an edit in the same page: the general merge
                                seq += 1
                                fields = {"registered_on": day, "registration_hub": hub}
                                page.append(
                                    Change(
                                        OTHER,
                                        seq,
                                        hlc + 1,
                                        "reader",
                                        reader_id,
                                        Op.UPSERT,
                                        fields,
                                        0,
                                    )
                                )
                        elif what == "edit":
                            reader_id = held[which % len(held)]
                            page.append(
                                Change(OTHER, seq, hlc, "reader", reader_id, Op.UPSERT, fields, 0)
                            )
                        else:
                            reader_id = held[which % len(held)]
                            erase = {"surname": None, "given_name": None}
                            page.append(
                                Change(OTHER, seq, hlc, "reader", reader_id, Op.DELETE, erase, 0)
                            )
                    if step[0] == "pull":
                        sync.apply_pulled(page, seq, "chain", None)
                        pages.append(page)
                    else:
                        states = [
                            ("reader", c.entity_id, c.fields, [c.hlc, c.device_id, 0]) for c in page
                        ]
                        sync.apply_snapshot_records(states)
                elif step[0] == "again" and pages:
                    sync.apply_pulled(pages[step[1] % len(pages)], seq, "chain", None)
                elif step[0] == "replay":
                    chosen = set(held[step[1] % len(held) :])
                    with db.transaction() as conn:
                        replay(conn, {"reader": chosen}, db.physical_clock())
                elif step[0] == "erase":
                    ReaderService(db).erase(held[step[1] % len(held)])
                elif step[0] == "report":
                    reports.figures(periods.quarter(2026, step[1]))
        for period in (
            *(periods.year(year) for year in range(2023, 2027)),
            *(periods.quarter(2026, q) for q in range(1, 5)),
        ):
            cached, _ = reports.figures(period)
            counted, _ = reports.figures(period, cached=False)
            assert cached == counted, period
        with db.read() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
        assert set(report_marks.trigger_names("reader")) <= names  # always back
    finally:
        db.close()
