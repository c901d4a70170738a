"""Enrolling this laptop with the sync server, and syncing it (from the GUI, the CLI or a timer)."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.core.change import Changed
from mandrivna.core.errors import SET_UP_FIRST, NotEnrolledError, SyncError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services import laptop_profile
from mandrivna.services.device_service import clean_librarian
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore

if TYPE_CHECKING:  # the sync engine, HTTP and the wire's models load at the first sync
    from mandrivna.sync.sync_engine import Progress, SyncReport, Transport
    from mandrivna.sync.transport import HttpTransport


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    device_key: str
    hub: str
    role: str


def new_signing_key() -> tuple[str, str]:
    """A fresh Ed25519 key pair as (private, public), both base64."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(private).decode(), base64.b64encode(public).decode()


def check_bundle_file(data: bytes, path: Path) -> None:
    """Refuse, in plain words and before anything is sent, a file that is not a whole bundle
    (damaged on the stick, cut short, or something else); the server checks its signature."""
    from mandrivna.core.bundle_format import TOO_LARGE, DamagedBundleError, read_bundle
    from mandrivna.wire import MAX_BUNDLE_BYTES

    try:
        read_bundle(data, MAX_BUNDLE_BYTES)
    except DamagedBundleError as exc:
        if str(exc) == TOO_LARGE:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle {file} is larger than a bundle may be. Sync that laptop over a "
                    "network instead.",
                ),
                file=str(path),
            ) from None
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {file} is not a Mandrivna bundle, or it is damaged. Ask the hub to "
                "write the bundle again.",
            ),
            file=str(path),
        ) from None


class SyncService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.store = SyncStore(db)

    def transport(self) -> HttpTransport:
        from mandrivna.sync.transport import HttpTransport

        state = self.store.state()
        if not state.server_url or not state.token:
            raise NotEnrolledError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This laptop is not enrolled with a sync server yet. Enter the "
                    "server address and the code from the coordinator in Settings → Sync, or run "
                    "mandrivna enroll.",
                )
            )
        return HttpTransport(state.server_url, state.token)

    def last_error(self) -> SyncError | None:
        """The error of the last sync, if it failed (to show it again after a restart)."""
        saved = self.store.state().last_error
        if not saved:
            return None
        try:
            data = json.loads(saved)
            return SyncError(data["message"], **data.get("params", {}))
        except (ValueError, KeyError, TypeError):
            return None

    def enrollment(self) -> Enrollment | None:
        state = self.store.state()
        if not (state.server_url and state.token):
            return None
        return Enrollment(state.server_url, state.device_key or "", "", state.role or "")

    def is_enrolled(self) -> bool:
        state = self.store.state()
        return bool(state.server_url and state.token)

    def enroll(self, server_url: str, code: str, librarian: str | None = None) -> Enrollment:
        """Connect this device to the server with a one-time code from the coordinator.

        A device not set up yet is set up by its enrollment when ``librarian`` is given: it
        takes the hub that the coordinator enrolled it for."""
        url = server_url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors", "The server address must start with http:// or https://."
                )
            )
        device = self.db.device()
        if device is None and librarian is None:
            raise NotEnrolledError(SET_UP_FIRST)
        new_librarian = clean_librarian(librarian) if device is None and librarian else None
        device_id = device.device_id if device else str(uuid.uuid4())
        private, public = new_signing_key()
        from mandrivna.sync.transport import HttpTransport
        from mandrivna.wire import EnrollRequest

        response = HttpTransport(url).enroll(
            EnrollRequest(
                code=code.strip(),
                device_id=device_id,
                public_key=public,
                hub=device.hub_name if device else "",
            )
        )
        if new_librarian is not None:
            self.db.set_device(
                device_id=device_id,
                hub_name=" ".join(response.hub.split()),
                librarian_name=new_librarian,
            )
        previous = self.store.state()
        same_server = previous.server_url == url
        self.store.update_state(
            server_url=url,
            token=response.token,
            device_key=response.device_key,
            role=response.role,
            signing_key=private,
            last_error=None,
            pull_cursor=previous.pull_cursor if same_server else 0,
            pull_chain=previous.pull_chain if same_server else None,
        )
        if not same_server:  # a new server holds nothing of ours yet
            for origin in self.store.own_origins():
                self.store.set_acked(origin, 0)
        return Enrollment(url, response.device_key, response.hub, response.role)

    def export_bundle(self, path: Path) -> int:
        """No link at all: write the waiting changes to a signed file; returns how many."""
        from mandrivna.sync.bundle import export_bundle

        laptop_profile.note_laptop(self.db)  # the coordinator learns who this laptop is
        try:
            return export_bundle(self.store, path)
        except OSError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("errors", "The file {file} cannot be written."), file=str(path)
            ) from exc

    def import_bundle(self, path: Path) -> tuple[int, SyncReport]:
        """A coordinator's app: send a hub's USB bundle to the server, then sync to receive it.
        Returns (changes new to the server, the sync's report)."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=str(path)
            ) from exc
        check_bundle_file(data, path)
        result = self.transport().upload_bundle(data)
        return int(result["stored"]), self.sync()

    def finish_catch_up(self, progress: Callable[[int, int], None] | None = None) -> Changed:
        """The loans and search entries a catch-up stopped half-way left waiting (the app was
        closed during a new laptop's first sync), worked out before the librarian lends: at the
        app's start (``progress(done, total)`` as it goes). Nothing to do, nearly always: one
        small read."""
        return self.store.finish_catch_up(progress)

    def sync(
        self, progress: Progress | None = None, transport: Transport | None = None
    ) -> SyncReport:
        """One full sync. Records the outcome (time or error) for the status bar."""
        from mandrivna.sync.sync_engine import run_sync

        link = transport or self.transport()
        laptop_profile.note_laptop(self.db)  # sent with this sync: who this laptop is now
        try:
            report = run_sync(self.store, link, progress or (lambda *_: None))
        except SyncError as exc:
            self.store.update_state(
                last_error=json.dumps({"message": exc.message, "params": exc.params})
            )
            raise
        self.store.update_state(last_sync_at_ms=self.db.physical_clock(), last_error=None)
        return report
