from PySide6.QtCore import Qt

from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

from .keyboard import type_text

PAGES = [
    "readers",
    "desk",
    "catalogue",
    "parcels",
    "events",
    "review",
    "reports",
    "dashboard",
    "sync",
    "settings",
]


def make_window(qtbot, services, runner=None):
    services.device.save("Хаб Дніпро", "Олена")
    window = MainWindow(services, runner or ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    return window


def shown_rows(window):
    """The rows of the navigation a librarian sees (the coordinator's pages are hidden)."""
    return [i for i in range(window.nav.count()) if not window.nav.item(i).isHidden()]


def test_navigation_reaches_every_page(qtbot, services, ukrainian):
    window = make_window(qtbot, services)
    labels = [window.nav.item(i).text() for i in shown_rows(window)]
    assert labels == [
        "Читачі",
        "Видача",
        "Каталог",
        window.tr("Parcels"),  # «Посилки» once the lead merges the translations
        "Заходи",
        "Перевірка",
        "Звіти",
        "Панель показників",
        "Синхронізація",
        "Налаштування",
    ]
    for row, name in zip(shown_rows(window), PAGES, strict=True):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_name() == name


def test_status_bar_shows_hub_librarian_and_waiting_changes(qtbot, services, ukrainian):
    window = make_window(qtbot, services)
    assert window.status.hub.text() == "Хаб: Хаб Дніпро"
    assert window.status.waiting.text() == "Очікують синхронізації: 0"
    changed = services.visits.tally("stationary", 2)[1]
    window.announce(changed)  # a write's result refreshes the views
    assert window.status.waiting.text() == "Очікують синхронізації: 1"
    assert window.status.last_sync.text() == "Остання синхронізація: ще не було"


def test_settings_page_saves_in_the_background(qtbot, services, ukrainian):
    runner = TaskRunner()
    window = make_window(qtbot, services, runner)
    window.show_page("settings")
    page = window.settings_page
    page.librarian.clear()
    type_text(page.librarian, "Марія")
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.device.current().librarian_name == "Марія"
    qtbot.waitUntil(lambda: window.status.librarian.text() == "Бібліотекар: Марія")
    runner.wait()


def test_settings_page_shows_a_validation_error_in_words(qtbot, services, ukrainian):
    window = make_window(qtbot, services)
    page = window.settings_page
    page.hub.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Вкажіть назву хабу."
    assert services.device.current().hub_name == "Хаб Дніпро"


def test_a_clock_twenty_years_behind_is_told_in_the_status_bar_and_at_start(
    qtbot, services, ukrainian, monkeypatch
):
    from mandrivna.core.clock_check import RELEASED_MS
    from mandrivna.ui import main_window

    services.db.physical_clock = lambda: RELEASED_MS - 20 * 365 * 24 * 3600 * 1000
    window = make_window(qtbot, services)
    assert window.status.clock.isVisibleTo(window)
    assert "встановіть дату й час" in window.status.clock.text()
    shown = []
    monkeypatch.setattr(
        main_window.QMessageBox, "warning", lambda _parent, title, text: shown.append(text)
    )
    window.warn_about_clock(services.status.status())
    assert len(shown) == 1 and "Встановіть дату" in shown[0]


def test_a_right_clock_shows_no_warning(qtbot, services, ukrainian):
    window = make_window(qtbot, services)
    assert not window.status.clock.isVisibleTo(window)


def test_ctrl_d_on_a_reader_opens_the_desk_on_them(qtbot, services):
    window = make_window(qtbot, services)
    rid, _ = services.readers.register("Гнатюк", "Олена", consent=True)
    page = window.readers_page
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.search.setFocus()
    type_text(page.search, "гнатюк")
    page.refresh()
    assert page.current.id == rid
    qtbot.keyClick(page.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "desk"
    assert window.desk_page.reader.id == rid
