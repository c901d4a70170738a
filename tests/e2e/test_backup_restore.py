"""Backups and restore from the command line, as a librarian or a scheduled task runs them:
a backup made and listed, a damaged database replaced by it, and a restored laptop that syncs
without losing or re-sending anything."""

import os
import pty
import subprocess

from sqlalchemy import text

from mandrivna.store.database import DB_FILENAME
from tests.support.live_server import Laptop


def test_backup_then_restore_a_damaged_database(tmp_path) -> None:
    laptop = Laptop(tmp_path / "hub", "Хаб Суми")
    services = laptop.services()
    services.readers.register("Петренко", "Іван", consent=True)
    services.close()
    made = laptop.run("backup")
    assert "1" in made.stdout and "mandrivna-" in made.stdout
    backup = next((tmp_path / "hub" / "backups").glob("mandrivna-*-manual.sqlite3"))
    listed = laptop.run("backup", "--list").stdout
    assert backup.name in listed
    (tmp_path / "hub" / DB_FILENAME).write_bytes(b"\x00" * 4096)  # a power cut, a bad disk
    refused = laptop.run("sync", check=False)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    no = answered_at_a_terminal([*laptop_cmd(laptop), "restore", str(backup)], "n\n")
    assert no.returncode == 1
    nobody = subprocess.run(
        [*laptop_cmd(laptop), "restore", str(backup)], input="", capture_output=True, text=True
    )  # a scheduled task: no terminal to answer, no --yes
    assert nobody.returncode == 2 and "--yes" in nobody.stderr
    assert "Traceback" not in nobody.stderr
    laptop.run("restore", str(backup), "--yes")
    services = laptop.services()
    assert [r.surname for r in services.readers.search("")] == ["Петренко"]
    services.close()
    kinds = {p.name.rsplit("-", 1)[-1] for p in (tmp_path / "hub" / "backups").iterdir()}
    assert "damaged.sqlite3" in kinds


def answered_at_a_terminal(command: list[str], answer: str) -> subprocess.CompletedProcess[str]:
    """Runs ``command`` with a terminal (a pseudo-terminal) as its input, typing ``answer``."""
    main, terminal = pty.openpty()
    try:
        os.write(main, answer.encode())
        return subprocess.run(command, stdin=terminal, capture_output=True, text=True, timeout=120)
    finally:
        os.close(terminal)
        os.close(main)


def laptop_cmd(laptop: Laptop) -> list[str]:
    from tests.support.live_server import BIN

    return [str(BIN / "mandrivna"), "--data-dir", str(laptop.folder)]


def test_a_restored_laptop_syncs_without_losing_or_resending(tmp_path, server) -> None:
    hub = Laptop(tmp_path / "hub", "Хаб Дніпро")
    other = Laptop(tmp_path / "other", "Хаб Київ")
    hub.run("enroll", "--server", server.url, "--code", server.enroll("Дніпро"))
    other.run("enroll", "--server", server.url, "--code", server.enroll("Київ"))
    services = hub.services()
    services.readers.register("Петренко", "Іван", consent=True)
    services.close()
    hub.run("sync")
    hub.run("backup")
    backup = next((tmp_path / "hub" / "backups").glob("mandrivna-*-manual.sqlite3"))
    services = hub.services()
    services.readers.register("Коваль", "Ольга", consent=True)  # after the backup
    services.close()
    hub.run("sync")
    hub.run("restore", str(backup), "--yes")
    services = hub.services()
    services.readers.register("Шевчук", "Андрій", consent=True)  # new work after the restore
    services.close()
    hub.run("sync")
    other.run("sync")
    for laptop in (hub, other):
        services = laptop.services()
        names = sorted(r.surname for r in services.readers.search(""))
        with services.db.read() as conn:
            logged = conn.execute(  # each laptop's profile and hub name travel too
                text("SELECT count(*) FROM change_log WHERE entity = 'reader'")
            ).scalar()
        services.close()
        assert names == ["Коваль", "Петренко", "Шевчук"], laptop.folder
        assert logged == 3  # three readers (their visits of registering are visits)


def test_a_laptop_restored_from_an_old_backup_with_its_database_lost(tmp_path, server) -> None:
    """The worst case: the laptop's database is gone (no carry-over possible), the backup is
    older than what the server holds, and the librarian works before the next sync. The server
    gives this laptop's own changes back; the new work is written under a new origin, with new
    card numbers, so no number or card is used twice."""
    hub = Laptop(tmp_path / "hub", "Хаб Дніпро")
    other = Laptop(tmp_path / "other", "Хаб Київ")
    hub.run("enroll", "--server", server.url, "--code", server.enroll("Дніпро"))
    other.run("enroll", "--server", server.url, "--code", server.enroll("Київ"))
    services = hub.services()
    services.readers.register("Петренко", "Іван", consent=True)
    services.close()
    hub.run("sync")
    hub.run("backup")
    backup = next((tmp_path / "hub" / "backups").glob("mandrivna-*-manual.sqlite3"))
    services = hub.services()
    for surname in ("Коваль", "Бондар"):
        services.readers.register(surname, "Ольга", consent=True)
    services.close()
    hub.run("sync")
    (tmp_path / "hub" / DB_FILENAME).write_bytes(b"\x00" * 8192)  # the disk died
    hub.run("restore", str(backup), "--yes")
    services = hub.services()
    services.readers.register("Шевчук", "Андрій", consent=True)  # Коваль's number once
    services.close()
    hub.run("sync")
    other.run("sync")
    for laptop in (hub, other):
        services = laptop.services()
        names = sorted(r.surname for r in services.readers.search(""))
        services.close()
        assert names == ["Бондар", "Коваль", "Петренко", "Шевчук"], laptop.folder
    logs = []
    for laptop in (hub, other):
        services = laptop.services()
        with services.db.read() as conn:
            log = conn.execute(  # the readers' changes (profiles and hub names travel too)
                text(
                    "SELECT device_id, seq, hlc FROM change_log WHERE entity = 'reader' "
                    "ORDER BY device_id, seq"
                )
            ).all()
            cards = [r[0] for r in conn.execute(text("SELECT card_number FROM reader"))]
        services.close()
        assert len(cards) == len(set(cards)) == 4, laptop.folder
        logs.append(log)
    hub_log = {(o, s): h for o, s, h in logs[0]}
    other_log = {(o, s): h for o, s, h in logs[1]}
    shared = hub_log.keys() & other_log.keys()
    assert len(shared) == 4 and all(hub_log[k] == other_log[k] for k in shared)
