"""The peers of the whole-library catch-up, on the same records (each a JSON document of the same
fields, ``library_data.document``), one after the other on this machine:

- pouchdb-server (npm; LevelDB on disk), filled with ``_bulk_docs``, then pulled with
  ``_changes?include_docs=true`` pages into memory;
- PouchDB replicating from that pouchdb-server into a local PouchDB database on disk (the
  ``pouchdb`` package's LevelDB, ``bench/pouch_replicate.js``): a store on both ends, like ours;
- Kinto (PyPI, memory backend), filled with ``/v1/batch``, then pulled with its paginated
  ``get_records`` into memory.

Bytes on the wire are counted by ``CountingProxy`` between client and server (TCP payload both
ways: HTTP headers and bodies as sent, gzip where the peer gzips). Installs into bench/.deps.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests

from bench import rivals

HERE = Path(__file__).resolve().parent
POUCH = rivals.DEPS / "pouch"


class CountingProxy:
    """A TCP forwarder on 127.0.0.1 counting the bytes each way."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.up = self.down = 0
        self.connections = 0  # opened by the laptop: more than one when the server closed idle ones
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = int(self.listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            with self.lock:
                self.connections += 1
            for a, b, up in ((client, server, True), (server, client, False)):
                threading.Thread(target=self._copy, args=(a, b, up), daemon=True).start()

    def _copy(self, source: socket.socket, sink: socket.socket, up: bool) -> None:
        try:
            while chunk := source.recv(1 << 20):
                sink.sendall(chunk)
                with self.lock:
                    if up:
                        self.up += len(chunk)
                    else:
                        self.down += len(chunk)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def counted(self) -> tuple[int, int]:
        with self.lock:
            return self.up, self.down

    def close(self) -> None:
        self.listener.close()


def ensure_installed() -> None:
    rivals.ensure_installed()
    if not (POUCH / "node_modules" / "pouchdb").exists():
        subprocess.run(["npm", "install", "--silent", "pouchdb"], cwd=POUCH, check=True)


def documents(path: Path, batch: int) -> Iterator[list[dict[str, Any]]]:
    """The documents of ``path`` (JSON lines) in lists of ``batch``."""
    page: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            page.append(json.loads(line))
            if len(page) == batch:
                yield page
                page = []
    if page:
        yield page


def pouchdb(
    docs: Path, count: int, batch: int = 5000, replicate_batch: int = 1000
) -> dict[str, Any]:
    """Fill pouchdb-server, pull it page by page, and replicate it into a local PouchDB."""
    folder = Path(tempfile.mkdtemp(prefix="pouch-"))
    port = rivals.free_port()
    server = subprocess.Popen(
        [
            str(POUCH / "node_modules" / ".bin" / "pouchdb-server"),
            *("--dir", str(folder / "server"), "--host", "127.0.0.1", "--port", str(port)),
            "--no-stdout-logs",
        ],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    (folder / "server").mkdir(exist_ok=True)
    base = f"http://127.0.0.1:{port}"
    result: dict[str, Any] = {}
    try:
        rivals.wait_for(base + "/")
        session = requests.Session()
        session.put(base + "/library").raise_for_status()
        start = time.perf_counter()
        for page in documents(docs, batch):
            for doc in page:
                doc["_id"] = doc.pop("id")
            body = json.dumps({"docs": page}, ensure_ascii=False).encode()
            reply = session.post(
                base + "/library/_bulk_docs",
                data=body,
                headers={"Content-Type": "application/json"},
            )
            reply.raise_for_status()
        result["fill_s"] = time.perf_counter() - start
        proxy = CountingProxy(port)
        cpu = rivals_cpu(server.pid)
        start = time.perf_counter()
        since: Any = 0
        pulled = 0
        while True:
            reply = session.get(
                proxy.url + "/library/_changes",
                params={"include_docs": "true", "since": since, "limit": batch},
                headers={"Accept-Encoding": "gzip"},
            )
            reply.raise_for_status()
            page = reply.json()
            pulled += len(page["results"])
            since = page["last_seq"]
            if not page["results"]:
                break
        result["pull_s"] = time.perf_counter() - start
        result["pull_server_cpu"] = rivals_cpu(server.pid) - cpu
        result["pull_up_b"], result["pull_down_b"] = proxy.counted()
        result["pulled"] = pulled
        assert pulled == count, (pulled, count)
        proxy.close()
        proxy = CountingProxy(port)
        cpu = rivals_cpu(server.pid)
        start = time.perf_counter()
        out = subprocess.run(
            [
                "node",
                str(HERE / "pouch_replicate.js"),
                proxy.url + "/library",
                str(folder / "local"),
                str(replicate_batch),
            ],
            cwd=POUCH,
            env={**os.environ, "NODE_PATH": str(POUCH / "node_modules")},
            capture_output=True,
            text=True,
            check=True,
        )
        result["replicate_wall_s"] = time.perf_counter() - start
        result["replicate_server_cpu"] = rivals_cpu(server.pid) - cpu
        result["replicate"] = json.loads(out.stdout.strip().splitlines()[-1])
        result["replicate_up_b"], result["replicate_down_b"] = proxy.counted()
        result["replicate_local_bytes"] = folder_bytes(folder / "local")
        result["server_bytes"] = folder_bytes(folder / "server")
        assert result["replicate"]["doc_count"] == count, (result["replicate"], count)
        proxy.close()
        return result
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def kinto(docs: Path, count: int, batch: int = 1000) -> dict[str, Any]:
    """Fill Kinto (memory backend) with ``/v1/batch`` of ``batch`` creations, then pull with
    kinto-http's paginated ``get_records`` (in Kinto's own venv)."""
    port = rivals.free_port()
    folder = Path(tempfile.mkdtemp(prefix="kinto-"))
    ini = rivals.KINTO_INI.replace(
        "kinto.userid_hmac_secret", f"kinto.batch_max_requests = {batch}\nkinto.userid_hmac_secret"
    )
    (folder / "kinto.ini").write_text(ini)
    kinto_bin = rivals.DEPS / "kinto-venv" / "bin"
    server = subprocess.Popen(
        [
            str(kinto_bin / "kinto"),
            "start",
            "--ini",
            str(folder / "kinto.ini"),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/v1"
    result: dict[str, Any] = {}
    try:
        rivals.wait_for(base + "/")
        session = requests.Session()
        session.auth = ("bench", "bench")
        session.put(base + "/buckets/library").raise_for_status()
        session.put(base + "/buckets/library/collections/changes").raise_for_status()
        path = "/buckets/library/collections/changes/records"
        start = time.perf_counter()
        for page in documents(docs, batch):
            body = {
                "defaults": {"method": "PUT"},
                "requests": [
                    {"path": f"{path}/{doc['id']}", "body": {"data": doc}} for doc in page
                ],
            }
            reply = session.post(base + "/batch", json=body)
            reply.raise_for_status()
            assert all(r["status"] < 300 for r in reply.json()["responses"])
        result["fill_s"] = time.perf_counter() - start
        proxy = CountingProxy(port)
        cpu = rivals_cpu(server.pid)
        script = (
            "import json, time\n"
            "from kinto_http import Client\n"
            f"client = Client(server_url='{proxy.url}/v1', auth=('bench', 'bench'),"
            " bucket='library', collection='changes')\n"
            "start = time.perf_counter()\n"
            "got = client.get_records()\n"
            "print(json.dumps({'pull_s': time.perf_counter() - start, 'pulled': len(got)}))\n"
        )
        out = subprocess.run(
            [str(kinto_bin / "python"), "-c", script],
            capture_output=True,
            text=True,
            check=True,
        )
        result |= json.loads(out.stdout.strip().splitlines()[-1])
        result["pull_server_cpu"] = rivals_cpu(server.pid) - cpu
        result["pull_up_b"], result["pull_down_b"] = proxy.counted()
        assert result["pulled"] == count, (result["pulled"], count)
        proxy.close()
        return result
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def rivals_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
