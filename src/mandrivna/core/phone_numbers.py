"""Ukrainian phone numbers in one written form: +380 67 123 45 67 (+380, then 2, 3, 2, 2 digits).

Librarians type a number as the reader says it: «0671234567», «067 123 45 67»,
«+38(067)123-45-67», «380671234567», the old trunk prefix «8067…», or without the leading 0
(«67 123 45 67»). ``normal_phone`` turns any of them into the one form; a number that is not a
Ukrainian mobile or landline (a foreign number, too few digits, letters) is kept as typed, and
``is_normal_phone`` tells it apart so the screens can flag it.
"""

from __future__ import annotations

import re

_FORM = re.compile(r"^\+380 \d{2} \d{3} \d{2} \d{2}$")
_ALLOWED = re.compile(r"^[\d\s+()\-./]+$")


_NOT_ASCII_DIGIT = re.compile(r"[^0-9]+")


def only_digits(text: str) -> str:
    """The digits of ``text`` (any script's, as ``str.isdigit`` has them), in order."""
    if text.isascii():
        return _NOT_ASCII_DIGIT.sub("", text)
    return "".join(ch for ch in text if ch.isdigit())


def national_digits(text: str) -> str | None:
    """The nine digits after +380 of a Ukrainian number written any common way, or None."""
    if not text or not _ALLOWED.match(text):
        return None
    return _national(text, only_digits(text))


def national_rest(text: str, digits: str) -> str | None:
    """``national_digits(text)`` where ``digits`` are already ``only_digits(text)``."""
    if not text or not _ALLOWED.match(text):
        return None
    return _national(text, digits)


def _national(text: str, digits: str) -> str | None:
    if text.lstrip().startswith("+") and not digits.startswith("38"):
        return None  # a foreign number
    for prefix in ("380", "80", "0", ""):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 9:
            rest = digits[len(prefix) :]
            if rest[0] != "0":  # an operator or area code never starts with 0
                return rest
    return None


def normal_phone(text: str | None) -> str | None:
    """``text`` as +380 67 123 45 67 when it is a Ukrainian number; otherwise as typed (spaces
    tidied), or None when empty."""
    if text is None:
        return None
    tidy = " ".join(text.split())
    if not tidy:
        return None
    rest = national_digits(tidy)
    if rest is None:
        return tidy
    return f"+380 {rest[:2]} {rest[2:5]} {rest[5:7]} {rest[7:]}"


def is_normal_phone(text: str | None) -> bool:
    """Whether a stored phone is in the one form (a kept, unparsed number is not)."""
    return bool(text) and bool(_FORM.match(text or ""))
