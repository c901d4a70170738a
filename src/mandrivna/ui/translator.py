"""Installs the app's and Qt's own translations for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mandrivna.resource_paths import compiled_translations


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Loads ``mandrivna_<language>.qm`` and Qt's base translations; returns them to keep alive."""
    QLocale.setDefault(QLocale(language))
    installed = []
    if language != "en":
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_base)
            installed.append(qt_base)
        ours = QTranslator(app)
        if ours.load(f"mandrivna_{language}", str(compiled_translations())):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
