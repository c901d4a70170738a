from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from mandrivna.ui.first_run_dialog import FirstRunDialog

from .keyboard import type_text


def test_first_run_sets_up_the_device(qtbot, services, ukrainian):
    dialog = FirstRunDialog(services.device)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.windowTitle() == "Ласкаво просимо до «Мандрівної»"
    assert not ok.isEnabled()
    type_text(dialog.hub, "Хаб у Дніпрі")
    assert not ok.isEnabled()  # the librarian is still missing
    type_text(dialog.librarian, "Олена Ковальчук")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = services.device.current()
    assert (settings.hub_name, settings.librarian_name) == ("Хаб у Дніпрі", "Олена Ковальчук")
    assert len(settings.device_id) == 36


def test_blank_names_keep_the_dialog_open(qtbot, services, ukrainian):
    dialog = FirstRunDialog(services.device)
    qtbot.addWidget(dialog)
    type_text(dialog.hub, "   ")
    type_text(dialog.librarian, "Олена")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()  # even if forced, nothing is saved and the error is shown in words
    assert services.device.current() is None
    assert dialog.error.text() == "Вкажіть назву хабу."
