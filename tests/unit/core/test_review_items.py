"""Which record «correct the record» opens for an item of the review queue: the copy for a copy
lent at two hubs, a return without a loan, or a lend despite the copy's status; else the
reader's card."""

from mandrivna.core.review_items import (
    CONFLICT,
    LENT_TWICE,
    OVERRIDE,
    RETURN_WITHOUT_LOAN,
    ReviewItem,
)


def test_copy_items_open_the_copy_and_reader_overrides_the_card() -> None:
    for kind in (LENT_TWICE, RETURN_WITHOUT_LOAN):
        assert ReviewItem(kind=kind, key="k", copy_id="c", reader_id="r").about_copy
    lost = ReviewItem(kind=OVERRIDE, key="k", copy_id="c", reader_id="r", copy_flagged=True)
    assert lost.about_copy
    blocked = ReviewItem(kind=OVERRIDE, key="k", copy_id="c", reader_id="r")
    assert not blocked.about_copy and blocked.reader_id == "r"
    assert not ReviewItem(kind=CONFLICT, key="k", copy_id="c").about_copy
    assert not ReviewItem(kind=LENT_TWICE, key="k").about_copy  # the copy is gone
