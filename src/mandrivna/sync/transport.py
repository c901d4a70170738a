"""Talks to the sync server over HTTP (requests): gzip JSON both ways, errors in plain words.

``HttpTransport._send`` is the only place that touches the network; tests replace it to talk to
the server in-process. Counts the bytes that crossed the wire, for the benchmarks.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from mandrivna import __version__
from mandrivna.core import json_text
from mandrivna.core.errors import SyncError
from mandrivna.core.hlc import wall_clock_ms
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.sync.http_request import send
from mandrivna.sync.pull_page import plain_own_page, plain_pull_page
from mandrivna.sync.snapshot_page import plain_snapshot_page
from mandrivna.wire import (
    APP_HEADER,
    CLOCK_AHEAD,
    CLOCK_HEADER,
    DATA_SCHEMA_VERSION,
    PENDING_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    ClockAheadBody,
    DeviceListResponse,
    EnrollRequest,
    EnrollResponse,
    IssueCodeRequest,
    IssueCodeResponse,
    OwnChangesResponse,
    PullResponse,
    PushedChange,
    PushResponse,
    RevokeRequest,
    RevokeResponse,
    SnapshotPage,
    StatusResponse,
    encode,
)

if TYPE_CHECKING:
    import requests  # imported when the first request is sent: not at the app's start

ModelT = TypeVar("ModelT", bound=BaseModel)


class Reply:
    def __init__(self, status: int, body: bytes, wire_bytes: int) -> None:
        self.status, self.body, self.wire_bytes = status, body, wire_bytes

    def json(self) -> Any:
        return json_text.loads(self.body) if self.body else None


def _json_or_none(reply: Reply) -> Any:
    try:
        return reply.json()
    except ValueError:
        return None


def _detail(reply: Reply) -> str:
    try:
        return str(reply.json().get("detail", ""))
    except (ValueError, AttributeError):
        return ""


class LogMismatch(SyncError):
    """The server holds other changes under this laptop's sequence numbers (its database was
    copied back by hand from an older copy, and went on numbering)."""


class ClockAhead(SyncError):
    """The server refused changes stamped ahead of its clock."""

    def __init__(self, ahead_ms: int, server_time_ms: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This laptop's clock is {minutes} minutes ahead of the server's. Set the "
                "laptop's date and time.",
            ),
            minutes=ahead_ms // 60_000,
        )
        self.ahead_ms = ahead_ms
        self.server_time_ms = server_time_ms


def _mismatch() -> SyncError:
    return LogMismatch(
        QT_TRANSLATE_NOOP(
            "errors",
            "The server holds other records under this laptop's numbers (was its database "
            "copied back by hand?). Sync was stopped so nothing is overwritten; ask the "
            "coordinator.",
        )
    )


# The server's reasons for refusing a bundle (sync_server.bundle_import), in the user's words.
_BUNDLE_REASONS = (
    (
        "does not know",
        QT_TRANSLATE_NOOP(
            "errors",
            "The bundle was refused: it comes from a laptop the server does not know, or one "
            "the coordinator revoked.",
        ),
    ),
    (
        "signature",
        QT_TRANSLATE_NOOP(
            "errors",
            "The bundle was refused: it was changed after the laptop wrote it. Ask the hub to "
            "write it again.",
        ),
    ),
    (
        "restored",
        QT_TRANSLATE_NOOP(
            "errors",
            "The bundle was refused: that laptop was restored from an old backup. Sync it "
            "over a network first.",
        ),
    ),
    (
        "starts at change",
        QT_TRANSLATE_NOOP(
            "errors",
            "The bundle was refused: an earlier bundle from that laptop has not been imported "
            "yet. Import that one first.",
        ),
    ),
    (
        "not a Mandrivna bundle",
        QT_TRANSLATE_NOOP(
            "errors",
            "The bundle was refused: the file is damaged. Ask the hub to write it again.",
        ),
    ),
)


def bundle_refusal(reason: str) -> SyncError:
    """The server's reason for refusing a bundle, in plain words."""
    for phrase, message in _BUNDLE_REASONS:
        if phrase in reason:
            return SyncError(message)
    return SyncError(QT_TRANSLATE_NOOP("errors", "The bundle was refused: {reason}"), reason=reason)


def _unreadable(url: str) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The answer from {url} is not from a Mandrivna server (a Wi-Fi login page?). "
            "Check the address and the connection.",
        ),
        url=url,
    )


def _model(model: type[ModelT], data: Any, url: str) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _unreadable(url) from exc


