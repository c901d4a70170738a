"""Property: for random histories at random hubs, the hubs' figures of every additive
indicator sum to the library's, the four quarters' figures sum to the year's, and the figures
kept per day give what counting the facts gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core import report_periods as periods
from mandrivna.core.indicators import INDICATORS
from mandrivna.services.report_service import ReportService
from mandrivna.store.database import Database
from tests.unit.services import report_fixtures as fx

HUBS = ("Хаб Дніпро", "Хаб Львів", "хаб  дніпро", "Хаб Київ")
days = st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)).map(dt.date.isoformat)
facts = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "visit",
                "tally",
                "lend",
                "renew",
                "e_loan",
                "free",
                "consult",
                "event",
                "served",
                "in_house",
                "copy",
            ]
        ),
        days,
        st.sampled_from(HUBS),
        st.integers(0, 3),  # which reader
        st.integers(0, 20),  # a count
    ),
    max_size=15,
)
ADDITIVE = [i.code for i in INDICATORS if i.additive]


@settings(max_examples=12)
@given(facts)
def test_hubs_sum_to_the_library_and_quarters_to_the_year(tmp_path_factory, history):
    db = Database.open(tmp_path_factory.mktemp("data"))
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    try:
        dnipro = fx.hub_with_spellings(db, "Хаб Дніпро", "хаб  дніпро")
        readers = [fx.reader(db, HUBS[i], "2023-06-01") for i in range(4)]
        book = fx.copy(db, "Хаб Дніпро", "2023-01-01")
        for kind, day, hub, who, n in history:
            reader = readers[who]
            if kind == "visit":
                fx.visit(db, reader, day, hub, ("non_stationary", "remote", "stationary")[n % 3])
            elif kind == "tally":
                fx.tally(db, day, hub, "remote", n + 1)
            elif kind in ("lend", "renew"):
                fx.loan_event(db, kind, book, reader, day, hub)
            elif kind in ("e_loan", "free"):
                fx.e_loan(db, "e_loan" if kind == "e_loan" else "free_resource", day, hub)
            elif kind == "consult":
                fx.consultation(
                    db,
                    day,
                    hub,
                    ("reference", "consultation")[n % 2],
                    (("educational",), ("other",))[n % 2],
                    reader,
                )
            elif kind == "event":
                event = fx.event(
                    db,
                    hub,
                    f"{day}T10:00",
                    format=("offline", "online")[n % 2],
                    attended_in_person=n,
                    attended_online=n // 2,
                )
                fx.check_in(db, event, reader, day, hub, ("offline", "online")[n % 2])
            elif kind in ("served", "in_house"):
                fx.counted(db, "person_served" if kind == "served" else "in_house_use", day, hub, n)
            else:
                fx.copy(db, hub, day)
        reports = ReportService(db, today=dt.date(2025, 1, 1))
        year, _ = reports.figures(periods.year(2024))
        quarters = [reports.figures(periods.quarter(2024, q))[0] for q in range(1, 5)]
        for code in ADDITIVE:
            figure = year[code]
            if not figure.library_only:
                assert sum(figure.by_hub.values()) == figure.total, code
            assert sum(q[code].total for q in quarters) == figure.total, code
            for hub in figure.by_hub:
                assert sum(q[code].by_hub.get(hub, 0) for q in quarters) == figure.by_hub[hub]
        # the hub spelt two ways is one hub of the directory
        for q in range(1, 5):
            from_facts, _ = reports.figures(periods.quarter(2024, q), cached=False)
            assert from_facts == quarters[q - 1]
        for code in ADDITIVE:
            assert set(year[code].by_hub) <= {dnipro, "Хаб Львів", "Хаб Київ"}
    finally:
        db.close()
