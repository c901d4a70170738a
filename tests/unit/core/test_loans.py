"""Loans computed from desk events: the same loans whatever order the events arrive in, and
offline doubts (lent twice, returned without a loan) flagged, never dropped."""

from dataclasses import asdict

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.loans import (
    LENT_AGAIN,
    RETURN_WITHOUT_LOAN,
    LoanEvent,
    project,
)
from mandrivna.core.visits import reader_visit_id


def event(id_, hlc, kind, reader=None, loan=None, day="2026-11-25", due=None, device="A"):
    return LoanEvent(
        id=id_,
        hlc=hlc,
        device_id=device,
        kind=kind,
        copy_id="copy-1",
        reader_id=reader,
        loan_id=loan,
        day=day,
        due_on=due,
        hub="Хаб",
    )


def as_set(loans):
    return sorted((asdict(x).items() for x in loans), key=str)


def test_lend_renew_return() -> None:
    loans = project(
        [
            event("l1", 1, "lend", "r1", due="2026-12-25"),
            event("n1", 2, "renew", "r1", "l1", due="2027-01-10"),
            event("t1", 3, "return", "r1", "l1", day="2026-12-01"),
        ]
    )
    (loan,) = loans
    assert (loan.due_on, loan.renewals, loan.returned_on, loan.flag) == (
        "2027-01-10",
        1,
        "2026-12-01",
        None,
    )


def test_one_copy_lent_at_two_hubs_is_flagged_and_both_loans_kept() -> None:
    loans = {
        x.id: x
        for x in project(
            [event("l1", 1, "lend", "r1", device="A"), event("l2", 2, "lend", "r2", device="B")]
        )
    }
    assert loans["l1"].flag == LENT_AGAIN and loans["l1"].returned_on is None
    assert loans["l2"].flag is None and loans["l2"].returned_on is None


def test_a_return_without_a_loan_is_kept_and_flagged() -> None:
    (loan,) = project([event("t1", 5, "return")])
    assert loan.flag == RETURN_WITHOUT_LOAN and loan.returned_on == "2026-11-25"


def test_a_return_synced_before_its_lend_still_closes_it() -> None:
    """The return was stamped after the lend, so stamp order puts it right, not arrival order."""
    (loan,) = project(
        [event("t1", 9, "return", "r1", "l1"), event("l1", 3, "lend", "r1", due="2026-12-25")]
    )
    assert loan.id == "l1" and loan.returned_on and loan.flag is None


kinds = st.sampled_from(["lend", "renew", "return"])


@given(st.lists(st.tuples(kinds, st.integers(0, 3)), max_size=12), st.randoms())
def test_any_arrival_order_gives_the_same_loans(steps, random) -> None:
    events = []
    last_lend = None
    for hlc, (kind, reader) in enumerate(steps):
        eid = f"e{hlc}"
        events.append(event(eid, hlc, kind, f"r{reader}", None if kind == "lend" else last_lend))
        if kind == "lend":
            last_lend = eid
    shuffled = list(events)
    random.shuffle(shuffled)
    assert as_set(project(events)) == as_set(project(shuffled))
    assert sum(1 for x in project(events) if x.returned_on is None and x.flag is None) <= 1


def test_a_readers_visit_has_one_id_per_day_and_hub() -> None:
    assert reader_visit_id("r", "2026-11-25", "Хаб") == reader_visit_id("r", "2026-11-25", "Хаб")
    assert reader_visit_id("r", "2026-11-25", "Хаб") != reader_visit_id("r", "2026-11-26", "Хаб")


def _project_as_before(events):
    """``project`` as it was written on frozen objects before it worked on rows (issue #17):
    the reference the row version must equal."""
    from dataclasses import replace

    from mandrivna.core.loans import LEND, RENEW, RETURN, Loan

    ordered = sorted(events, key=lambda e: (e.hlc, e.device_id, e.id))
    loans = {}
    open_id = None
    for e in ordered:
        if e.kind == LEND:
            if open_id is not None:
                loans[open_id] = replace(loans[open_id], flag=LENT_AGAIN)
            loans[e.id] = Loan(
                id=e.id,
                copy_id=e.copy_id,
                reader_id=e.reader_id,
                lent_on=e.day,
                due_on=e.due_on,
                hub=e.hub,
            )
            open_id = e.id
            continue
        target = e.loan_id if e.loan_id in loans else open_id
        loan = loans.get(target) if target else None
        if e.kind == RENEW:
            if target and loan is not None and loan.returned_on is None:
                loans[target] = replace(loan, due_on=e.due_on, renewals=loan.renewals + 1)
        elif e.kind == RETURN:
            if target is None or loan is None or loan.returned_on is not None:
                loans[e.id] = Loan(
                    id=e.id,
                    copy_id=e.copy_id,
                    reader_id=e.reader_id,
                    returned_on=e.day,
                    return_hub=e.hub,
                    flag=RETURN_WITHOUT_LOAN,
                )
                continue
            loans[target] = replace(loan, returned_on=e.day, return_hub=e.hub)
            if target == open_id:
                open_id = None
    return list(loans.values())


@given(
    st.lists(
        st.tuples(
            kinds,
            st.integers(0, 4),  # the stamp: ties broken by device, then id
            st.sampled_from(["A", "B"]),
            st.integers(0, 9),  # the event a renewal or return names (if any)
            st.sampled_from(["2026-11-25", "2026-12-01", None]),
        ),
        max_size=14,
    )
)
def test_loans_from_rows_are_the_loans_computed_before(steps) -> None:
    events = [
        event(
            f"e{n}",
            hlc,
            kind,
            f"r{n % 3}",
            f"e{names}" if names < len(steps) and names != n else None,
            day="2026-11-2" + str(n % 10),
            due=due,
            device=device,
        )
        for n, (kind, hlc, device, names, due) in enumerate(steps)
    ]
    assert project(events) == _project_as_before(events)
