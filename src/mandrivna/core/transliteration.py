"""Ukrainian names in Latin letters by the official table of 2010 (Cabinet of Ministers'
resolution № 55), as in a Ukrainian passport: what the search folds Latin-typed names from, and
how a name is written in Latin letters."""

from __future__ import annotations

APOSTROPHES = "'’ʼ`‘´ʹ"
# Each Ukrainian letter in Latin letters, inside a word.
LETTERS = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
}
# At the start of a word these letters are written otherwise.
WORD_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def latin(text: str) -> str:
    """A name in Latin letters as in a Ukrainian passport."""
    out: list[str] = []
    previous = ""
    for char in text:
        low = char.lower()
        if low in APOSTROPHES:
            continue
        if low == "г" and previous == "з":
            letters = "gh"  # зг is zgh, so that it does not read as zh
        elif low in WORD_START and not previous.isalpha():
            letters = WORD_START[low]
        else:
            letters = LETTERS.get(low, char)
        out.append(letters.capitalize() if char.isupper() else letters)
        previous = low
    return "".join(out)
