"""Card numbers and copy barcodes that are unique library-wide without laptops talking.

Each laptop has a five-character prefix taken from its device id (Crockford base32: no I, L, O
or U, so nothing reads as a digit), followed by its own counter: ``7K2MQ-0042``. Two laptops
share a prefix with a chance of about 1 in 6,700,000 per pair (1.5 in 10,000 among a hundred
laptops); a shared number is then caught as a duplicate when the laptops sync. Ten characters,
typed easily and printed as a Code 128 barcode. Generated copy barcodes add a ``B``
(``7K2MQ-B00042``) so a scanned card and a scanned book can never be confused.
"""

from __future__ import annotations

import re
import uuid

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX_LENGTH = 5
_CARD = re.compile(r"^([0-9A-HJKMNP-TV-Z]{5})-(\d{4,})$")
_COPY = re.compile(r"^([0-9A-HJKMNP-TV-Z]{5})-B(\d{5,})$")


def device_prefix(device_id: str) -> str:
    """Five Crockford base32 characters from the top 25 bits of the device's UUID."""
    value = uuid.UUID(device_id).int >> (128 - 5 * PREFIX_LENGTH)
    chars = []
    for _ in range(PREFIX_LENGTH):
        chars.append(CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def card_number(prefix: str, counter: int) -> str:
    return f"{prefix}-{counter:04d}"


def copy_barcode(prefix: str, counter: int) -> str:
    return f"{prefix}-B{counter:05d}"


def card_counter(number: str) -> tuple[str, int] | None:
    """(prefix, counter) of a card number this app issued, or None."""
    match = _CARD.match(number)
    return (match.group(1), int(match.group(2))) if match else None


def copy_counter(barcode: str) -> tuple[str, int] | None:
    match = _COPY.match(barcode)
    return (match.group(1), int(match.group(2))) if match else None


def normalise_code(typed: str) -> str:
    """What a scanner or a person typed, as stored: upper case, spaces dropped, and the letters
    that Crockford base32 reads as digits (O → 0, I/L → 1) only inside an issued card prefix."""
    text = "".join(typed.split()).upper()
    match = re.match(r"^([0-9A-Z]{5})-?(B?\d{4,})$", text)
    if match:
        prefix = match.group(1).translate(str.maketrans("OIL", "011"))
        return f"{prefix}-{match.group(2)}"
    return text


def code_candidates(typed: str) -> list[str]:
    """What a scanned or typed code may be stored as, in order: as typed (spaces dropped, upper
    case: library inventory numbers, ``0001234567``), then read as a code this app issued (O, I,
    L typed for 0, 1 in its prefix)."""
    as_stored = "".join(typed.split()).upper()
    return list(dict.fromkeys(code for code in (as_stored, normalise_code(typed)) if code))
