"""Turns names, titles, phones and numbers into search terms, and a typed query into the same.

Librarians type names as they hear them: in Cyrillic or in Latin letters ("Petrenko" for
"Петренко", "Gnatyuk" or "Hnatiuk" for "Гнатюк"), with any of the apostrophes (' ’ ʼ) or none.
Every word is therefore reduced to one Latin *skeleton*: transliterated (the official Ukrainian
table, 2010), then the spellings that vary are folded together (g/h, y/i/j, zh/z, kh/h, ts/c,
ch/c, sh/s, doubled letters). The index and the query go through the same function, so whatever
spelling is typed meets the stored one. Words holding digits (card numbers, barcodes, ISBNs) are
kept as letters and digits only; a phone number is also indexed in its national form and by its
last digits, which is how people tell it.

A record's type and its copies' hubs and states are indexed too, as *filter terms* (``qqq…``)
that filters query exactly. Typing never produces one: a typed word keeps a ``q`` only if it holds
a digit, and filter terms hold none.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from mandrivna.core.phone_numbers import national_digits, national_rest, only_digits
from mandrivna.core.transliteration import APOSTROPHES, LETTERS

_TRANSLIT = {
    **LETTERS,
    # letters of Russian and Belarusian names met in old records
    "ё": "io",
    "ы": "y",
    "э": "e",
    "ъ": "",
    "ў": "u",
}
_FOLDS = (
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("zh", "z"),
    ("kh", "h"),
    ("ts", "c"),
    ("tz", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("ph", "f"),
    ("g", "h"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
    ("x", "ks"),
    ("q", "k"),
)
_WORD = re.compile(r"[^\W_]+")
_REPEAT = re.compile(r"(.)\1+")
_DIGITS = re.compile(r"\d")
# A phone as the app keeps a Ukrainian number (``phone_numbers.normal_phone``), ASCII digits.
_STORED_PHONE = re.compile(r"\+380 [0-9]{2} [0-9]{3} [0-9]{2} [0-9]{2}\Z")
_NOT_ASCII_ALNUM = re.compile(r"[^0-9a-z]+")  # of lowered ASCII text: what isalnum drops
# A query of digits in groups with phone punctuation (at least 5 digits): one phone number.
_PHONE_QUERY = re.compile(r"^(?=(?:\D*\d){5})[\d+(][\d\s+()\-.]*$")


class _Accentless(dict[int, str]):
    """Code point → the character without combining marks (é → e), except й, ї, ё and ў, which
    are letters of their own; worked out once per character met, for ``str.translate``."""

    LIMIT = 10_000  # distinct characters remembered; more are worked out each time

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "йїЙЇёЁўЎ":
            plain = char
        else:
            decomposed = unicodedata.normalize("NFD", char)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(self) < self.LIMIT:
            self[code] = plain
        return plain


_ACCENTLESS = _Accentless()
_TRANSLIT_TABLE = str.maketrans(_TRANSLIT)


def _strip_accents(text: str) -> str:
    """Drop combining marks (é → e) but keep й and ї, which are letters of their own."""
    return unicodedata.normalize("NFC", text).translate(_ACCENTLESS)


def skeleton(word: str) -> str:
    """The folded Latin form of one alphabetic word."""
    latin = word.lower().translate(_TRANSLIT_TABLE)
    for old, new in _FOLDS:
        latin = latin.replace(old, new)
    return _REPEAT.sub(r"\1", latin)


def _words(text: str) -> list[str]:
    """Words of ``text`` with apostrophes inside words removed (Мар'яна → Марʼяна → маряна)."""
    for mark in APOSTROPHES:
        text = text.replace(mark, "")
    return _WORD.findall(_strip_accents(text).lower())


@lru_cache(maxsize=65536)  # names, places and subjects repeat across a catalogue
def term(word: str) -> str:
    """One search term: a skeleton for a word of letters, letters and digits for a number."""
    if _DIGITS.search(word):
        return word.lower().replace("_", "")
    return skeleton(word)


def code_term(code: str) -> str:
    """A card number, barcode or ISBN as one term: letters and digits only, any separators
    dropped, so "7K2MQ-0042", "7k2mq 0042" and "7K2MQ0042" are the same."""
    lower = code.lower()
    if lower.isalnum():  # most are: no separator to drop
        return lower
    if lower.isascii():  # a card number with a dash: ASCII letters (lowered) and digits kept
        return _NOT_ASCII_ALNUM.sub("", lower)
    return "".join(ch for ch in lower if ch.isalnum())


def phone_terms(phone: str) -> list[str]:
    """A phone number as people say it: whole, national (a 0 and nine digits), and the last 7
    and 4 digits."""
    if len(phone) == 17 and _STORED_PHONE.match(phone):  # as readers' phones are kept
        digits = phone[1:4] + phone[5:7] + phone[8:11] + phone[12:14] + phone[15:]
        if digits[3] != "0":
            return [digits, "0" + digits[3:], digits[-7:], digits[-4:]]
    digits = only_digits(phone)
    if not digits:
        return []
    terms = [digits]
    rest = national_rest(phone, digits)
    if rest is not None:
        terms.append("0" + rest)
    if len(digits) > 7:
        terms.append(digits[-7:])
    if len(digits) > 4:
        terms.append(digits[-4:])
    return list(dict.fromkeys(terms))


def text_terms(values: Iterable[str | None]) -> list[str]:
    """Terms of free text (names, titles, places): one per word, the terms of each value
    remembered (most names, authors, publishers and subjects are met again)."""
    terms: list[str] = []
    for value in values:
        if value:
            terms += _value_terms(value)
    return terms


@lru_cache(maxsize=65536)  # names, publishers, subjects repeat; the cache is kept small
def _value_terms(value: str) -> tuple[str, ...]:
    return tuple(t for t in map(term, _words(value)) if t)


def query_terms(query: str) -> list[str]:
    """The terms of what was typed in a search box, each to be matched as a prefix.

    Separators inside a run of digits and letters are dropped, so a scanned or typed card number
    with a dash is one term, as it is in the index."""
    if _PHONE_QUERY.match(query.strip()):  # "067 123 45 67", "+38(067)…": one number
        rest = national_digits(query)
        digits = "".join(ch for ch in query if ch.isdigit())
        return ["0" + rest if rest is not None else digits]
    terms: list[str] = []
    for chunk in query.split():
        if _DIGITS.search(chunk):
            code = code_term(chunk)
            if code:
                terms.append(code)
        else:
            terms.extend(t for t in (term(w) for w in _words(chunk)) if t)
    return terms


def fts_query(terms: list[str], exact: Iterable[str] = ()) -> str:
    """An FTS5 query matching every term as a prefix, and every ``exact`` term whole. Terms are
    letters and digits only."""
    return " AND ".join([*(f'"{t}"*' for t in terms), *(f'"{t}"' for t in exact)])


_HEX_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")
FILTER_MARK = "qqq"


@lru_cache(maxsize=4096)  # a few types, hubs and states
def filter_term(kind: str, *values: str) -> str:
    """The filter term for ``kind`` (one letter: t type, h hub, s state, b hub and state) and
    its values: letters only, the same on every laptop."""
    digest = hashlib.blake2b("\x1f".join(values).encode(), digest_size=8).hexdigest()
    return FILTER_MARK + kind + digest.translate(_HEX_LETTERS)
