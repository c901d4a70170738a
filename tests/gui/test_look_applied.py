"""The app's look (its style sheet) is applied just before anything is shown: the main window is
built first and then styled in one pass (issue #17), and is drawn exactly as one built under the
look; a dialog shown before the window (here: a damaged file) has the look too."""

import pytest
from PySide6.QtWidgets import QMessageBox

from mandrivna.store.database import DB_FILENAME
from mandrivna.ui.gui_main import build_window, run_gui
from mandrivna.ui.look import APP_STYLE
from mandrivna.ui.main_window import MainWindow
from mandrivna.ui.task_runner import ImmediateRunner


@pytest.fixture
def no_look_yet(qapp):
    saved = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(saved)


def test_the_window_built_before_the_look_is_drawn_as_one_built_under_it(
    qtbot, qapp, services, ukrainian, no_look_yet
):
    services.device.save("Хаб Дніпро", "Олена")
    for n in range(3):
        services.readers.register(f"Петренко{n}", "Олег", consent=True)
    plain_height = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(plain_height)
    unstyled = plain_height.readers_page.new_button.sizeHint().height()
    first = build_window(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(first)
    assert qapp.styleSheet() == APP_STYLE
    under_the_look = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(under_the_look)
    for window in (first, under_the_look):
        window.show()
    qapp.processEvents()
    assert first.grab().toImage() == under_the_look.grab().toImage()
    styled = first.readers_page.new_button.sizeHint().height()
    assert styled > unstyled  # the look's room around a button's text is there
    build_window(services, ImmediateRunner(), auto_sync=False).deleteLater()
    assert qapp.styleSheet() == APP_STYLE  # applied once, not stacked


def test_a_dialog_before_the_window_has_the_look(qapp, tmp_path, monkeypatch, no_look_yet):
    looks = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: looks.append(qapp.styleSheet())
    )
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"not a database" * 100)
    assert run_gui(data) == 2
    assert looks == [APP_STYLE]
