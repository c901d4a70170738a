"""A throwaway PostgreSQL cluster for the server tests, started from Debian's binaries.

Uses ``MANDRIVNA_TEST_PG_URL`` when set. Otherwise finds ``initdb`` under /usr/lib/postgresql,
creates a cluster in a temporary folder (as the ``postgres`` user when running as root), listens
on 127.0.0.1 only, and stops and removes it at the end of the session.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _bin_dir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


@contextmanager
def postgres_cluster() -> Iterator[str | None]:
    """Yields a SQLAlchemy URL, or None when no PostgreSQL can be started here."""
    url = os.environ.get("MANDRIVNA_TEST_PG_URL")
    if url:
        yield url
        return
    bin_dir = _bin_dir()
    if bin_dir is None:
        yield None
        return
    root = os.geteuid() == 0
    folder = tempfile.mkdtemp(prefix="mandrivna-pg-")
    os.chmod(folder, 0o755)
    if root:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()

    def run(*args: str) -> None:
        command = " ".join(args)
        full = ["su", "postgres", "-s", "/bin/sh", "-c", command] if root else ["sh", "-c", command]
        subprocess.run(full, check=True, capture_output=True, timeout=120)

    data = f"{folder}/data"
    run(f"{bin_dir}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(
        f"{bin_dir}/pg_ctl",
        "-D",
        data,
        "-l",
        f"{folder}/log",
        "-o",
        f"'-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
        "-c max_connections=200'",  # up to 30 a server process: 4 workers and the tools
        "-w",
        "start",
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(f"{bin_dir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)
