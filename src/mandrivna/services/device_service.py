"""First-run setup and this device's settings: hub (service point), librarian, UI language."""

from __future__ import annotations

from dataclasses import dataclass

from mandrivna.core.errors import ValidationError
from mandrivna.core.languages import LANGUAGES
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import directory_queries
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore

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


def clean_hub(name: str) -> str:
    return _clean(
        name,
        QT_TRANSLATE_NOOP("errors", "Enter the hub name."),
        QT_TRANSLATE_NOOP("errors", "The hub name is too long (at most {n} characters)."),
    )


def clean_librarian(name: str) -> str:
    return _clean(
        name,
        QT_TRANSLATE_NOOP("errors", "Enter the librarian's name."),
        QT_TRANSLATE_NOOP("errors", "The librarian's name is too long (at most {n} characters)."),
    )


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
        hub = clean_hub(hub_name)
        librarian = clean_librarian(librarian_name)
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown language {code}."), code=language
            )
        values: dict[str, str] = {"hub_name": hub, "librarian_name": librarian}
        if language is not None:
            values["language"] = language
        state = self.db.set_device(**values)
        return DeviceSettings(state.device_id, state.hub_name, state.librarian_name, state.language)

    def hub_choices(self) -> tuple[list[str], str]:
        """Once this laptop is enrolled: the directory's open hubs by name, this laptop's hub
        among them, and its hub's name as the directory has it today. Before (or with no
        directory yet): no choices, the hub is typed."""
        settings = self.current()
        own = settings.hub_name if settings else ""
        state = SyncStore(self.db).state()
        if not (state.server_url and state.token):
            return [], own
        with self.db.read() as conn:
            directory = directory_queries.hub_directory(conn)
        names = [h.name for h in directory.live() if h.name and h.active is not False]
        if not names:
            return [], own
        shown = directory.display(own) if own else ""
        if shown and shown not in names:
            names.append(shown)
        return sorted(names, key=str.casefold), shown

    def change(
        self,
        hub_name: str | None = None,
        librarian_name: str | None = None,
        language: str | None = None,
    ) -> DeviceSettings:
        """Change some of the settings and keep the others (a device not set up yet needs both
        names)."""
        current = self.current()
        if current is not None:
            hub_name = current.hub_name if hub_name is None else hub_name
            librarian_name = current.librarian_name if librarian_name is None else librarian_name
        return self.save(hub_name or "", librarian_name or "", language)
