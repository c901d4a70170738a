"""Shows errors to the user in plain words: a known error's own message, otherwise a short note
that the details went to the log. Never a traceback in a dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mandrivna.core.errors import MandrivnaError, disk_full

log = logging.getLogger(__name__)


def user_text(exc: BaseException) -> str:
    if isinstance(exc, MandrivnaError):
        return exc.user_message(QCoreApplication.translate)
    if disk_full(exc):  # every write fails until there is room: say so, not "went wrong"
        log.error("The disk is full", exc_info=exc)
        return QCoreApplication.translate(
            "errors",
            "The laptop's disk is full, so this was not saved. Free some space (old downloads, "
            "the rubbish bin) and try again; everything saved before is kept.",
        )
    log.error("Unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "errors",
        "Something went wrong and the action was not completed. Nothing was lost. "
        "The details were written to the log file.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    warn(parent, user_text(exc))


def warn(parent: QWidget | None, text: str) -> None:
    """A message box for a screen with no message line of its own."""
    title = QCoreApplication.translate("errors", "Mandrivna")
    QMessageBox.warning(parent, title, text)  # type: ignore[arg-type]