class HttpTransport:
    # Pushes ``sync_engine.push_all`` may have on their way at once (each from a thread of its
    # own, over a connection of its own; any server answers a push that overtook the one before
    # it with a gap, which ``push_all`` sends again). One: measured with two (docs/benchmarks.md,
    # issue #17, third session), a server process's two requests contend for the interpreter's
    # lock (SQLite's ``executemany`` takes it back for every row), which cost its CPU and gave
    # no wall time at load 6–13.
    pushes_in_flight = 1

    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.sent_bytes = 0
        self.received_bytes = 0
        self._session: requests.Session | None = None
        self._counting = threading.Lock()  # pushes in flight count from two threads

    def headers(self) -> dict[str, str]:
        headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            SCHEMA_HEADER: str(DATA_SCHEMA_VERSION),
            CLOCK_HEADER: str(wall_clock_ms()),
            APP_HEADER: __version__,
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _send(
        self,
        method: str,
        path: str,
        body: bytes | None,
        params: dict[str, Any] | None,
        extra: dict[str, str] | None = None,
        *,
        again: bool = True,
    ) -> Reply:
        """One request (``http_request.send``: sent once more if the server had closed the
        idle connection, unless ``again`` is False)."""
        import requests

        with self._counting:  # one session (its pool of connections) for every thread
            if self._session is None:
                self._session = requests.Session()
        headers = self.headers() | (extra or {})
        if body is not None:
            headers.update({"Content-Encoding": "gzip", "Content-Type": "application/json"})
        response, content = send(
            self._session,
            method,
            self.base_url + path,
            self.base_url,
            again=again,
            data=body,
            params=params,
            headers=headers,
        )
        wire = int(response.headers.get("content-length") or len(content))
        return Reply(response.status_code, content, wire)

    def call(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        params: dict[str, Any] | None = None,
        extra: dict[str, str] | None = None,
    ) -> Any:
        reply = self._send(method, path, body, params, extra)
        with self._counting:
            self.sent_bytes += len(body or b"")
            self.received_bytes += reply.wire_bytes
        if reply.status >= 400:
            self._raise(reply)
        try:
            return reply.json()
        except ValueError as exc:  # a captive portal or a proxy's page, not our server
            raise _unreadable(self.base_url) from exc

    def _raise(self, reply: Reply) -> None:
        detail = _detail(reply)
        if reply.status == 401:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server does not know this laptop. Enroll it again with a new "
                    "code from the coordinator (Settings → Sync).",
                )
            )
        if reply.status == 403 and "revoked" in detail:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors", "The coordinator has revoked this laptop's access to the server."
                )
            )
        if reply.status == 409:
            body = _json_or_none(reply)
            if isinstance(body, dict) and body.get("reason") == CLOCK_AHEAD:
                clock = ClockAheadBody.model_validate(body)
                raise ClockAhead(clock.ahead_ms, clock.server_time_ms)
            raise _mismatch()
        if reply.status == 403 and "enroll" in detail:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The enrollment code is wrong, already used or expired. Ask the "
                    "coordinator for a new code.",
                )
            )
        if reply.status == 426 and "too old" in detail:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This version of Mandrivna is too old for the server. Update the app "
                    "on this laptop, then sync again.",
                )
            )
        if reply.status == 426:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server is older than this app. Ask the coordinator to update the server.",
                )
            )
        if reply.status >= 500:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server had a problem ({code}). Try again later; nothing recorded "
                    "here is lost.",
                ),
                code=reply.status,
            )
        raise SyncError(
            QT_TRANSLATE_NOOP("errors", "The server refused the request: {detail}"),
            detail=detail or str(reply.status),
        )

    # --- the protocol ------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/health")
        return result

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        body = encode(request)
        reply = self._send("POST", "/v1/enroll", body, None, again=False)  # a code is used once
        self.sent_bytes += len(body)
        if reply.status == 403 and "already enrolled" in (detail := _detail(reply)):
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server already knows this laptop, so an ordinary code cannot enroll it "
                    "again. Ask the coordinator for a code made for it: mandrivna-server enroll "
                    "--hub HUB --replaces {device}",
                ),
                device=request.device_id,
            )
        if reply.status == 403 and "another device" in detail:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This code was made for another laptop. Ask the coordinator for a code "
                    "for this one.",
                )
            )
        if reply.status >= 400:
            self._raise(reply)
        try:
            return _model(EnrollResponse, reply.json(), self.base_url)
        except ValueError as exc:
            raise _unreadable(self.base_url) from exc

    def push(self, origin: str, first_seq: int, changes: list[PushedChange]) -> PushResponse:
        """Sends one batch (the body has ``PushRequest``'s shape; the server validates it)."""
        return self.push_body(
            encode({"origin": origin, "first_seq": first_seq, "changes": changes})
        )

    def push_body(self, body: bytes) -> PushResponse:
        """Sends one batch whose body is made already (``wire.push_body``)."""
        return _model(PushResponse, self.call("POST", "/v1/push", body), self.base_url)

    def pull(self, after: int, limit: int, facts_upto: int | None = None) -> PullResponse:
        params: dict[str, int] = {"after": after, "limit": limit}
        if facts_upto is not None:
            params["facts_upto"] = facts_upto
        data = self.call("GET", "/v1/pull", params=params)
        page = plain_pull_page(data) or _model(PullResponse, data, self.base_url)
        if len(page.changes) > limit:  # a server sends at most what was asked
            raise _unreadable(self.base_url)
        return page

    def upload_bundle(self, data: bytes) -> dict[str, int]:
        """Send a USB bundle as it is (gzip JSON) for the server to check and apply."""
        # a bundle is gzip JSON already; not sent again (another laptop's, checked as a whole)
        reply = self._send("POST", "/v1/bundle", data, None, again=False)
        self.sent_bytes += len(data)
        if reply.status >= 400:
            detail = _detail(reply)
            if reply.status == 422 and detail.startswith("bundle refused"):
                raise bundle_refusal(detail.removeprefix("bundle refused: "))
            if reply.status == 403 and "coordinator" in detail:
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Only a coordinator's laptop can import bundles from other hubs."
                    )
                )
            self._raise(reply)
        result: dict[str, int] = reply.json()
        return result

    def own(self, origin: str, after: int, limit: int) -> OwnChangesResponse:
        params: dict[str, Any] = {"origin": origin, "after": after, "limit": limit}
        data = self.call("GET", "/v1/own", params=params)
        return plain_own_page(data) or _model(OwnChangesResponse, data, self.base_url)

    def status(self, cursor: int = 0, pending: int | None = None) -> StatusResponse:
        """Where the server stands; ``pending``: the changes this laptop holds unsent (for the
        coordinator's list of laptops)."""
        params = {"cursor": cursor}
        extra = {} if pending is None else {PENDING_HEADER: str(pending)}
        answer = self.call("GET", "/v1/status", params=params, extra=extra)
        return _model(StatusResponse, answer, self.base_url)

    def snapshot(self, after: tuple[str, str] | None, limit: int) -> SnapshotPage:
        params: dict[str, Any] = {"limit": limit, "stamps": "short"}  # an older server ignores it
        if after is not None:
            params.update(after_entity=after[0], after_id=after[1])
        data = self.call("GET", "/v1/snapshot", params=params)
        return plain_snapshot_page(data) or _model(SnapshotPage, data, self.base_url)

    # --- a coordinator's laptop only (others are refused) --------------------------------------
    def devices(self) -> DeviceListResponse:
        """Every hub's laptops as the server knows them."""
        return _model(DeviceListResponse, self._coordinator("GET", "/v1/devices"), self.base_url)

    def issue_code(self, hub: str, role: str = "librarian") -> IssueCodeResponse:
        """A one-time enrollment code for a new laptop of ``hub``."""
        body = encode(IssueCodeRequest(hub=hub, role=role))
        answer = self._coordinator("POST", "/v1/devices/enroll", body)
        return _model(IssueCodeResponse, answer, self.base_url)

    def revoke(self, device: str) -> bool:
        """Stop a lost laptop's access at once (by its slot's key or its device id)."""
        body = encode(RevokeRequest(device=device))
        answer = self._coordinator("POST", "/v1/devices/revoke", body)
        return _model(RevokeResponse, answer, self.base_url).revoked

    def _coordinator(self, method: str, path: str, body: bytes | None = None) -> Any:
        reply = self._send(method, path, body, None)
        self.sent_bytes += len(body or b"")
        self.received_bytes += reply.wire_bytes
        if reply.status == 403 and "coordinator" in _detail(reply):
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a coordinator's laptop can see every hub's laptops, issue codes and "
                    "revoke laptops.",
                )
            )
        if reply.status >= 400:
            self._raise(reply)
        try:
            return reply.json()
        except ValueError as exc:
            raise _unreadable(self.base_url) from exc
