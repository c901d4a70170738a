"""The UI languages the app ships, and which one a user gets."""

from __future__ import annotations

import os

DEFAULT_LANGUAGE = "uk"
LANGUAGES: dict[str, str] = {"uk": "Українська", "en": "English"}


def resolve_language(saved: str | None) -> str:
    """``MANDRIVNA_LANG`` wins, then the saved choice, then Ukrainian."""
    for candidate in (os.environ.get("MANDRIVNA_LANG"), saved):
        if candidate and candidate[:2].lower() in LANGUAGES:
            return candidate[:2].lower()
    return DEFAULT_LANGUAGE
