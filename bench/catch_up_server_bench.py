"""The server's side of a new laptop's whole-library catch-up (issue #17): its CPU per record.

A filled server folder (``library_bench.py --folder DIR``: ``DIR/server.sqlite3``, warm) is
served by a real ``mandrivna-server serve`` (uvicorn) on 127.0.0.1. A new device is enrolled and
asks for what a new laptop's ``mandrivna sync`` asks for when it catches up by snapshot
(``sync_engine.catch_up_by_snapshot``): every snapshot page of merged records (short stamps),
then every pull page of facts up to the snapshot's point (``facts_upto``), 5,000 a page, one
request after another on one kept-alive connection. Nothing is applied: the client only reads
each body (gunzipped by ``requests``) for the next page's position, so the server's CPU (from
/proc) is the figure, per record and fact sent; the laptop's own work is timed elsewhere
(``library_bench.py``). Each run enrols a new device on the same server.

What the laptop receives is hashed, record by record and fact by fact in the order they arrive
(each as its JSON text, a fact with its origin's id for the page's index), so two checkouts that
send the same records and facts print the same digest whatever their pages' sizes (a server whose
snapshot rows are shorter fits more of them in a page of ``MAX_PAGE_BYTES``). ``--profile FILE``
records the server under py-spy (``pip install py-spy``, not a project dependency) during one
more run.

Works on any checkout's server: run it with that checkout first on ``PYTHONPATH``
(``PYTHONPATH=/work/base/src:/work/base``), the server is started from the same interpreter.

``--postgresql`` copies the folder's server database into a fresh database of a throwaway
PostgreSQL cluster (as an older server left it: no marker of later upgrades) and serves that;
the database's own CPU (its backends', from /proc) is printed beside the server's.

Run: ``.venv/bin/python bench/catch_up_server_bench.py --folder DIR [--runs 3] [--profile F]
[--postgresql]``; ``--pages N`` stops after N pages of facts (a quicker look).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests
from sqlalchemy import create_engine, delete, select, text

from bench.library_cli_run import BIN, cpu_s
from bench.sync_bench import LiveServer
from bench.workers_bench import fresh_database
from mandrivna.services.sync_service import new_signing_key
from mandrivna.sync.transport import HttpTransport
from mandrivna.wire import MAX_BATCH, EnrollRequest
from sync_server.backends import open_storage
from sync_server.sql.tables import metadata
from tests.pg_cluster import postgres_cluster


def enrolled(server: LiveServer, number: int) -> tuple[requests.Session, dict[str, str]]:
    """A new device's session and headers (enrolled through ``/v1/enroll``)."""
    _private, public = new_signing_key()
    device_id = f"bbbbbbbb-0000-4000-8000-{os.getpid() % 10**6:06d}{number:06d}"
    response = HttpTransport(server.url).enroll(
        EnrollRequest(
            code=server.code("Хаб Дніпро"), device_id=device_id, public_key=public, hub="Хаб"
        )
    )
    return requests.Session(), HttpTransport(server.url, response.token).headers()


def get(session: requests.Session, url: str, headers: dict[str, str], params: Any) -> bytes:
    response = session.get(url, params=params, headers=headers, timeout=600)
    response.raise_for_status()
    return response.content  # gunzipped as the laptop reads it


@contextmanager
def copied_to_postgresql(folder: Path) -> Iterator[str]:
    """The folder's server database copied into a fresh PostgreSQL database: its URL."""
    with postgres_cluster() as cluster:
        if cluster is None:
            sys.exit("No PostgreSQL here: install postgresql or set MANDRIVNA_TEST_PG_URL.")
        with fresh_database(cluster) as url:
            open_storage(url).close()  # the tables, as this checkout's server makes them
            source = create_engine(f"sqlite:///{folder / 'server.sqlite3'}")
            target = create_engine(url)
            with source.connect() as read, target.begin() as write:
                for table in metadata.sorted_tables:
                    write.execute(delete(table))
                    rows = read.execute(select(table)).mappings()
                    while batch := rows.fetchmany(20_000):
                        write.execute(table.insert(), [dict(r) for r in batch])
            with target.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
            source.dispose()
            target.dispose()
            yield url


def database_cpu(url: str | None) -> float:
    """The CPU seconds of the PostgreSQL backends now connected (0 for SQLite)."""
    if url is None:
        return 0.0
    engine = create_engine(url)
    with engine.connect() as conn:
        pids = conn.execute(text("SELECT pid FROM pg_stat_activity")).scalars().all()
    engine.dispose()
    total = 0.0
    for pid in pids:
        with suppress(FileNotFoundError, ProcessLookupError):
            total += cpu_s(pid)
    return total


