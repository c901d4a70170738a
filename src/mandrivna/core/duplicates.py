"""Readers who may be one person registered twice (at two hubs, or twice at one), ranked for the
coordinator: the same name in any spelling with the same birth year; the same phone; the same
e-mail; a surname one letter off («Гнатук» for «Гнатюк») with the same given name and birth year
(a different given name is another person: a relative, or a namesake whose surname differs by its
ending, «Вишневська» and «Вишневський»). A pair found
not to be one person (``core.reader.ReaderPair``) is not proposed again. Pure functions.

Names compare by their search skeletons (``core.search_text``: transliteration, apostrophes and
the spellings that vary folded together), so «Гнатюк Мар'яна» meets «Hnatiuk Mariana».
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from mandrivna.core import search_text
from mandrivna.core.reader import Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

SAME_NAME, SAME_PHONE, SAME_EMAIL, NEAR_NAME = "same_name", "same_phone", "same_email", "near_name"
# How much each reason weighs in the ranking.
WEIGHTS = {SAME_NAME: 4, SAME_PHONE: 3, SAME_EMAIL: 3, NEAR_NAME: 1}
REASON_LABELS = {
    SAME_NAME: QT_TRANSLATE_NOOP("duplicates", "same name and birth year"),
    SAME_PHONE: QT_TRANSLATE_NOOP("duplicates", "same phone"),
    SAME_EMAIL: QT_TRANSLATE_NOOP("duplicates", "same e-mail"),
    NEAR_NAME: QT_TRANSLATE_NOOP(
        "duplicates", "surname one letter off, same given name and birth year"
    ),
}
# A key shared by more readers than this (a hub's own phone typed for everyone) proves nothing.
MAX_GROUP = 6


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two readers who may be one person, and why."""

    first: Reader
    second: Reader
    reasons: tuple[str, ...]

    @property
    def score(self) -> int:
        return sum(WEIGHTS[r] for r in self.reasons)


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The pair in one order, whichever reader is named first."""
    return (a, b) if a <= b else (b, a)


def _deletions(word: str) -> set[str]:
    """The word and every word one letter shorter: two words one edit apart (a letter added,
    dropped or changed) share one of these."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _phone_key(reader: Reader) -> str | None:
    terms = search_text.phone_terms(reader.phone or "")
    national = [t for t in terms if t.startswith("0") and len(t) == 10]
    return national[0] if national else None


def _email_key(reader: Reader) -> str | None:
    email = (reader.email or "").strip().lower()
    return email if "@" in email else None


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def candidates(
    readers: Iterable[Reader], not_duplicates: Iterable[tuple[str, str]] = ()
) -> list[Candidate]:
    """Every likely pair among live readers not merged into another, best first."""
    live = [r for r in readers if not r.merged_into]
    by_id = {r.id: r for r in live}
    surnames: dict[str, str] = {}  # each reader's folded surname, folded once
    keys: dict[tuple[str, object], list[str]] = defaultdict(list)
    for reader in live:
        surname_terms = search_text.text_terms([reader.surname])
        given_terms = search_text.text_terms([reader.given_name])
        surname, given = "".join(surname_terms), " ".join(given_terms)
        surnames[reader.id] = surname
        name = " ".join([*surname_terms, *given_terms])
        if name and reader.birth_year:
            keys[(SAME_NAME, (name, reader.birth_year))].append(reader.id)
        phone = _phone_key(reader)
        if phone:
            keys[(SAME_PHONE, phone)].append(reader.id)
        email = _email_key(reader)
        if email:
            keys[(SAME_EMAIL, email)].append(reader.id)
        if len(surname) >= 4 and given and reader.birth_year:
            for variant in _deletions(surname):
                keys[(NEAR_NAME, (variant, given, reader.birth_year))].append(reader.id)
    reasons: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (reason, _), ids in keys.items():
        unique = sorted(set(ids))
        if len(unique) < 2 or len(unique) > MAX_GROUP:
            continue
        for i, a in enumerate(unique):
            for b in unique[i + 1 :]:
                if reason == NEAR_NAME and not _near(surnames[a], surnames[b]):
                    continue
                reasons[(a, b)].add(reason)
    refused = {pair_key(a, b) for a, b in not_duplicates}
    out = [
        Candidate(by_id[a], by_id[b], tuple(r for r in WEIGHTS if r in found))
        for (a, b), found in reasons.items()
        if (a, b) not in refused
    ]
    out.sort(key=lambda c: (-c.score, c.first.surname or "", c.first.id, c.second.id))
    return out
