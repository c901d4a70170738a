"""The coordinator's Plan page from the keyboard: the 2024 plan loaded in one action, a target
corrected and a quarter's target added, a figure deleted; a month of virtual visits entered,
entered again (replaced, not added), edited and deleted. The page is only on the coordinator's
laptop."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from mandrivna.core.plan_figures import PLAN_2024
from mandrivna.store.sync_store import SyncStore
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.pages.plan_page import PlanPage
from mandrivna.ui.task_runner import ImmediateRunner

from .keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, services):
    services.device.save("Головний офіс", "Олена")
    page = PlanPage(services.plan, ImmediateRunner())
    page.changed.connect(page.on_data_changed)  # as the main window hands it back
    qtbot.addWidget(page)
    page.resize(1146, 720)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def choose(combo, code) -> None:
    """Pick an entry of a combo box from the keyboard (Home, then Down as often as needed)."""
    combo.setFocus()
    press(combo, Qt.Key.Key_Home)
    for _ in range(combo.findData(code)):
        press(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code


def test_load_the_2024_plan_and_correct_a_target(qtbot, page, services) -> None:
    page.example_button.setFocus()
    press(page.example_button, Qt.Key.Key_Space)
    assert page.year.value() == 2024
    assert page.table.rowCount() == len(PLAN_2024)
    assert "2024" in page.message.text()
    choose(page.indicator, "visits.remote")
    page.value.setFocus()
    page.value.selectAll()
    type_text(page.value, "4100")
    press(page.value, Qt.Key.Key_S, CTRL)
    choose(page.period, "q1")
    page.value.setFocus()
    page.value.selectAll()
    type_text(page.value, "900")
    press(page.value, Qt.Key.Key_Return)
    figures = {(f.indicator, f.period): f.value for f in services.plan.figures(2024)}
    assert figures[("visits.remote", "year")] == 4100  # replaced, not added
    assert figures[("visits.remote", "q1")] == 900
    assert page.table.rowCount() == len(PLAN_2024) + 1
    page.table.setFocus()
    row = next(n for n, f in enumerate(page.figures) if f.period == "q1")
    page.table.selectRow(row)
    press(page.table, Qt.Key.Key_Delete)
    assert page.table.rowCount() == len(PLAN_2024)
    assert ("visits.remote", "q1") not in {(f.indicator, f.period) for f in page.figures}


def test_a_month_of_virtual_visits_is_one_entry_edited_and_deleted(qtbot, page, services):
    box = page.virtual
    page.year.setValue(2024)
    box.start.setDate(QDate(2024, 3, 1))
    assert box.end.date() == QDate(2024, 3, 31)  # the month's end follows
    for count in ("2100", "2200"):  # the same month twice: the second replaces the first
        box.clear()
        box.start.setDate(QDate(2024, 3, 1))
        type_text(box.source, "Сайт бібліотеки")
        box.count.setFocus()
        box.count.selectAll()
        type_text(box.count, count)
        box.source.setFocus()
        press(box.source, Qt.Key.Key_Return)
    entries = services.plan.virtual_entries(2024)
    assert [(e.source, e.count, e.measure) for e in entries] == [
        ("Сайт бібліотеки", 2200, "sessions")
    ]
    assert box.table.rowCount() == 1
    box.table.setFocus()
    box.table.selectRow(0)  # chosen: the form holds it, and saving edits it
    assert box.source.text() == "Сайт бібліотеки" and box.count.value() == 2200
    choose(box.measure, "views")
    box.source.setFocus()
    press(box.source, Qt.Key.Key_Return)
    assert [e.measure for e in services.plan.virtual_entries(2024)] == ["views"]
    box.delete_button.setFocus()
    press(box.delete_button, Qt.Key.Key_Space)
    assert services.plan.virtual_entries(2024) == [] and box.table.rowCount() == 0


def test_an_overlapping_entry_is_refused_in_plain_words(qtbot, page, services) -> None:
    services.plan.set_virtual(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "Сайт", 100)
    box = page.virtual
    box.start.setDate(QDate(2024, 3, 15))
    box.end.setDate(QDate(2024, 4, 14))
    type_text(box.source, "сайт")
    press(box.source, Qt.Key.Key_Return)
    assert "2024-03-01" in box.message.text()
    assert len(services.plan.virtual_entries()) == 1


def test_the_plan_page_is_on_the_coordinators_laptop_only(qtbot, services) -> None:
    services.device.save("Хаб у Дніпрі", "Олена")
    hub = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(hub)
    assert "plan" not in hub.page_names
    SyncStore(services.db).update_state(role="coordinator")
    coordinator = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(coordinator)
    coordinator.show_page("plan")
    assert coordinator.current_page_name() == "plan"
