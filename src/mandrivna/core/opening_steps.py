"""The long steps opening a data folder can take, and what a librarian is told meanwhile.

Most starts take none of them. The first start after an update copies the database to a backup
and migrates it, and a start after a crash checks every page of the file: on a full year's
data that is minutes, so the window and the command line say what is happening instead of
looking stuck. The texts are translated where they are shown (``translate("opening", …)``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

# A file smaller than this is checked in well under a second: no need to say so.
CHECK_WORTH_SAYING_BYTES = 64 * 1024 * 1024


class OpeningStep(StrEnum):
    """One long step of opening the database."""

    CHECK = "check"  # SQLite's check of every page
    BACKUP = "backup"  # the copy taken before an update of the database
    UPGRADE = "upgrade"  # the update itself (migrations)


# Called as each long step starts (from the thread that opens the database).
StepSink = Callable[[OpeningStep], None]

STEP_TEXTS: dict[OpeningStep, str] = {
    OpeningStep.CHECK: QT_TRANSLATE_NOOP("opening", "Checking every page of the database…"),
    OpeningStep.BACKUP: QT_TRANSLATE_NOOP(
        "opening", "Making a backup copy of the database before updating it…"
    ),
    OpeningStep.UPGRADE: QT_TRANSLATE_NOOP(
        "opening", "Updating the database for this version of Mandrivna…"
    ),
}

# Said beside every step: the laptop must not be switched off meanwhile.
KEEP_ON = QT_TRANSLATE_NOOP(
    "opening",
    "This can take a few minutes on a full year's data. Please do not switch the laptop off.",
)
