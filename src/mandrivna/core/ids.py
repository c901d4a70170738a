"""Ids for the records and facts this app creates: time-ordered UUIDs (version 7, RFC 9562).

The first 48 bits are the creation time in milliseconds since 1970, the rest random (74 bits,
besides the version and variant): as unique as a random UUID for any purpose here, still a
valid UUID string, and in creation order when sorted. So a laptop's new visits, loan events and
readers, and the change-log entries naming them, land at the end of their tables' B-trees
instead of on a random page each: a catch-up of a year of facts appends instead of scattering.
Ids made before (random version 4 UUIDs) and ids derived from content (version 5: a reader's
visit of a day at a hub) stay as they are; nothing compares or parses ids.

A device's own id and a log origin stay random (``uuid.uuid4``): the first bits of a device id
make the prefix of the card numbers it issues (``core.card_number``), which must differ between
laptops set up on the same day.
"""

from __future__ import annotations

import os
import time

_VERSION = 0x7 << 76
_VARIANT = 0b10 << 62
_RANDOM_BITS = 74


def time_ordered_id(ms: int, random_bits: int) -> str:
    """The UUIDv7 of ``ms`` (milliseconds since 1970) and the low 74 bits of ``random_bits``."""
    rand_a = (random_bits >> 62) & 0xFFF  # 12 bits after the version
    rand_b = random_bits & ((1 << 62) - 1)  # 62 bits after the variant
    value = ((ms & 0xFFFF_FFFF_FFFF) << 80) | _VERSION | (rand_a << 64) | _VARIANT | rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_id() -> str:
    """A new id, made now: what every service uses for a record or fact it creates."""
    random_bits = int.from_bytes(os.urandom(10), "big") >> (80 - _RANDOM_BITS)
    return time_ordered_id(time.time_ns() // 1_000_000, random_bits)
