"""Two laptops and a real server on loopback: what either records reaches the other, a second
sync moves nothing, and killed processes lose nothing."""

from __future__ import annotations

import gzip
import json
import random
import time

from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME
from tests.support.live_server import Laptop


def table(laptop, sql):
    with connect(laptop.folder / DB_FILENAME, None) as conn:
        return conn.execute(sql).fetchall()


def record_visits(laptop, n, count=1):
    services = laptop.services()
    with services.db.write() as writer:
        for i in range(n):
            writer.fact(
                "visit",
                f"{laptop.folder.name}-{time.time_ns()}-{i}",
                {"day": "2026-11-25", "hub": "Хаб", "channel": "stationary", "count": count},
            )
    services.close()


def test_what_either_records_reaches_the_other(laptops, server):
    a, b = laptops
    services = a.services()
    reader_id, _ = services.readers.register(  # not in person: no visit of her own
        "Шевченко",
        "Ґанна",
        consent=True,
        phone="+380501112233",
        categories=["idp"],
        in_person=False,
    )
    services.visits.tally("stationary", 3)
    services.close()
    services = b.services()
    services.visits.tally("remote", 2)
    services.close()

    # each laptop's first sync also sends its profile and its hub's name for the directory
    assert "Надіслано змін: 4" in a.run("sync").stdout
    assert "отримано: 4" in b.run("sync").stdout
    a.run("sync")
    for laptop in (a, b):
        assert table(laptop, "SELECT surname, given_name, phone FROM reader") == [
            ("Шевченко", "Ґанна", "+380 50 111 22 33")  # typed +380501112233
        ]
        assert table(laptop, "SELECT sum(count) FROM visit") == [(5,)]
    # an edit on b and an erase on a travel too
    services = b.services()
    services.readers.edit(reader_id, settlement="Сєвєродонецьк")
    services.close()
    b.run("sync")
    a.run("sync")
    assert table(a, "SELECT settlement FROM reader") == [("Сєвєродонецьк",)]
    # a second sync moves nothing
    for laptop in (a, b):
        assert "Надіслано змін: 0, отримано: 0." in laptop.run("sync").stdout
    devices = server.cli("devices")
    assert "Дніпро" in devices and "Харків" in devices


def test_a_client_killed_mid_push_loses_nothing(laptops, server):
    a, b = laptops
    record_visits(a, 12_000)
    process = a.start("sync")
    time.sleep(random.uniform(0.3, 1.2))
    process.kill()
    process.wait(10)
    a.run("sync")  # recovers: resends from what the server acknowledged
    b.run("sync")
    assert table(b, "SELECT count(*), sum(count) FROM visit") == [(12_000, 12_000)]
    a.run("sync")  # takes b's profile and hub name, sent at b's first sync
    assert "Надіслано змін: 0, отримано: 0." in a.run("sync").stdout


def test_a_server_killed_mid_pull_loses_nothing(laptops, server):
    a, b = laptops
    record_visits(a, 12_000)
    a.run("sync")
    process = b.start("sync")
    time.sleep(random.uniform(0.2, 0.8))
    server.kill()
    _out, err = process.communicate(timeout=60)
    if process.returncode != 0:  # killed in time: a plain message, no traceback
        assert "не вдається зв’язатися" in err.lower() or "сервер" in err.lower(), err
        assert "Traceback" not in err
    server.start()
    b.run("sync")  # resumes from its cursor
    assert table(b, "SELECT count(*), sum(count) FROM visit") == [(12_000, 12_000)]
    assert "Надіслано змін: 0, отримано: 0." in b.run("sync").stdout


def test_usb_bundle_applies_once_and_tampering_is_refused(laptops, server, tmp_path):
    a, b = laptops
    services = a.services()
    services.readers.register("Коваль", "Петро", consent=True, in_person=False)
    services.visits.tally("non_stationary", 7)
    services.close()
    bundle = tmp_path / "hub-a.bundle"
    # the reader, the tally, the laptop's profile and its hub's name
    assert "4" in a.run("sync", "--export-bundle", str(bundle)).stdout
    assert "4 new changes" in server.cli("import-bundle", str(bundle))
    assert "0 new changes" in server.cli("import-bundle", str(bundle))  # twice: nothing new
    b.run("sync")
    assert table(b, "SELECT surname FROM reader") == [("Коваль",)]
    assert table(b, "SELECT sum(count) FROM visit") == [(7,)]

    outer = json.loads(gzip.decompress(bundle.read_bytes()))
    outer["payload"] = outer["payload"].replace("Коваль", "Хакер")
    forged = tmp_path / "forged.bundle"
    forged.write_bytes(gzip.compress(json.dumps(outer).encode()))
    result = server.run("import-bundle", str(forged))
    assert result.returncode == 2 and "signature" in result.stderr
    assert "Traceback" not in result.stderr
    b.run("sync")
    assert table(b, "SELECT surname FROM reader") == [("Коваль",)]


