"""Reading a request's body as a stream, with its limit applied while reading.

A body is never held whole before its size is known: chunks are counted as they arrive (with or
without a Content-Length), a gzip body is decompressed chunk by chunk with its output bounded
too, and the first byte past a limit ends the request with 413. So a client, authenticated or
not, can make the server hold at most the limit of the endpoint it calls (``mandrivna.wire``):
16 KiB for an enrollment, 32 MiB compressed plus 32 MiB decompressed for a push. Endpoints that
need a token authenticate it (a FastAPI dependency) before their body is read.
"""

from __future__ import annotations

import zlib

from fastapi import HTTPException, Request

TOO_LARGE = "request body too large"
NOT_GZIP = "the body is not valid gzip-compressed JSON"


def _too_large() -> HTTPException:
    return HTTPException(413, TOO_LARGE)


def _check_declared(request: Request, limit: int) -> None:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large()


async def read_raw(request: Request, limit: int) -> bytearray:
    """The body as sent, at most ``limit`` bytes (413 at the first byte past it)."""
    _check_declared(request, limit)
    body = bytearray()
    async for chunk in request.stream():
        if len(body) + len(chunk) > limit:
            raise _too_large()
        body += chunk
    return body


async def read_json_bytes(request: Request, limit: int) -> bytearray:
    """The body, decompressed when it says ``Content-Encoding: gzip``; at most ``limit`` bytes
    as sent and ``limit`` bytes decompressed."""
    if request.headers.get("content-encoding", "").lower() != "gzip":
        return await read_raw(request, limit)
    _check_declared(request, limit)
    inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # gzip framing
    received, out = 0, bytearray()
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit:
                raise _too_large()
            out += inflate.decompress(chunk, limit + 1 - len(out))
            if len(out) > limit or inflate.unconsumed_tail:
                raise _too_large()
        out += inflate.flush()
    except zlib.error:
        raise HTTPException(400, NOT_GZIP) from None
    if len(out) > limit:
        raise _too_large()
    if not inflate.eof or inflate.unused_data:
        raise HTTPException(400, NOT_GZIP)
    return out
