"""Backup rotation keeps 7 daily, 4 weekly and 12 monthly copies, whatever the history; of the
copies taken before updates (and before the demo) the newest two; nothing made by hand, before a
restore or kept aside as damaged is ever removed."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.backup_rotation import SUPERSEDED_COPIES, copies_to_remove, to_keep


def daily(days: int, start=dt.datetime(2025, 1, 1, 9)) -> list[tuple[str, dt.datetime]]:
    return [(f"b{i}", start + dt.timedelta(days=i)) for i in range(days)]


def test_a_year_of_daily_backups_keeps_at_most_23() -> None:
    backups = daily(400)
    kept = to_keep(backups)
    assert len(kept) <= 7 + 4 + 12
    newest = [name for name, _ in backups[-7:]]
    assert set(newest) <= kept  # the last 7 days, every one


@given(st.lists(st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2027, 1, 1)), max_size=60))
def test_the_newest_is_always_kept_and_the_count_is_bounded(times) -> None:
    backups = [(f"b{i}", t) for i, t in enumerate(times)]
    kept = to_keep(backups)
    assert len(kept) <= 23
    if backups:
        newest = max(backups, key=lambda b: b[1])
        assert any(t == newest[1] for name, t in backups if name in kept)
    assert to_keep([b for b in backups if b[0] in kept]) == kept  # stable: rotating again keeps all


KINDS = ["daily", "manual", "before-migration", "before-restore", "before-demo", "damaged"]


@given(
    st.lists(
        st.tuples(
            st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2027, 1, 1)), st.sampled_from(KINDS)
        ),
        max_size=40,
    )
)
def test_only_superseded_copies_go_and_the_newest_of_each_kind_stay(drawn) -> None:
    backups = [(f"b{i}", when, kind) for i, (when, kind) in enumerate(drawn)]
    removed = copies_to_remove(backups)
    for kind in KINDS:
        of_kind = sorted((b for b in backups if b[2] == kind), key=lambda b: b[1], reverse=True)
        gone = [b for b in of_kind if b[0] in removed]
        if kind not in SUPERSEDED_COPIES:
            assert gone == []  # by hand, before a restore, damaged: never removed
        else:
            assert len(of_kind) - len(gone) == min(len(of_kind), SUPERSEDED_COPIES[kind])
            kept_times = [b[1] for b in of_kind if b[0] not in removed]
            assert all(g[1] <= min(kept_times) for g in gone)  # the oldest go
    left = [b for b in backups if b[0] not in removed]
    assert copies_to_remove(left) == set()  # stable
