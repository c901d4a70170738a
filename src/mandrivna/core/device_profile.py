"""A laptop as every other laptop knows it: a record each laptop writes about itself, by its
current log origin (so that a change can be named by hub and librarian, never by a UUID)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class DeviceProfile:
    """A laptop by its log origin (``id``): its device, hub, librarian, role and app version."""

    id: str
    device_id: str | None = None
    hub: str | None = None
    librarian: str | None = None
    app_version: str | None = None
    role: str | None = None
