"""Ukrainian alphabetical order for lists people read (titles, hubs), the same on every system:
numbers first and by their value ("Том 2" before "Том 10"), then the Ukrainian alphabet
(а б в г ґ д е є ж з и і ї й …), then anything else. Case and apostrophes do not count."""

from __future__ import annotations

import re

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_RANK = {letter: index for index, letter in enumerate(UKRAINIAN)}
_IGNORED = "'’ʼ`"
_PIECES = re.compile(r"\d+|\D")


def sort_key(text: str | None) -> tuple[tuple[int, int], ...]:
    key = []
    for piece in _PIECES.findall((text or "").lower()):
        if piece.isdigit():
            key.append((0, int(piece)))
        elif piece in _IGNORED:
            continue
        elif piece in _RANK:
            key.append((1, _RANK[piece]))
        else:
            key.append((2, ord(piece)))
    return tuple(key)
