"""Kinto and pouchdb-server on the same records as Mandrivna's sync, for the ratios in
docs/benchmarks.md. Installs them on first use into bench/.deps (Kinto from PyPI in its own venv,
pouchdb-server from npm), and runs each on 127.0.0.1 only, with in-memory storage.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

DEPS = Path(__file__).resolve().parent / ".deps"
KINTO_INI = """[server:main]
use = egg:waitress#main
host = 127.0.0.1
port = %(http_port)s
threads = 4

[app:main]
use = egg:kinto
kinto.storage_backend = kinto.core.storage.memory
kinto.storage_url =
kinto.cache_backend = kinto.core.cache.memory
kinto.cache_url =
kinto.permission_backend = kinto.core.permission.memory
kinto.permission_url =
kinto.userid_hmac_secret = benchmark-only
multiauth.policies = basicauth
kinto.bucket_create_principals = system.Authenticated
kinto.bucket_write_principals = system.Authenticated

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARNING
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = WARNING
formatter = generic

[formatter_generic]
format = %(message)s
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=1).status_code < 500:
                return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not start")


def ensure_installed() -> None:
    kinto = DEPS / "kinto-venv" / "bin" / "kinto"
    if not kinto.exists():
        subprocess.run([sys.executable, "-m", "venv", str(DEPS / "kinto-venv")], check=True)
        subprocess.run(
            [str(DEPS / "kinto-venv" / "bin" / "pip"), "install", "-q", "kinto", "kinto-http"],
            check=True,
        )
    if not (DEPS / "pouch" / "node_modules" / ".bin" / "pouchdb-server").exists():
        (DEPS / "pouch").mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--silent", "pouchdb-server"], cwd=DEPS / "pouch", check=True
        )


def run_kinto(records: list[dict[str, Any]]) -> dict[str, float]:
    """Push with kinto-http batches and pull with its paginated get_records (its own venv)."""
    port = free_port()
    folder = Path(tempfile.mkdtemp())
    (folder / "kinto.ini").write_text(KINTO_INI)
    server = subprocess.Popen(
        [
            str(DEPS / "kinto-venv" / "bin" / "kinto"),
            "start",
            "--ini",
            str(folder / "kinto.ini"),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/v1/")
        (folder / "records.json").write_text(json.dumps(records, ensure_ascii=False))
        script = f"""
import json, time
from kinto_http import Client
records = json.load(open({str(folder / "records.json")!r}, encoding='utf-8'))
client = Client(server_url='http://127.0.0.1:{port}/v1', auth=('bench', 'bench'),
                bucket='library', collection='changes')
client.create_bucket(if_not_exists=True)
client.create_collection(if_not_exists=True)
start = time.perf_counter()
with client.batch() as batch:
    for r in records:
        batch.create_record(data=r)
push = time.perf_counter() - start
start = time.perf_counter()
got = client.get_records()
pull = time.perf_counter() - start
assert len(got) == len(records), len(got)
print(json.dumps({{"push_s": push, "pull_s": pull}}))
"""
        out = subprocess.run(
            [str(DEPS / "kinto-venv" / "bin" / "python"), "-c", script],
            capture_output=True,
            text=True,
            check=True,
            timeout=3600,
        )
        result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
        return result
    finally:
        server.kill()
        server.wait()


def run_pouchdb(records: list[dict[str, Any]], batch: int = 5000) -> dict[str, float]:
    """Push with _bulk_docs and pull with _changes?include_docs=true, page by page."""
    port = free_port()
    folder = Path(tempfile.mkdtemp())
    server = subprocess.Popen(
        [
            str(DEPS / "pouch" / "node_modules" / ".bin" / "pouchdb-server"),
            "--in-memory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-stdout-logs",
        ],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/")
        session = requests.Session()
        session.put(base + "/library").raise_for_status()
        sent = 0
        start = time.perf_counter()
        for i in range(0, len(records), batch):
            body = json.dumps({"docs": records[i : i + batch]}, ensure_ascii=False).encode()
            sent += len(body)
            session.post(
                base + "/library/_bulk_docs",
                data=body,
                headers={"Content-Type": "application/json"},
            ).raise_for_status()
        push = time.perf_counter() - start
        start = time.perf_counter()
        since: Any = 0
        pulled = received = 0
        while True:
            reply = session.get(
                base + "/library/_changes",
                params={"include_docs": "true", "since": since, "limit": batch},
            )
            reply.raise_for_status()
            received += int(reply.headers.get("content-length") or len(reply.content))
            page = reply.json()
            pulled += len(page["results"])
            since = page["last_seq"]
            if not page["results"]:
                break
        pull = time.perf_counter() - start
        assert pulled == len(records), pulled
        return {"push_s": push, "pull_s": pull, "sent_b": sent, "received_b": received}
    finally:
        server.kill()
        server.wait()
