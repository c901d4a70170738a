"""How far apart two search terms are, for the search that forgives a misspelt name.

Terms are the folded Latin skeletons of ``search_text`` («Гнатюк» → ``hnatiuk``), so the
spellings that vary by transliteration already meet; what is left are real slips of the ear or
the hand: a letter missing, added, changed, or two swapped («Гнатук», «Ковальчюк»). The distance
is the optimal-string-alignment one (Levenshtein with adjacent swaps), worked out only as far as
the allowed number of edits.
"""

from __future__ import annotations

# Shorter terms than this are not corrected: too many names lie one edit from «ivan».
SHORTEST = 4


def allowed_edits(term: str) -> int:
    """Edits forgiven in a typed term: none below ``SHORTEST`` letters, one up to 6, then two."""
    if len(term) < SHORTEST:
        return 0
    return 1 if len(term) <= 6 else 2


def distance(a: str, b: str, most: int) -> int:
    """Edits (insert, delete, change, swap two neighbours) from ``a`` to ``b``; any number above
    ``most`` is returned as ``most + 1``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    if a == b:
        return 0
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        low = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                before is not None
                and i > 1
                and j > 1
                and a[i - 1] == b[j - 2]
                and a[i - 2] == b[j - 1]
            ):
                value = min(value, before[j - 2] + 1)
            current[j] = value
            low = min(low, value)
        if low > most:
            return most + 1
        before, previous = previous, current
    return min(previous[-1], most + 1)


def near(term: str, known: list[str]) -> list[tuple[int, str]]:
    """The ``known`` terms within the edits allowed for ``term`` (not ``term`` itself), closest
    first, as (edits, term)."""
    most = allowed_edits(term)
    if not most:
        return []
    found = []
    for other in known:
        if other != term:
            edits = distance(term, other, most)
            if edits <= most:
                found.append((edits, other))
    return sorted(found)