def canonical(row: Any) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def catch_up(server: LiveServer, number: int, max_fact_pages: int | None = None) -> dict[str, Any]:
    """One new device's catch-up by snapshot: counts, server CPU, wall, digest, bytes."""
    session, headers = enrolled(server, number)
    digest = hashlib.sha256()
    records = facts = pages = 0
    text_bytes = 0
    db_url = server.db_url if server.db_url.startswith("postgresql") else None
    db_cpu = database_cpu(db_url)
    cpu = cpu_s(server.process.pid)
    started = time.perf_counter()
    params: dict[str, Any] = {"limit": MAX_BATCH, "stamps": "short"}
    upto = None
    while True:
        body = get(session, server.url + "/v1/snapshot", headers, params)
        text_bytes += len(body)
        page = json.loads(body)
        for record in page["records"]:
            digest.update(canonical(record))
        pages += 1
        upto = page["upto"] if upto is None else upto
        records += len(page["records"])
        if not (page["more"] and page["records"]):
            break
        last = page["records"][-1]
        params = {"limit": MAX_BATCH, "stamps": "short", "after_entity": last[0]}
        params["after_id"] = last[1]
    snapshot_s = time.perf_counter() - started
    snapshot_cpu = cpu_s(server.process.pid) - cpu
    cursor, fact_pages = 0, 0
    while True:
        params = {"after": cursor, "limit": MAX_BATCH, "facts_upto": upto}
        body = get(session, server.url + "/v1/pull", headers, params)
        text_bytes += len(body)
        page = json.loads(body)
        for change in page["changes"]:
            digest.update(canonical([page["devices"][change[0]], *change[1:]]))
        pages += 1
        fact_pages += 1
        facts += len(page["changes"])
        cursor = page["cursor"]
        if not page["more"] or (max_fact_pages is not None and fact_pages >= max_fact_pages):
            break
    wall = time.perf_counter() - started
    total_cpu = cpu_s(server.process.pid) - cpu
    db_cpu = database_cpu(db_url) - db_cpu
    session.close()
    return {
        "records": records,
        "facts": facts,
        "pages": pages,
        "wall": wall,
        "server_cpu": total_cpu,
        "snapshot_cpu": snapshot_cpu,
        "facts_cpu": total_cpu - snapshot_cpu,
        "database_cpu": db_cpu,
        "snapshot_s": snapshot_s,
        "digest": digest.hexdigest()[:16],
        "text_mb": text_bytes / 2**20,
        "load": os.getloadavg()[0],
    }


def profiled(server: LiveServer, number: int, out: Path, pages: int | None) -> None:
    spy = subprocess.Popen(
        [
            *(str(BIN / "py-spy"), "record", "--pid", str(server.process.pid)),
            *("--rate", "200", "--format", "raw", "--output", str(out)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)  # py-spy attaches
    catch_up(server, number, pages)
    spy.send_signal(2)
    spy.wait(60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=None, help="stop after N pages of facts")
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--postgresql", action="store_true")
    args = parser.parse_args()
    with copied_to_postgresql(args.folder) if args.postgresql else nullcontext(None) as url:
        run_all(args, LiveServer(args.folder, db_url=url))


def run_all(args: argparse.Namespace, server: LiveServer) -> None:
    try:
        runs = []
        for number in range(args.runs):
            run = catch_up(server, number, args.pages)
            runs.append(run)
            sent = run["records"] + run["facts"]
            print(
                f"run {number + 1}: {run['records']:,} records + {run['facts']:,} facts in "
                f"{run['pages']} pages, {run['wall']:.1f} s wall, server CPU "
                f"{run['server_cpu']:.2f} s ({run['snapshot_cpu']:.2f} snapshot, "
                f"{run['facts_cpu']:.2f} facts) = {1e6 * run['server_cpu'] / sent:.1f} µs a "
                f"record, {sent / run['server_cpu']:,.0f} per CPU s; database CPU "
                f"{run['database_cpu']:.2f} s; load {run['load']:.1f}; "
                f"{run['text_mb']:.1f} MiB of JSON, digest {run['digest']}"
            )
        if args.profile is not None:
            profiled(server, args.runs, args.profile, args.pages)
            print(f"profile written to {args.profile}")
    finally:
        server.stop()
    if runs:
        sent = runs[0]["records"] + runs[0]["facts"]
        cpu = statistics.median(r["server_cpu"] for r in runs)
        print(
            f"median server CPU {cpu:.2f} s: {1e6 * cpu / sent:.1f} µs a record, "
            f"{sent / cpu:,.0f} records per CPU s (snapshot "
            f"{statistics.median(r['snapshot_cpu'] for r in runs):.2f} s, facts "
            f"{statistics.median(r['facts_cpu'] for r in runs):.2f} s); database CPU "
            f"{statistics.median(r['database_cpu'] for r in runs):.2f} s; digests "
            + ", ".join(sorted({r["digest"] for r in runs}))
        )
    if args.json is not None:
        args.json.write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()
