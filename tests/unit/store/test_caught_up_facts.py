"""Property: the facts a catch-up writes straight into their tables (``caught_up_facts``, loans
projected once at the end) leave every table as an ordinary pull leaves it (``store_and_apply``:
log, tables, loans page by page), whatever the facts, their order, their pages and pages
delivered twice; what this version cannot store whole stays in the log; the count of what
arrived counts each fact once."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mandrivna.core.change import Change, Op
from mandrivna.store import caught_up_facts
from mandrivna.store.database import DB_FILENAME, Database
from mandrivna.store.entities import ENTITIES
from mandrivna.store.sync_store import SyncStore
from tests.support.fact_changes import FACTS, fact_fields
from tests.support.log_exchange import deliver, log_of

EXAMPLES = int(os.environ.get("MANDRIVNA_PROPERTY_EXAMPLES", "60"))
DEVICES = ["11111111-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000002"]
# Loan events of a few copies, returns and renewals naming earlier events.
LOANS = {
    ("loan_event", "copy_id"): st.sampled_from(["copy-1", "copy-2", "copy-3"]),
    ("loan_event", "loan_id"): st.sampled_from([None, "f0", "f1", "f2"]),
    ("loan_event", "day"): st.sampled_from(["2026-03-01", "2026-03-02", "2026-03-09"]),
}


@st.composite
def one_fact(draw, seqs: dict[str, int]) -> Change:
    """A fact as another laptop wrote it; now and then one this version cannot store whole:
    an entity it does not know, a field it does not know, a required field missing."""
    device = draw(st.sampled_from(DEVICES))
    seqs[device] += 1
    oddity = draw(st.sampled_from(["none"] * 8 + ["entity", "field", "missing"]))
    entity = draw(st.sampled_from(["loan_event", "loan_event", *FACTS]))
    fields = draw(fact_fields(entity, LOANS))
    if oddity == "entity":
        entity = "future_fact"
    elif oddity == "field":
        fields = {**fields, "future_field": "нове"}
    elif oddity == "missing":
        spec = ENTITIES[entity]
        required = sorted(f for f in spec.fields if not spec.table.c[f].nullable)
        fields = {k: v for k, v in fields.items() if k != draw(st.sampled_from(required))}
    fact_id = draw(st.sampled_from(["f0", "f1", "f2", "f3", "f4", "f5"]))  # ids meet
    hlc = (draw(st.integers(1, 40)) << 16) + seqs[device]  # a laptop stamps each write anew
    return Change(device, seqs[device], hlc, entity, fact_id, Op.FACT, fields, 0)


@st.composite
def deliveries(draw) -> list[list[Change]]:
    """Facts in pages, as a catch-up receives them; now and then a page comes again."""
    seqs = {DEVICES[0]: len(CATALOGUE), DEVICES[1]: 0}
    facts = draw(st.lists(one_fact(seqs), min_size=1, max_size=24))
    pages, start = [], 0
    while start < len(facts):
        size = draw(st.integers(1, 8))
        pages.append(facts[start : start + size])
        if draw(st.integers(0, 5)) == 0:
            pages.append(list(pages[-1]))
        start += size
    return pages


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("caught-up-template")
    Database.open(folder).close()
    return folder / DB_FILENAME


# The copies the loan events name, of one catalogue record: whether a copy is on loan shows in
# the record's search entry.
CATALOGUE = [
    Change(DEVICES[0], 1, 1 << 16, "bib_record", "r1", Op.UPSERT, {"title": "Кобзар"}),
    *(
        Change(
            DEVICES[0],
            n + 2,
            1 << 16,
            "book_copy",
            f"copy-{n + 1}",
            Op.UPSERT,
            {"record_id": "r1", "barcode": f"00{n}", "status": "available"},
        )
        for n in range(3)
    ),
]


def _replica(folder: Path, template: Path) -> Database:
    folder.mkdir()
    shutil.copy(template, folder / DB_FILENAME)
    db = Database.open(folder)
    db.set_device(hub_name="Хаб", librarian_name="Олена")
    deliver(CATALOGUE, db)
    return db


def _tables(db: Database) -> dict[str, list[tuple]]:
    out = {}
    with db.read() as conn:
        for name in [*FACTS, "loan", "report_stale", "catch_up_backlog"]:
            out[name] = [tuple(r) for r in conn.execute(text(f"SELECT * FROM {name} ORDER BY 1"))]
        out["index"] = [
            tuple(r) for r in conn.execute(text("SELECT rowid, * FROM record_fts ORDER BY rowid"))
        ]
    return out


def _days(db: Database) -> set[tuple[str]]:
    """The days (as ``report_stale`` holds them) of the facts held."""
    with db.read() as conn:
        return {
            (row[0],)
            for name in FACTS
            for row in conn.execute(text(f"SELECT DISTINCT substr(day, 1, 10) FROM {name}"))
        }


def _whole(change: Change) -> bool:
    spec = ENTITIES.get(change.entity)
    if spec is None or not change.fields.keys() <= spec.fields:
        return False
    return all(
        change.fields.get(f) is not None for f in spec.fields if not spec.table.c[f].nullable
    )


def _row_made(change: Change) -> bool:
    """Whether this version makes a row of ``change`` (fields it does not know left out)."""
    spec = ENTITIES.get(change.entity)
    return spec is not None and all(
        change.fields.get(f) is not None for f in spec.fields if not spec.table.c[f].nullable
    )


def _arrivals(before: list[list[Change]], pages: list[list[Change]]) -> int:
    """What a catch-up of ``pages`` counts as arrived (after ``before`` pulled as usual): a fact
    stored whole that is new here or has a lower stamp than the one held under its id (another
    laptop's write of the same visit is not counted twice); a change kept in the log, once."""
    held: dict[tuple[str, str], tuple[int, str]] = {}
    logged: set[tuple[str, int]] = set()

    def hold(change: Change) -> bool:
        key, stamp = (change.entity, change.entity_id), (change.hlc, change.device_id)
        lower = key not in held or stamp < held[key]
        if _row_made(change) and lower:
            held[key] = stamp
        return lower

    for change in (c for page in before for c in page):
        hold(change)
        logged.add(change.key)
    count = 0
    for page in pages:
        for change in sorted(page, key=_whole):  # the logged ones are applied first
            lower = hold(change)
            if not _whole(change):
                count += change.key not in logged
                logged.add(change.key)
            else:
                count += lower
    return count


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(pages=deliveries(), before=st.integers(0, 3))
def test_a_catch_ups_facts_end_as_pulled_ones(template, pages, before) -> None:
    """(``before``: pages both laptops pulled as usual first: a laptop far behind catches up by
    snapshot too.)"""
    earlier, pages = pages[:before], pages[before:]
    with tempfile.TemporaryDirectory() as tmp:
        pulled = _replica(Path(tmp) / "pulled", template)
        caught_up = _replica(Path(tmp) / "caught-up", template)
        try:
            for page in earlier:
                deliver(page, pulled)
                deliver(page, caught_up)
            for page in pages:
                deliver(page, pulled)
            held_before = _days(caught_up)
            arrived = 0
            for page in pages:
                with caught_up.transaction(durable=False) as conn:
                    arrived += caught_up_facts.apply(conn, page, 0).stored
            left = SyncStore(caught_up).catch_up_left()
            SyncStore(caught_up).finish_catch_up()
            tables, expected = _tables(caught_up), _tables(pulled)
            # a day marked for the report cache's figures to be counted again: each the
            # ordinary pull marked that facts held before or after have (not a day only a fact
            # replaced in the same delivery had: it never reached the tables here, and no
            # figure counted it), one more when a change kept in the log was applied first
            needed = set(expected.pop("report_stale")) & (held_before | _days(caught_up))
            assert set(tables.pop("report_stale")) >= needed
            assert tables == expected
            assert SyncStore(caught_up).catch_up_left() == 0
            # the rest needs no copy in the log here
            kept = {c.key for page in pages for c in page if not _whole(c)}
            before_it = {c.key for c in CATALOGUE} | {c.key for p in earlier for c in p}
            assert {c.key for c in log_of(caught_up)} == before_it | kept
            assert arrived == _arrivals(earlier, pages)
            # copies waited for their loans until the end: those the events stored whole name
            # (and those a logged event names: none worked out in the middle of a catch-up)
            events = [c for p in pages for c in p if c.entity == "loan_event"]
            assert bool(left) >= any(_whole(c) for c in events)
            assert bool(left) <= bool(events)
        finally:
            pulled.close()
            caught_up.close()


def test_an_event_held_under_the_same_id_gives_back_its_copy(template, tmp_path) -> None:
    """An event held here (pulled as usual) whose id a catch-up's event with a lower stamp takes
    over, naming another copy: the copy the held event named has its loans worked out again
    too (it is no longer lent), as an ordinary pull does."""

    def lend(device: str, seq: int, hlc: int, copy_id: str) -> Change:
        fields = {"kind": "lend", "copy_id": copy_id, "reader_id": "r-1", "day": "2026-03-01"}
        return Change(device, seq, hlc, "loan_event", "e1", Op.FACT, fields, 0)

    held = lend(DEVICES[1], 1, 30 << 16, "copy-1")
    taking_over = lend(DEVICES[0], len(CATALOGUE) + 1, 20 << 16, "copy-2")
    pulled = _replica(tmp_path / "pulled", template)
    caught_up = _replica(tmp_path / "caught-up", template)
    try:
        for db in (pulled, caught_up):
            deliver([held], db)
        deliver([taking_over], pulled)
        with caught_up.transaction(durable=False) as conn:
            caught_up_facts.apply(conn, [taking_over], 0)
        SyncStore(caught_up).finish_catch_up()
        with caught_up.read() as conn:
            lent = [r[0] for r in conn.execute(text("SELECT copy_id FROM loan"))]
        assert lent == ["copy-2"]  # copy-1 is back on the shelf
        tables, expected = _tables(caught_up), _tables(pulled)
        assert set(tables.pop("report_stale")) >= set(expected.pop("report_stale"))
        assert tables == expected
    finally:
        pulled.close()
        caught_up.close()
