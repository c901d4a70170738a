"""Two real ``mandrivna-server serve`` processes on one PostgreSQL database (one of them with two
workers) behave as one server: three laptops that push, pull, catch up by snapshot and carry USB
bundles through either at random end with identical tables and logs, the server's log is one
gap-free history, and new laptops that catch up through either (pulling every change, or by
snapshot) end with the same tables."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from mandrivna.store.connection import connect
from mandrivna.sync.sync_engine import run_sync
from mandrivna.sync.transport import HttpTransport
from sync_server.sql import history
from tests.support.live_server import Laptop, Server

ROUNDS = 24


@pytest.fixture
def two_servers(tmp_path: Path, pg_url: str):
    first, second = tmp_path / "server-1", tmp_path / "server-2"
    first.mkdir()
    second.mkdir()
    servers = [Server(first, pg_url), Server(second, pg_url, workers=2)]
    try:
        for server in servers:  # both start at once on an empty database
            server.start_in_background()
        for server in servers:
            server.wait_until_up()
        yield servers
    finally:
        for server in servers:
            server.kill()


class Hub:
    """A laptop driven in this process, synced through whichever server it is told."""

    def __init__(self, folder: Path, hub: str, server: Server, role: str = "librarian") -> None:
        Laptop(folder, hub)
        from mandrivna.app import open_services

        self.folder = folder
        self.services = open_services(folder)
        self.services.sync.enroll(server.url, server.enroll(hub, role))
        self.readers: list[str] = []
        self.snapshotted = False  # caught up from a snapshot once: records without their log

    def via(self, server: Server) -> HttpTransport:
        return HttpTransport(server.url, self.services.sync.store.state().token)

    def sync(self, server: Server, snapshot_from: int = 0) -> None:
        report = run_sync(self.services.sync.store, self.via(server), snapshot_from=snapshot_from)
        self.snapshotted |= report.snapshot_records > 0

    def work(self, rng: random.Random) -> None:
        """A few things a librarian records."""
        for _ in range(rng.randint(1, 4)):
            known = self._known_readers()
            step = rng.random()
            if step < 0.35 or not known:
                self.services.readers.register(
                    rng.choice(["Шевченко", "Коваль", "Бондар", "Мельник"]),
                    rng.choice(["Ґанна", "Іван", "Олена", "Петро"]),
                    consent=True,
                    settlement=rng.choice(["Харків", "Дніпро", "Ізюм"]),
                )
            elif step < 0.65:
                self.services.readers.edit(
                    rng.choice(known), settlement=rng.choice(["Львів", "Київ", "Суми", "Бахмут"])
                )
            elif step < 0.7:
                self.services.readers.erase(rng.choice(known))
            else:
                self.services.visits.tally(rng.choice(["stationary", "remote"]), rng.randint(1, 5))

    def _known_readers(self) -> list[str]:
        with connect(self.services.db.path, None) as conn:
            return [r[0] for r in conn.execute("SELECT id FROM reader WHERE deleted = 0")]

    def tables(self) -> tuple[list[tuple], ...]:
        with connect(self.services.db.path, None) as conn:
            readers = conn.execute(
                "SELECT id, surname, given_name, settlement, card_number, deleted, stamps "
                "FROM reader ORDER BY id"
            ).fetchall()
            visits = conn.execute(
                "SELECT id, day, hub, channel, count, device_id, hlc FROM visit ORDER BY id"
            ).fetchall()
        return readers, visits

    def log(self) -> dict[tuple[str, int], tuple]:
        with connect(self.services.db.path, None) as conn:
            rows = conn.execute(
                "SELECT device_id, seq, hlc, entity, entity_id, op, fields FROM change_log"
            ).fetchall()
        return {(r[0], r[1]): (*r[2:6], json.loads(r[6])) for r in rows}

    def close(self) -> None:
        self.services.close()


def server_log(pg_url: str) -> dict[tuple[str, int], tuple]:
    """The server's log, checked to be one history: server sequences 1..N with no gap, each
    origin's sequences 1..held with no gap, and every history id the chain's next link."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT server_seq, device_id, device_seq, hlc, entity, entity_id, op, "
                    "fields, chain FROM server_change ORDER BY server_seq"
                )
            ).all()
            held = dict(conn.execute(text("SELECT origin_id, held_seq FROM server_origin")).all())
            chain = history.seed(conn)
    finally:
        engine.dispose()
    assert [r.server_seq for r in rows] == list(range(1, len(rows) + 1))
    per_origin: dict[str, list[int]] = {}
    for r in rows:
        chain = history.link(chain, r.device_id, r.device_seq, r.hlc)
        assert r.chain == chain, f"history broken at server sequence {r.server_seq}"
        per_origin.setdefault(r.device_id, []).append(r.device_seq)
    for origin, seqs in per_origin.items():
        assert sorted(seqs) == list(range(1, held[origin] + 1)), origin
    return {
        (r.device_id, r.device_seq): (r.hlc, r.entity, r.entity_id, r.op, json.loads(r.fields))
        for r in rows
    }


