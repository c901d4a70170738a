"""Time-ordered ids (UUIDv7): valid UUID strings, ordered by the time they were made, as unique
as random ones, and every service that creates a record or fact uses them."""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.core.ids import new_id, time_ordered_id

MS = st.integers(0, 2**48 - 1)
BITS = st.integers(0, 2**74 - 1)


@given(MS, BITS)
def test_a_valid_version_7_uuid_that_keeps_its_time_and_bits(ms, bits):
    text = time_ordered_id(ms, bits)
    value = uuid.UUID(text)
    assert str(value) == text  # lower case, canonical
    assert value.version == 7 and value.variant == uuid.RFC_4122
    assert value.int >> 80 == ms
    assert ((value.int >> 64) & 0xFFF) << 62 | (value.int & (2**62 - 1)) == bits


@given(MS, BITS, MS, BITS)
def test_sorted_as_text_in_time_order(ms1, bits1, ms2, bits2):
    if ms1 < ms2:
        assert time_ordered_id(ms1, bits1) < time_ordered_id(ms2, bits2)


def test_new_ids_are_unique_and_stamped_now():
    before = time.time_ns() // 1_000_000
    made = [new_id() for _ in range(20_000)]
    after = time.time_ns() // 1_000_000
    assert len(set(made)) == len(made)
    assert all(before <= uuid.UUID(i).int >> 80 <= after for i in made)


def test_no_service_makes_a_random_id_for_what_it_creates():
    """Every service uses ``new_id``; the one random UUID left is a device's own id (its first
    bits make the card numbers' prefix, ``core.card_number``)."""
    services = Path(__file__).parents[3] / "src" / "mandrivna" / "services"
    found = {
        path.name: len(re.findall(r"uuid4\(", path.read_text(encoding="utf-8")))
        for path in services.glob("*.py")
    }
    assert {name: n for name, n in found.items() if n} == {"sync_service.py": 1}