def test_a_coordinator_imports_a_hub_bundle_in_the_app(laptops, server, tmp_path):
    a, b = laptops
    services = a.services()
    services.visits.tally("non_stationary", 9)
    services.close()
    bundle = tmp_path / "from-hub-a.bundle"
    a.run("sync", "--export-bundle", str(bundle))
    # a librarian's laptop may not import other hubs' bundles
    refused = b.run("sync", "--import-bundle", str(bundle), check=False)
    assert refused.returncode == 2 and "координатора" in refused.stderr
    coordinator = Laptop(tmp_path / "hq", "Головний офіс")
    coordinator.run(
        "enroll", "--server", server.url, "--code", server.enroll("Головний офіс", "coordinator")
    )
    out = coordinator.run("sync", "--import-bundle", str(bundle)).stdout
    assert "3" in out.splitlines()[0]  # the tally, the hub laptop's profile and hub name
    assert table(coordinator, "SELECT sum(count) FROM visit") == [(9,)]
    again = coordinator.run("sync", "--import-bundle", str(bundle)).stdout
    assert "0" in again.splitlines()[0]  # the same bundle twice: nothing new
    assert table(coordinator, "SELECT sum(count) FROM visit") == [(9,)]


def test_a_server_restored_from_its_backup_and_pushed_to_loses_and_doubles_nothing(
    laptops, server, tmp_path
):
    """Real processes, as the issue reproduced it: the server's file is backed up, more is
    pushed and pulled, the server is killed and its file put back; a third laptop pushes before
    the others sync again. Every laptop ends with every visit once."""
    import shutil

    from mandrivna.store.database import copy_database
    from tests.support.live_server import Laptop

    a, b = laptops
    c = Laptop(tmp_path / "c", "Хаб Львів")
    c.run("enroll", "--server", server.url, "--code", server.enroll("Львів"))
    record_visits(a, 5)
    a.run("sync")
    server_file = tmp_path / "server.sqlite3"
    copy_database(server_file, tmp_path / "server-backup.sqlite3")
    record_visits(a, 10)
    a.run("sync")
    b.run("sync")  # b's cursor is past what the backup holds
    server.kill()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"server.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "server-backup.sqlite3", server_file)
    server.start()
    record_visits(c, 20)
    c.run("sync")
    for _ in range(2):
        for laptop in (a, b, c):
            laptop.run("sync")
    for laptop in (a, b, c):
        assert table(laptop, "SELECT count(*), sum(count) FROM visit") == [(35, 35)], laptop.folder
    assert "Надіслано змін: 0, отримано: 0." in b.run("sync").stdout


def test_a_damaged_or_forged_bundle_is_refused_in_the_app_and_nothing_stored(
    laptops, server, tmp_path
):
    a, _b = laptops
    services = a.services()
    services.visits.tally("non_stationary", 4)
    services.close()
    bundle = tmp_path / "from-hub-a.bundle"
    a.run("sync", "--export-bundle", str(bundle))
    data = bundle.read_bytes()
    coordinator = Laptop(tmp_path / "hq", "Головний офіс")
    coordinator.run(
        "enroll", "--server", server.url, "--code", server.enroll("Головний офіс", "coordinator")
    )
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x55
    outer = json.loads(gzip.decompress(data))
    outer["payload"] = outer["payload"].replace('"count":4', '"count":40')
    forged = gzip.compress(json.dumps(outer).encode())
    for name, content, words in (
        ("flipped", bytes(flipped), "пошкоджений"),
        ("cut", data[: len(data) - 9], "пошкоджений"),
        ("forged", forged, "змінили"),
    ):
        path = tmp_path / f"{name}.bundle"
        path.write_bytes(content)
        refused = coordinator.run("sync", "--import-bundle", str(path), check=False)
        assert refused.returncode == 2, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and words in refused.stderr, name
        assert "Traceback" not in refused.stderr
        result = server.run("import-bundle", str(path))
        assert result.returncode == 2 and result.stderr.startswith("Bundle refused: ")
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    coordinator.run("sync")
    assert table(coordinator, "SELECT count(*) FROM visit") == [(0,)]
