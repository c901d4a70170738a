"""The calls only a coordinator's laptop may make: the laptops of every hub (with what each said
of itself as it last synced), an enrollment code for a hub, and revoking a lost laptop. Any other
device's token gets 403."""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from mandrivna.wire import (
    MAX_SMALL_BODY_BYTES,
    DeviceEntry,
    DeviceListResponse,
    IssueCodeRequest,
    IssueCodeResponse,
    RevokeRequest,
    RevokeResponse,
)
from sync_server.enrollment_codes import CODE_VALID_MS
from sync_server.storage_api import ROLES, DeviceInfo, DeviceRecord, SyncStorage

ReadBody = Callable[[Request, type[BaseModel], int], Awaitable[Any]]
NOT_A_COORDINATOR = "only a coordinator's device may do this"


def add_routes(
    app: FastAPI,
    storage: SyncStorage,
    device: Callable[..., DeviceRecord],
    read_body: ReadBody,
    now_ms: Callable[[], int],
) -> None:
    """Add the coordinator's calls to ``app``; ``device`` authenticates a request's token."""

    def coordinator(me: Annotated[DeviceRecord, Depends(device)]) -> DeviceRecord:
        if me.role != "coordinator":
            raise HTTPException(403, NOT_A_COORDINATOR)
        return me

    Coordinator = Annotated[DeviceRecord, Depends(coordinator)]

    @app.get("/v1/devices", response_model=DeviceListResponse)
    async def device_list(_me: Coordinator) -> DeviceListResponse:
        found = await run_in_threadpool(storage.device_list)
        return DeviceListResponse(devices=[_entry(d) for d in found], server_time_ms=now_ms())

    @app.post("/v1/devices/enroll", response_model=IssueCodeResponse)
    async def issue_code(request: Request, _me: Coordinator) -> IssueCodeResponse:
        body: IssueCodeRequest = await read_body(request, IssueCodeRequest, MAX_SMALL_BODY_BYTES)
        hub = " ".join(body.hub.split())
        if not hub or body.role not in ROLES or "\x00" in hub:
            raise HTTPException(422, f"invalid request: a hub and a role of {', '.join(ROLES)}")
        now = now_ms()
        key, code = await run_in_threadpool(storage.enroll, hub, body.role, now)
        return IssueCodeResponse(
            device_key=key, code=code, hub=hub, role=body.role, expires_ms=now + CODE_VALID_MS
        )

    @app.post("/v1/devices/revoke", response_model=RevokeResponse)
    async def revoke(request: Request, me: Coordinator) -> RevokeResponse:
        body: RevokeRequest = await read_body(request, RevokeRequest, MAX_SMALL_BODY_BYTES)
        if body.device in (me.key, me.device_id):
            raise HTTPException(422, "invalid request: a laptop cannot revoke itself")
        done = await run_in_threadpool(storage.revoke, body.device, now_ms())
        return RevokeResponse(revoked=done)


def _entry(info: DeviceInfo) -> DeviceEntry:
    return DeviceEntry(
        key=info.key,
        device_id=info.device_id,
        hub=info.hub,
        role=info.role,
        created_ms=info.created_ms,
        enrolled_ms=info.enrolled_ms,
        revoked_ms=info.revoked_ms,
        last_sync_ms=info.last_sync_ms,
        to_pull=info.pending,
        pending=info.reported_pending,
        app_version=info.app_version,
        clock_skew_ms=info.clock_skew_ms,
    )
