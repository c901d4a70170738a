"""First-run setup and this device's settings: hub (service point), librarian, UI language."""

from __future__ import annotations

from dataclasses import dataclass

from mandrivna.core.errors import ValidationError
from mandrivna.core.languages import LANGUAGES
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store.database import Database

MAX_NAME = 120


@dataclass(frozen=True)
class DeviceSettings:
    device_id: str
    hub_name: str
    librarian_name: str
    language: str | None


def _clean(value: str, empty_message: str, long_message: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(empty_message)
    if len(text) > MAX_NAME:
        raise ValidationError(long_message, n=MAX_NAME)
    return text


class DeviceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def current(self) -> DeviceSettings | None:
        """This device's settings, or None before the first-run setup."""
        state = self.db.device()
        if state is None:
            return None
        return DeviceSettings(state.device_id, state.hub_name, state.librarian_name, state.language)

    def save(
        self, hub_name: str, librarian_name: str, language: str | None = None
    ) -> DeviceSettings:
        """Set up this device (first run: creates its identity) or change its settings."""
        hub = _clean(
            hub_name,
            QT_TRANSLATE_NOOP("errors", "Enter the hub name."),
            QT_TRANSLATE_NOOP("errors", "The hub name is too long (at most {n} characters)."),
        )
        librarian = _clean(
            librarian_name,
            QT_TRANSLATE_NOOP("errors", "Enter the librarian's name."),
            QT_TRANSLATE_NOOP(
                "errors", "The librarian's name is too long (at most {n} characters)."
            ),
        )
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown language {code}."), code=language
            )
        values: dict[str, object] = {"hub_name": hub, "librarian_name": librarian}
        if language is not None:
            values["language"] = language
        state = self.db.set_device(**values)
        return DeviceSettings(state.device_id, state.hub_name, state.librarian_name, state.language)
