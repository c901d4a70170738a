"""Backups as every layer sees them: what a backup holds (``BackupInfo``, for the person deciding
to restore it), and the kinds of backup (the last word of a backup's file name) with their names
for people, shown by the Settings page and by ``mandrivna backup --list`` alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mandrivna.core.errors import Translate
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

CONTEXT = "backups"
NAMES = {
    "daily": QT_TRANSLATE_NOOP("backups", "daily"),
    "manual": QT_TRANSLATE_NOOP("backups", "made by hand"),
    "before-migration": QT_TRANSLATE_NOOP("backups", "before an update"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "before a restore"),
    "before-demo": QT_TRANSLATE_NOOP("backups", "before the demo replaced it"),
    "damaged": QT_TRANSLATE_NOOP("backups", "damaged, kept aside"),
}


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, for the person deciding to restore it."""

    path: Path
    taken_at: dt.datetime
    kind: str
    size: int
    readers: int
    open_loans: int
    changes: int
    hub: str | None
    revision: str | None


def kind_name(kind: str, translate: Translate) -> str:
    """The kind in the user's language (an unknown kind as it is written)."""
    source = NAMES.get(kind)
    return translate(CONTEXT, source) if source else kind
