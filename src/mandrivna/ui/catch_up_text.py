"""What a catch-up left to its end (its loans, then the catalogue's search entries), said in the
same words on the Sync page and in the main window's status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mandrivna.ui.counts import grouped


def finishing(done: int, total: int) -> str:
    """«Working out loans and the catalogue search: 1 200 of 42 339»."""
    text = QCoreApplication.translate(
        "CatchUp", "Working out loans and the catalogue search: %1 of %2"
    )
    return text.replace("%1", grouped(done)).replace("%2", grouped(total))
