"""The sync server's HTTP API (FastAPI). ``create_app(storage)`` builds it; ``cli`` serves it.

Every request but ``/health`` and ``/v1/enroll`` carries ``Authorization: Bearer <token>``.
Bodies are gzip-compressed JSON (``mandrivna.wire``). A client's mistake always gets a 4xx with a
plain ``detail``; nothing is stored from a request that fails.
"""

import asyncio
import contextlib
import gc
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from mandrivna import __version__
from mandrivna.core import json_text
from mandrivna.wire import (
    APP_HEADER,
    CLOCK_AHEAD,
    CLOCK_HEADER,
    DATA_SCHEMA_VERSION,
    MAX_BATCH,
    MAX_BODY_BYTES,
    MAX_ID,
    MAX_SMALL_BODY_BYTES,
    MIN_PROTOCOL_VERSION,
    NAME,
    PENDING_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    ClockAheadBody,
    EnrollRequest,
    EnrollResponse,
    PushRequest,
    PushResponse,
    StatusResponse,
)
from sync_server import (
    coordinator_api,
    fold_schedule,
    page_gzip,
    pull_pages,
    request_body,
    snapshot_pages,
)
from sync_server.bundle_import import BundleError, import_bundle_bytes
from sync_server.storage_api import (
    ClockAheadError,
    DeviceRecord,
    DeviceReport,
    EnrollmentError,
    LogMismatchError,
    OriginError,
    SyncStorage,
)
from sync_server.validation import RefusedChange, decode_pushed, enroll_problem, plain_push

GZIP_HEADERS = {"Content-Encoding": "gzip"}
log = logging.getLogger(__name__)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _check_protocol(version: str | None) -> None:
    try:
        number = int(version or "")
    except ValueError:
        raise HTTPException(400, f"missing or invalid {PROTOCOL_HEADER} header") from None
    if number < MIN_PROTOCOL_VERSION:
        raise HTTPException(
            426,
            "This version of the app is too old for the server. Update Mandrivna on this laptop.",
        )
    if number > PROTOCOL_VERSION:
        raise HTTPException(
            426, "The server is older than this app. Ask the coordinator to update the server."
        )


async def _body(request: Request, model: type[BaseModel], limit: int = MAX_BODY_BYTES) -> Any:
    """The body, read as a stream within ``limit`` (``request_body``), parsed and validated."""
    raw = await request_body.read_json_bytes(request, limit)
    return await run_in_threadpool(_parse, raw, model)


def _parse(raw: bytearray, model: type[BaseModel]) -> Any:
    """Parse and validate, off the event loop."""
    try:
        data = json_text.loads(raw)
    except ValueError:
        raise HTTPException(400, request_body.NOT_GZIP) from None
    if model is PushRequest and (plain := plain_push(data)) is not None:
        return plain  # as the app sends it: what pydantic would make of it
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise HTTPException(422, f"invalid request: {where}: {first['msg']}") from None


