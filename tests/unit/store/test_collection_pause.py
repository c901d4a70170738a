"""The cycle collector is off while a big page is applied, and as it was afterwards."""

from __future__ import annotations

import gc

import pytest

from mandrivna.store import collection_pause


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_a_big_page_pauses_the_collector_and_puts_it_back_even_after_an_error() -> None:
    with collection_pause.paused(collection_pause.PAUSE_FROM):
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_pause.paused(10_000):
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_a_small_page_leaves_the_collector_alone() -> None:
    with collection_pause.paused(collection_pause.PAUSE_FROM - 1):
        assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    with collection_pause.paused(10_000):
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_held_off_pauses_whatever_the_size_and_puts_it_back_even_after_an_error() -> None:
    with collection_pause.held_off():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_pause.held_off():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    with collection_pause.held_off():
        assert not gc.isenabled()
    assert not gc.isenabled()  # off before: left off
