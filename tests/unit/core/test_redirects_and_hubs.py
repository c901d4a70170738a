import itertools

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core import hubs, redirects


def test_a_chain_of_merges_leads_to_the_record_kept():
    merged = {"c": "b", "b": "a", "a": None, "x": None}
    assert redirects.kept("c", merged) == "a"
    assert redirects.kept("x", merged) == "x"
    assert redirects.kept("unknown", merged) == "unknown"
    assert redirects.kept_map(merged) == {"b": "a", "c": "a"}
    assert redirects.groups(merged) == {"a": {"a", "b", "c"}}


def test_a_loop_of_merges_keeps_its_smallest_id_everywhere():
    merged = {"b": "a", "a": "c", "c": "b"}
    assert {redirects.kept(rid, merged) for rid in merged} == {"a"}
    assert redirects.kept("b", {"b": "b"}) == "b"  # merged into itself: nothing happened


@given(
    st.dictionaries(st.sampled_from("abcdef"), st.none() | st.sampled_from("abcdef"), max_size=6)
)
def test_every_id_ends_at_one_record_kept_which_is_not_merged_further(merged):
    for rid in merged:
        keeper = redirects.kept(rid, merged)
        assert redirects.kept(keeper, merged) == keeper  # idempotent
    # the order the links are read in does not matter
    for order in itertools.islice(itertools.permutations(merged.items()), 6):
        assert {r: redirects.kept(r, dict(order)) for r in merged} == {
            r: redirects.kept(r, merged) for r in merged
        }


def test_spellings_of_one_hub_name_share_their_id():
    assert hubs.name_id("Хаб  Дніпро") == hubs.name_id("хаб дніпро") == hubs.name_id("Hab Dnipro")
    assert hubs.name_id("Хаб у Дніпрі") != hubs.name_id("Хаб Дніпро")  # for the coordinator
    assert hubs.proposed_hub_id("Хаб Дніпро") == hubs.proposed_hub_id(" хаб  Дніпро ")


def test_a_written_name_finds_its_hub_through_its_spelling_and_merges():
    spellings = {hubs.name_id("Хаб у Дніпрі"): "h2", hubs.name_id("Хаб Дніпро"): "h1"}
    merged = {"h2": "h1", "h1": None}
    assert hubs.resolve("Хаб у Дніпрі", spellings, merged) == "h1"
    assert hubs.resolve("хаб дніпро", spellings, merged) == "h1"
    assert hubs.resolve("Невідомий хаб", spellings, merged) is None
    assert (
        hubs.resolve("", spellings, merged) is None
        and hubs.resolve(None, spellings, merged) is None
    )
