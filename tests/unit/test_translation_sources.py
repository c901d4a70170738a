"""The translation source carries no stray translator comments: lupdate takes every ``#:`` comment
in the code as a note for translators and pins it (piled up across files) on the next message,
so notes about the code ended up on unrelated messages. Code comments are plain ``#``."""

import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "src" / "mandrivna"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_no_code_comment_is_taken_for_a_translator_note():
    stray = [
        f"{path.relative_to(SOURCES)}:{number}"
        for path in sorted(SOURCES.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*#:", line)
    ]
    assert stray == [], "write plain # comments; lupdate reads #: as translator notes"


def test_the_translation_source_has_no_stray_notes():
    for ts in TRANSLATIONS.glob("*.ts"):
        assert "<extracomment>" not in ts.read_text(encoding="utf-8"), ts.name
