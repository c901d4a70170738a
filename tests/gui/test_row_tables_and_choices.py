"""The shared pieces of the lists and filters: a table of rows to choose from, and a filter's
choices made anew keeping what was chosen, without a signal while the list is rebuilt."""

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget

from mandrivna.ui.combo_choices import refill
from mandrivna.ui.row_tables import choose_rows, make_read_only


def test_a_table_of_rows_to_choose_one_from(qtbot):
    table = QTableWidget()
    qtbot.addWidget(table)
    choose_rows(table, ["Назва", "Автор", "Рік"], stretch=1)
    assert table.columnCount() == 3 and table.horizontalHeaderItem(1).text() == "Автор"
    assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden()
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(3)]
    fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
    assert modes == [fit, stretch, fit]
    dense = QTableWidget()
    qtbot.addWidget(dense)
    make_read_only(dense, ["Штрихкод"])
    assert dense.alternatingRowColors() and not dense.tabKeyNavigation()
    assert dense.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection


def test_refilling_keeps_the_choice_and_says_nothing(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Усі хаби", None)
    refill(combo, [("Хаб Львів", "Хаб Львів"), ("Хаб Київ", "Хаб Київ")])
    combo.setCurrentIndex(2)
    heard = []
    combo.currentIndexChanged.connect(heard.append)
    refill(combo, [("Хаб Дніпро", "Хаб Дніпро"), ("Хаб Київ", "Хаб Київ")])
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Усі хаби",
        "Хаб Дніпро",
        "Хаб Київ",
    ]
    assert combo.currentData() == "Хаб Київ" and heard == []
    refill(combo, [("Хаб Дніпро", "Хаб Дніпро")])  # gone: back to all hubs
    assert combo.currentIndex() == 0 and combo.count() == 2
    combo.setCurrentIndex(1)  # the librarian chooses Dnipro
    heard.clear()
    refill(combo, [], keep_missing=True)  # still filtering by it: kept
    assert combo.currentData() == "Хаб Дніпро" and combo.count() == 2
    refill(combo, [("Усі", None), ("Хаб Рівне", "key-1")], keep_first=0)
    assert combo.itemText(0) == "Усі" and combo.currentIndex() == 0 and heard == []
