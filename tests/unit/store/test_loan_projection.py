"""The loan table kept scan by scan (only the loans that changed are written) is the table a
rebuild computes from every event, whatever the events and however they arrive in batches."""

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import pack
from mandrivna.store import loan_projection
from mandrivna.store.database import Database
from mandrivna.store.replica import store_and_apply

COPIES = ("copy-a", "copy-b")
EVENT = st.tuples(
    st.sampled_from(("lend", "return", "renew")),
    st.sampled_from(COPIES),
    st.integers(0, 5),  # the day, in order or not
    st.integers(0, 8),  # the earlier event a return or renewal names, if it exists
)


def _loans(db: Database) -> list[tuple[object, ...]]:
    with db.read() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text(
                    "SELECT id, copy_id, reader_id, lent_on, due_on, returned_on, renewals, flag "
                    "FROM loan ORDER BY id"
                )
            )
        ]


@settings(max_examples=10)
@given(events=st.lists(EVENT, min_size=1, max_size=9), cuts=st.lists(st.integers(1, 4)))
def test_loans_kept_scan_by_scan_are_the_loans_rebuilt(events, cuts) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
        changes = []
        for n, (kind, copy_id, day, names) in enumerate(events):
            fields = {
                "kind": kind,
                "copy_id": copy_id,
                "reader_id": f"reader-{n % 3}",
                "loan_id": f"event-{names}" if kind != "lend" and names < n else None,
                "day": f"2026-03-{day + 1:02d}",
                "due_on": "2026-04-30" if kind != "return" else None,
                "hub": "Хаб Дніпро",
                "session_id": None,
                "override_reason": None,
            }
            changes.append(
                Change(
                    "other",
                    n + 1,
                    pack(1_770_000_000_000, n),
                    "loan_event",
                    f"event-{n}",
                    Op.FACT,
                    fields,
                    0,
                )
            )
        start = 0
        for cut in [*cuts, len(changes)]:
            if start >= len(changes):
                break
            with db.transaction() as conn:
                store_and_apply(conn, changes[start : start + cut], db.physical_clock())
            start += cut
        kept = _loans(db)
        with db.transaction() as conn:
            loan_projection.rebuild(conn)
        assert kept == _loans(db)
        assert kept or all(kind != "lend" for kind, *_ in events)  # a lend is a loan
        db.close()