def test_laptops_syncing_through_either_process_converge_as_with_one(
    tmp_path: Path, two_servers: list[Server], pg_url: str
) -> None:
    rng = random.Random(17)
    hubs = [
        Hub(tmp_path / "a", "Хаб Дніпро", rng.choice(two_servers)),
        Hub(tmp_path / "b", "Хаб Харків", rng.choice(two_servers)),
        Hub(tmp_path / "c", "Координація", rng.choice(two_servers), role="coordinator"),
    ]
    coordinator = hubs[2]
    bundles = 0
    try:
        for round_no in range(ROUNDS):
            hub = rng.choice(hubs)
            hub.work(rng)
            server = rng.choice(two_servers)
            if hub is not coordinator and rng.random() < 0.2:  # no link: a USB bundle
                bundle = tmp_path / f"round-{round_no}.bundle"
                hub.services.sync.export_bundle(bundle)
                if rng.random() < 0.5:
                    server.cli("import-bundle", str(bundle))  # a third process on the database
                else:
                    coordinator.via(server).upload_bundle(bundle.read_bytes())
                bundles += 1
            else:
                hub.sync(server, snapshot_from=rng.choice([0, 0, 1, 5]))
        for _ in range(2):  # everyone syncs through either until nothing is left to move
            for hub in hubs:
                hub.sync(rng.choice(two_servers))
        assert bundles > 0

        stored = server_log(pg_url)
        first = hubs[0].tables()
        assert first[0] and first[1]  # readers and visits were recorded and travelled
        for hub in hubs:
            assert hub.tables() == first
            held = hub.log()
            if hub.snapshotted:  # the changes a snapshot stood for are not in its log
                assert held.items() <= stored.items(), hub.folder
            else:
                assert held == stored, hub.folder
        assert any(not hub.snapshotted for hub in hubs)

        # new laptops catch up through one process or the other, by pulls or by snapshot
        pulled = Hub(tmp_path / "d", "Хаб Суми", two_servers[0])
        pulled.sync(two_servers[0])
        from_snapshot = Hub(tmp_path / "e", "Хаб Ізюм", two_servers[1])
        from_snapshot.sync(two_servers[1], snapshot_from=1)
        hubs += [pulled, from_snapshot]
        assert pulled.log() == stored
        assert pulled.tables() == first
        assert from_snapshot.tables() == first
    finally:
        for hub in hubs:
            hub.close()


def test_sqlite_refuses_several_workers_in_a_plain_sentence(tmp_path: Path) -> None:
    result = Server(tmp_path).run("serve", "--workers", "2")
    assert result.returncode == 2
    assert "SQLite" in result.stderr and "PostgreSQL" in result.stderr
    assert "Traceback" not in result.stderr