def create_app(
    storage: SyncStorage,
    materialize_every_s: float = 30.0,
    close_storage: bool = False,
    fold_quiet_s: float = fold_schedule.QUIET_S,
    fold_within_s: float = fold_schedule.WITHIN_S,
) -> FastAPI:
    """The API over ``storage``. Every ``materialize_every_s`` seconds (0: never) new record
    changes are folded into the snapshot state in small steps, so a new laptop's snapshot does
    not wait for that work; the steps wait while changes keep arriving (``fold_schedule``:
    until ``fold_quiet_s`` without one, at most ``fold_within_s``). With ``close_storage`` the
    app closes the storage when it stops."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # What start-up made (modules, the app, the tables' metadata) lives as long as the
        # process: moved out of the collector's sight, so that the full collections a large push
        # sets off (it allocates ~40,000 objects) do not walk it each time. Collected first, so no
        # garbage is frozen with it.
        gc.collect()
        gc.freeze()
        task = asyncio.create_task(_keep_snapshots_warm()) if materialize_every_s > 0 else None
        yield
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if close_storage:
            storage.close()

    async def _keep_snapshots_warm() -> None:
        """In one server process at a time (``storage.upkeep_turn``): the others only wait for
        their turn, which comes when the one that has it stops."""
        while True:
            await asyncio.sleep(materialize_every_s)
            try:
                if not await run_in_threadpool(storage.upkeep_turn):
                    continue
                while True:
                    lag = await run_in_threadpool(storage.fold_lag)
                    wait = fold_schedule.wait_s(lag, now_ms(), fold_quiet_s, fold_within_s)
                    if wait is None:
                        break  # every change is folded
                    if wait > 0:
                        await asyncio.sleep(wait)  # changes keep arriving: out of their way
                        continue
                    await run_in_threadpool(storage.materialize_step)
                    await asyncio.sleep(0.05)  # let pushes in between steps
            except Exception:  # logged; the next round tries again, snapshots stay correct
                log.exception("folding records for snapshots failed")

    app = FastAPI(title="Mandrivna sync server", version=__version__, lifespan=lifespan)
    newest_schema = [storage.data_schema()]

    def _check_schema(value: str | None) -> None:
        """Older data schemas than the server holds are refused; a newer one raises the bar.
        The newest one is kept in memory, read again from the storage for an older app."""
        try:
            version = int(value) if value else 1
        except ValueError:
            raise HTTPException(400, f"invalid {SCHEMA_HEADER} header") from None
        if version > DATA_SCHEMA_VERSION:
            raise HTTPException(
                426, "The server is older than this app. Ask the coordinator to update the server."
            )
        if version < DATA_SCHEMA_VERSION and version >= newest_schema[0]:
            # an older app: a device may have raised the bar through another server process
            newest_schema[0] = max(newest_schema[0], storage.data_schema())
        if version < newest_schema[0]:
            raise HTTPException(
                426,
                "This version of the app is too old for the data on the "
                "server. Update Mandrivna on this laptop.",
            )
        if version > newest_schema[0]:
            storage.raise_data_schema(version)
            newest_schema[0] = version

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid"}
        where = ".".join(str(part) for part in first["loc"])
        return JSONResponse(
            {"detail": f"invalid request: {where}: {first['msg']}"}, status_code=422
        )

    def device(
        authorization: Annotated[str | None, Header()] = None,
        protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
        schema: Annotated[str | None, Header(alias=SCHEMA_HEADER)] = None,
    ) -> DeviceRecord:
        _check_protocol(protocol)
        if not authorization or not authorization.startswith("Bearer "):
            raise HTTPException(401, "missing device token")
        record = storage.authenticate(authorization.removeprefix("Bearer ").strip())
        if record is None or record.device_id is None:
            raise HTTPException(401, "unknown device token: enroll this device again")
        if record.revoked:
            raise HTTPException(403, "this device was revoked by the coordinator")
        _check_schema(schema)  # only an authenticated device may raise the data schema
        return record

    Device = Annotated[DeviceRecord, Depends(device)]

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION, "version": __version__}

    @app.post("/v1/enroll", response_model=EnrollResponse)
    async def enroll(
        request: Request,
        protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
    ) -> EnrollResponse:
        _check_protocol(protocol)
        body: EnrollRequest = await _body(request, EnrollRequest, MAX_SMALL_BODY_BYTES)
        problem = enroll_problem(body)
        if problem:
            raise HTTPException(422, f"invalid request: {problem}")
        try:
            record, token = await run_in_threadpool(
                storage.claim, body.code, body.device_id, body.public_key, now_ms()
            )
        except EnrollmentError as exc:
            raise HTTPException(403, str(exc)) from None
        return EnrollResponse(device_key=record.key, token=token, hub=record.hub, role=record.role)

    @app.post("/v1/push", response_model=PushResponse)
    async def push(request: Request, me: Device) -> Any:
        body: PushRequest = await _body(request, PushRequest)
        try:
            changes = decode_pushed(body.origin, body.first_seq, body.changes)
        except RefusedChange as exc:
            raise HTTPException(422, f"invalid request: {exc}") from None
        try:
            held, stored = await run_in_threadpool(
                storage.push, me.key, body.origin, body.first_seq, changes, now_ms()
            )
        except OriginError:
            raise HTTPException(403, "a device can only push its own changes") from None
        except ClockAheadError as exc:
            minutes = exc.ahead_ms // 60_000
            return JSONResponse(
                ClockAheadBody(
                    detail=f"clock ahead by {minutes} min: set the laptop's date and time",
                    reason=CLOCK_AHEAD,
                    server_time_ms=exc.server_time_ms,
                    ahead_ms=exc.ahead_ms,
                ).model_dump(),
                status_code=409,
            )
        except LogMismatchError as exc:
            raise HTTPException(
                409, f"log mismatch: {exc}; was this laptop's database copied back by hand?"
            ) from None
        return PushResponse(held=held, stored=stored, server_time_ms=now_ms())

    @app.get("/v1/pull")
    async def pull(
        me: Device,
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = MAX_BATCH,
        facts_upto: Annotated[int | None, Query(ge=0, le=2**62)] = None,
    ) -> Response:
        page = await run_in_threadpool(storage.pull, me.key, after, limit, now_ms(), facts_upto)
        body = await run_in_threadpool(pull_pages.page_body, page)
        return Response(body, media_type="application/json", headers=GZIP_HEADERS)

    @app.get("/v1/own")
    async def own(
        me: Device,
        origin: Annotated[str, Query(min_length=36, max_length=36)],
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = MAX_BATCH,
    ) -> Response:
        """One of the asking device's origins: its changes after sequence ``after``."""
        try:
            rows = await run_in_threadpool(storage.own_changes, me.key, origin, after, limit)
        except OriginError:
            raise HTTPException(403, "this log belongs to another device") from None
        if 0 < len(rows) < limit:  # the page may have been cut by its size: is there more?
            last = rows[-1].device_seq
            rest = await run_in_threadpool(storage.own_changes, me.key, origin, last, 1)
            more = "true" if rest else "false"
        else:
            more = "true" if len(rows) == limit else "false"
        dumps = json.dumps
        parts = [
            f"[{r.device_seq},{r.hlc},{dumps(r.entity)},{dumps(r.entity_id)},{dumps(r.op)},"
            f"{r.fields_json},{r.seen}]"
            for r in rows
        ]
        text = f'{{"changes":[{",".join(parts)}],"more":{more}}}'
        body = page_gzip.compress(text.encode("utf-8"))
        return Response(body, media_type="application/json", headers=GZIP_HEADERS)

    @app.post("/v1/bundle")
    async def bundle(request: Request, me: Device) -> dict[str, int]:
        """A coordinator's app uploads a USB bundle carried from a hub with no link."""
        if me.role != "coordinator":
            raise HTTPException(403, "only a coordinator's device can import bundles")
        data = await request_body.read_raw(request, MAX_BODY_BYTES)
        try:
            held, stored = await run_in_threadpool(import_bundle_bytes, storage, data, now_ms())
        except BundleError as exc:
            raise HTTPException(422, f"bundle refused: {exc}") from None
        return {"held": held, "stored": stored}

    @app.get("/v1/snapshot")
    async def snapshot(
        me: Device,
        after_entity: Annotated[str | None, Query(pattern=f"^{NAME.pattern}$")] = None,
        after_id: Annotated[str | None, Query(max_length=MAX_ID, pattern="^[^\x00]*$")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = MAX_BATCH,
        stamps: Annotated[str | None, Query(pattern="^short$")] = None,
    ) -> Response:
        """Merged records, page by page (the first page brings them up to date). With
        ``stamps=short`` a record whose fields all carry one stamp has that stamp alone."""
        after = (after_entity, after_id) if after_entity and after_id else None
        page = await run_in_threadpool(storage.snapshot_records, after, limit)
        total = await run_in_threadpool(storage.snapshot_size) if after is None else 0
        body = await run_in_threadpool(snapshot_pages.page_body, page, total, bool(stamps))
        return Response(body, media_type="application/json", headers=GZIP_HEADERS)

    @app.get("/v1/status")
    async def status(
        me: Device,
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        clock: Annotated[str | None, Header(alias=CLOCK_HEADER)] = None,
        app_version: Annotated[str | None, Header(alias=APP_HEADER)] = None,
        pending: Annotated[str | None, Header(alias=PENDING_HEADER)] = None,
    ) -> StatusResponse:
        device_clock = int(clock) if clock and clock.isdigit() and len(clock) <= 15 else None
        count = int(pending) if pending and pending.isdigit() and len(pending) <= 15 else None
        said = DeviceReport(_version_text(app_version), count)
        now = now_ms()
        found = await run_in_threadpool(storage.status, me.key, cursor, device_clock, now, said)
        return StatusResponse(
            device_key=me.key,
            hub=me.hub,
            role=me.role,
            origins=found.origins,
            latest=found.latest,
            chain=found.chain,
            server_time_ms=now,
        )

    coordinator_api.add_routes(app, storage, device, _body, now_ms)
    return app


def _version_text(value: str | None) -> str | None:
    """An app version as a laptop says it: short printable text, else nothing."""
    if not value or len(value) > 40 or not value.isprintable():
        return None
    return value
