"""Which encoding a file's text is in: UTF-8 or Windows-1251 (cp1251), the two that Ukrainian
library systems export. Files often declare one and hold the other, so the declaration is only a
tie-breaker: each candidate decoding is scored by how much it reads like real text, and the best
one wins.

What gives a wrong decoding away: cp1251 bytes read as UTF-8 are mostly undecodable (each
undecodable byte becomes U+FFFD); UTF-8 read as cp1251 turns every Cyrillic letter into ``Р`` or
``С`` followed by a symbol or a rare letter (``Тигр`` → ``РўРёРіСЂ``), so capitals appear inside
words and those pairs fill the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

UTF8 = "utf-8"
CP1251 = "cp1251"
ENCODINGS = (UTF8, CP1251)
_ALIASES = {
    "utf8": UTF8,
    "utf-8": UTF8,
    "utf-8-sig": UTF8,
    "cp1251": CP1251,
    "windows-1251": CP1251,
    "win1251": CP1251,
    "1251": CP1251,
}
# How many bytes of a file are looked at to decide.
SAMPLE_BYTES = 1 << 20
# How many of those are scored (plenty of text, and quick).
SCORED_BYTES = 1 << 17

_WORD = re.compile(r"[^\W\d_]+")
# what the second bytes of UTF-8 Cyrillic (0x80-0xBF) become when read as cp1251
_CP1251_HIGH = frozenset(bytes(range(0x80, 0xC0)).decode(CP1251, errors="ignore"))
_UTF8_LEADS = frozenset("РСТ")  # 0xD0-0xD2: lead bytes of Cyrillic in UTF-8
_NON_SORTING = frozenset("\x88\x89\x98\x9c")  # NSB/NSE of UNIMARC (ISO 6630) and MARC21


def normalise_encoding(name: str) -> str:
    """``utf-8`` or ``cp1251`` for any usual spelling of them; raises ValidationError."""
    key = name.strip().lower().replace("_", "-")
    if key not in _ALIASES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Unknown encoding {name}: use utf-8 or cp1251 (Windows-1251)."
            ),
            name=name,
        )
    return _ALIASES[key]


def readability(text: str) -> int:
    """Letters, less a penalty for each sign of a wrong decoding. Comparable between decodings
    of the same bytes: the higher, the more it reads like real text."""
    penalty = 10 * text.count("\ufffd")
    # C1 controls are never in text, but for the non-sorting markers of MARC records
    penalty += 10 * sum(1 for c in text if "\x80" <= c <= "\x9f" and c not in _NON_SORTING)
    letters = 0
    for word in _WORD.findall(text):
        letters += len(word)
        for before, after in pairwise(word):
            if before.islower() and after.isupper():
                penalty += 3
    for before, after in pairwise(text):
        # weighs more than a capital inside a word, which real text has too («вК», «iPhone»)
        if before in _UTF8_LEADS and after in _CP1251_HIGH:
            penalty += 4
    return letters - penalty


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding chosen, and what the file declared (None if it declared nothing usable)."""

    encoding: str
    declared: str | None = None

    @property
    def contradicts_declaration(self) -> bool:
        return self.declared is not None and self.declared != self.encoding


def detect_encoding(sample: bytes, declared: str | None = None) -> EncodingGuess:
    """The candidate that reads best; the declared one (else UTF-8) when they read the same,
    as they do for plain ASCII."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return EncodingGuess(UTF8, declared)
    preferred = declared if declared in ENCODINGS else UTF8
    order = [preferred, *(e for e in ENCODINGS if e != preferred)]
    sample = sample[:SCORED_BYTES]
    scores = {enc: readability(sample.decode(enc, errors="replace")) for enc in order}
    best = max(order, key=lambda enc: scores[enc])  # max keeps the first of equals
    return EncodingGuess(best, declared)
