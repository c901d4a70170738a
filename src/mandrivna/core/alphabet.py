"""Ukrainian alphabetical order for lists people read (titles, hubs), the same on every system:
digits first, then the Ukrainian alphabet (а б в г ґ д е є ж з и і ї й …), then anything else.
Case and apostrophes do not count."""

from __future__ import annotations

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_RANK = {letter: index for index, letter in enumerate(UKRAINIAN)}
_IGNORED = "'’ʼ`"


def sort_key(text: str | None) -> tuple[tuple[int, int], ...]:
    key = []
    for char in (text or "").lower():
        if char in _IGNORED:
            continue
        if char.isdigit():
            key.append((0, ord(char)))
        elif char in _RANK:
            key.append((1, _RANK[char]))
        else:
            key.append((2, ord(char)))
    return tuple(key)
