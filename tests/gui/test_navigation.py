"""The navigation: every page with its icon and name, which laptop this is, and whether its work
has reached the server, in words."""

from PySide6.QtCore import QSize

from mandrivna.core.status import Status
from mandrivna.resource_paths import lucide_icon
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.navigation import PAGE_ICONS, Navigation
from mandrivna.ui.task_runner import ImmediateRunner


def test_every_listed_icon_is_bundled_with_its_licence():
    for name in PAGE_ICONS.values():
        assert lucide_icon(name).is_file(), name
    for name in ("cloud-check", "cloud-upload", "cloud-off"):
        assert lucide_icon(name).is_file(), name
    assert "ISC" in (lucide_icon("users").parent / "LICENSE").read_text()


def test_pages_show_an_icon_and_their_name(qtbot, services, ukrainian):
    services.device.save("Хаб Дніпро", "Олена")
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    for row, name in enumerate(window.page_names):
        item = window.nav.item(row)
        assert item.text()
        if name in PAGE_ICONS:
            image = item.icon().pixmap(QSize(20, 20)).toImage()
            assert not image.isNull()
            drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(20) for y in range(20))
            assert drawn > 20, name  # the SVG was drawn, not an empty square
    assert window.navigation.hub.text() == "Хаб Дніпро"
    assert window.navigation.librarian.text() == "Олена"
    assert window.navigation.sync_state.text() == "Ще не синхронізовано"


def test_sync_state_in_words(qtbot, ukrainian):
    nav = Navigation()
    qtbot.addWidget(nav)
    nav.show_status(Status("Хаб", "Ія", None, None, 3, None))
    assert nav.sync_state.text() == "3 зміни чекають синхронізації"
    nav.show_status(Status("Хаб", "Ія", None, 1_790_000_000_000, 0, None))
    assert nav.sync_state.text().startswith("Синхронізовано ")
    assert not nav.sync_icon.pixmap().isNull()
