"""The whole-library bench's generator (``bench/library_data``) at a tiny scale: every kind at
its count, each laptop's changes numbered from 1 and stamped in order, every change one the
server accepts and of fields its entity has, and every loan, check-in and visit pointing at a
copy, reader or event that exists."""

from __future__ import annotations

import itertools
import uuid
from collections import Counter, defaultdict

from bench.library_data import KINDS, Library, document, sizes
from mandrivna.core.change import Change
from mandrivna.store.entities import ENTITIES
from sync_server.validation import change_problem


def test_a_tiny_library_is_whole_and_valid() -> None:
    library = Library(0.001, devices=3)
    changes: list[Change] = [c for kind in KINDS for c in library.phase(kind)]
    assert Counter(c.entity for c in changes) == sizes(0.001)
    by_laptop: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        by_laptop[change.device_id].append(change)
    assert len(by_laptop) == 3
    for own in by_laptop.values():
        assert [c.seq for c in own] == list(range(1, len(own) + 1))
        assert all(a.hlc < b.hlc for a, b in itertools.pairwise(own))
    for index, change in enumerate(changes):
        assert change_problem(index, change) is None
        assert set(change.fields) <= ENTITIES[change.entity].fields, change.entity
    ids = {kind: {c.entity_id for c in changes if c.entity == kind} for kind in KINDS}
    for change in changes:
        fields = change.fields
        if change.entity == "loan_event":
            assert fields["copy_id"] in ids["book_copy"]
            assert fields["reader_id"] in ids["reader"]
        if change.entity == "event_checkin":
            assert fields["event_id"] in ids["library_event"]
        if change.entity in ("visit", "event_checkin") and fields.get("reader_id"):
            assert fields["reader_id"] in ids["reader"]
        if change.entity == "book_copy":
            assert fields["record_id"] in ids["bib_record"]
    assert len(ids["visit"]) == sizes(0.001)["visit"]  # a reader's visit of a day is one
    assert len({c.entity_id for c in changes}) == len(changes)  # the peers key by id alone
    doc = document(changes[0])
    assert doc["id"] == changes[0].entity_id and doc["kind"] == "reader"


def test_time_ordered_ids_change_only_the_ids() -> None:
    """``time_ids``: the same library, the facts and events made by a laptop under UUIDv7 ids
    that follow its changes' stamps."""
    before, after = Library(0.001, devices=3), Library(0.001, devices=3, time_ids=True)
    plain = [c for kind in KINDS for c in before.phase(kind)]
    timed = [c for kind in KINDS for c in after.phase(kind)]
    renamed = {a.entity_id: b.entity_id for a, b in zip(plain, timed, strict=True)}
    for a, b in zip(plain, timed, strict=True):
        assert (a.device_id, a.seq, a.hlc, a.entity) == (b.device_id, b.seq, b.hlc, b.entity)
        assert {
            k: renamed.get(v, v) if k in ("loan_id", "event_id") else v for k, v in a.fields.items()
        } == b.fields
    made = [
        c
        for c in timed
        if c.entity in ("library_event", "loan_event") or c.fields.get("source") == "tally"
    ]
    assert made and all(uuid.UUID(c.entity_id).version == 7 for c in made)
    by_laptop: dict[str, list[str]] = defaultdict(list)
    for change in made:
        by_laptop[change.device_id].append(change.entity_id)
    for own in by_laptop.values():
        assert [i[:13] for i in own] == sorted(i[:13] for i in own)  # the time part in order
    assert len({c.entity_id for c in timed}) == len(timed)
