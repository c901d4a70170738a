"""The gzip of the pages the server sends (pull, own, snapshot): by zlib-ng where it is installed
(the ``server`` extra brings it), else by the standard library.

Any gzip reader takes either (the laptop's is the standard library's): the deflate format is one,
only the search for repeats differs. Measured on a whole library's catch-up at scale 0.1
(``bench/catch_up_server_bench.py``, docs/benchmarks.md): the standard library at level 6 (what
every body had) 5.3 µs of CPU and 56.9 bytes a record; zlib-ng at level 5 2.1 µs and 55.3 bytes.
So pages cost less to send and are no bigger on a slow hub link.
"""

from __future__ import annotations

import gzip

from mandrivna.wire import WIRE_GZIP_LEVEL

try:
    from zlib_ng import zlib_ng
except ImportError:  # pragma: no cover - the server extra installs it
    zlib_ng = None  # type: ignore[assignment]

# zlib-ng's level 5 makes pages smaller than the standard library's level 6, at 0.4 of the CPU.
ZLIB_NG_LEVEL = 5
# The gzip wrapper around the deflate stream (``zlib``'s window bits + 16), as ``gzip`` writes.
GZIP_WBITS = 31


def compress(data: bytes) -> bytes:
    """``data`` as a gzip body."""
    if zlib_ng is not None:
        return zlib_ng.compress(data, ZLIB_NG_LEVEL, wbits=GZIP_WBITS)
    return gzip.compress(data, compresslevel=WIRE_GZIP_LEVEL)
