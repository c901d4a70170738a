"""A filter's choices made anew (the hubs known change as data arrives) without losing what the
librarian chose: the choice is kept while it is still offered, and no change is signalled while
the list is rebuilt, so the view does not count again for nothing."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill(
    combo: QComboBox,
    items: Iterable[tuple[str, object]],
    *,
    keep_first: int = 1,
    keep_missing: bool = False,
) -> None:
    """The choices after the first ``keep_first`` («All hubs») become ``items`` (text, data);
    the one chosen stays chosen if still there, else the first is. ``keep_missing``: a chosen
    item no longer among ``items`` is added back (the view still filters by it)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > keep_first:
        combo.removeItem(keep_first)
    items = list(items)
    for text, data in items:
        combo.addItem(text, data)
    if keep_missing and chosen and all(data != chosen for _, data in items):
        combo.addItem(str(chosen), chosen)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
