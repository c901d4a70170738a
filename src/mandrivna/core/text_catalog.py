"""Translations for code that must not import Qt (the command line).

Reads the same Qt Linguist ``.ts`` files that the GUI uses compiled as ``.qm``, so every text has
one translation in one place. Unfinished or missing entries fall back to the English source.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mandrivna.core.languages import DEFAULT_LANGUAGE


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only where a catalogue is read: the GUI reads its .qm

    table: dict[tuple[str, str], str] = {}
    if not path.is_file():
        return table
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


class TextCatalog:
    """``translate(context, source)`` for one language, from ``mandrivna_<lang>.ts``."""

    def __init__(self, folder: Path, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language
        self._table = _load(folder / f"mandrivna_{language}.ts") if language != "en" else {}

    def translate(self, context: str, source: str) -> str:
        return self._table.get((context, source), source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for translation where Qt is not imported; ``lupdate`` finds it by name."""
    return source
