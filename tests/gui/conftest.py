import pytest
from PySide6.QtWidgets import QApplication

from mandrivna.app import open_services
from mandrivna.ui.translator import install_translators


@pytest.fixture
def services(data_dir):
    s = open_services(data_dir)
    yield s
    s.close()


@pytest.fixture
def ukrainian(qapp: QApplication):
    translators = install_translators(qapp, "uk")
    yield
    for t in translators:
        qapp.removeTranslator(t)
