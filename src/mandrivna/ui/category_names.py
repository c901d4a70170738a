"""What the readers' categories (``core.reader.CATEGORIES``: displaced, child, veteran…) are
called on screen, in the user's language; the data keeps the codes. Apart from the reader's
dialog so that the Readers page shows a reader without importing the dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mandrivna.core.reader import CATEGORY_LABELS


def category_label(code: str) -> str:
    return QCoreApplication.translate("categories", CATEGORY_LABELS.get(code, code))
