"""The desk's signals for scanner work, so the librarian need not look at the screen: a short
sound and a flash of the scan field, one kind for success and another for an error or a
warning. Sounds play through QSoundEffect when Qt Multimedia is available on the laptop;
otherwise an error still beeps (QApplication.beep) and both still flash. Sound can be turned off
(kept in the laptop's user settings, not synced)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from mandrivna.resource_paths import desk_sound

SOUND_KEY = "desk/sound"
FLASH_MS = 350
FLASH_STYLES = {
    "success": "background-color: #c8e6c9",
    "error": "background-color: #ffcdd2",
}


def _sound_effect_class() -> Any:
    """QSoundEffect, or None where Qt Multimedia cannot load (no audio libraries)."""
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:
        return None
    return QSoundEffect


def _settings() -> QSettings:
    return QSettings("Mandrivna", "Mandrivna")


def sound_wanted() -> bool:
    return bool(_settings().value(SOUND_KEY, True, type=bool))


def set_sound_wanted(on: bool) -> None:
    _settings().setValue(SOUND_KEY, on)


class DeskSignals(QObject):
    """Plays ``success`` or ``error`` on ``target`` (the scan field): flash, and sound if on."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.last: str | None = None  # what was signalled last, for tests and the log
        self._sounds: dict[str, Any] = {}
        effect = _sound_effect_class()
        if effect is not None:
            for kind in ("success", "error"):
                sound = effect(self)
                sound.setSource(QUrl.fromLocalFile(str(desk_sound(kind))))
                sound.setVolume(0.6)
                self._sounds[kind] = sound
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(lambda: self.target.setStyleSheet(""))

    @property
    def can_play(self) -> bool:
        return bool(self._sounds)

    def signal(self, kind: str) -> None:
        self.last = kind
        self.target.setStyleSheet(FLASH_STYLES[kind])
        self._timer.start()
        if not sound_wanted():
            return
        sound = self._sounds.get(kind)
        if sound is not None:
            sound.play()
        elif kind == "error":
            QApplication.beep()
