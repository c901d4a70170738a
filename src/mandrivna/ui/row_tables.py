"""Tables of rows to choose from, set up alike everywhere: a whole row is chosen, one at a time, by
mouse or keyboard; nothing is edited in place; no row numbers. Most lists of the app are one
(hubs, parcels, events, readers found, plan figures…); ``make_read_only`` is the catalogue's
denser kind (alternating rows, one line a row, Tab leaving the table)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget


def choose_rows(
    table: QTableView, headers: Sequence[str] | None = None, stretch: int | None = None
) -> None:
    """One row chosen at a time, nothing edited in place, no row numbers. ``headers``: the
    columns (a ``QTableWidget``'s); ``stretch``: every column as wide as its contents but this
    one, which takes the room left."""
    if headers is not None:
        assert isinstance(table, QTableWidget)
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if stretch is not None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def make_read_only(table: QTableWidget, columns: list[str]) -> None:
    """A list to choose rows from, by mouse or keyboard; nothing edited in place."""
    choose_rows(table, columns)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
