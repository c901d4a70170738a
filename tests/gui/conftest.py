import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from mandrivna.app import open_services
from mandrivna.ui import translator
from mandrivna.ui.translator import install_translators


@pytest.fixture(autouse=True)
def user_settings(tmp_path):
    """The user's Qt settings (the desk's sound switch) in the test's own folder."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qt-settings"))
    return tmp_path / "qt-settings"


@pytest.fixture(autouse=True)
def translators_left_behind(monkeypatch):
    """Translators a test's start installs (``run_gui``) are taken off the shared application
    after it, with the default locale: the next test in the same process speaks as it expects."""
    installed = []
    install = translator.install_translators

    def recorded(app, language):
        made = install(app, language)
        installed.extend((app, t) for t in made)
        return made

    monkeypatch.setattr(translator, "install_translators", recorded)
    locale = QLocale()
    yield
    for app, t in installed:
        app.removeTranslator(t)
    QLocale.setDefault(locale)


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
