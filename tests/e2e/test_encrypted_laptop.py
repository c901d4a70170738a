"""An encrypted laptop syncs with a live server like any other: its scheduled sync takes the
passphrase from the environment, what it records reaches a plain laptop and back, and nothing
about readers is readable in its data folder. The server is unchanged."""

import subprocess

from tests.support.disk_bytes import PHONE, SURNAME, files_holding
from tests.support.live_server import BIN, Laptop

PASSPHRASE = "книжкова полиця"


def test_an_encrypted_laptop_syncs_both_ways(tmp_path, server):
    encrypted = Laptop(tmp_path / "enc", "Хаб Дніпро", passphrase=PASSPHRASE)
    plain = Laptop(tmp_path / "plain", "Хаб Харків")
    encrypted.run("enroll", "--server", server.url, "--code", server.enroll("Дніпро"))
    plain.run("enroll", "--server", server.url, "--code", server.enroll("Харків"))
    services = encrypted.services()
    reader_id, _ = services.readers.register(SURNAME, "Ганна", consent=True, phone=PHONE)
    services.close()
    # the reader, the visit of registering in person, the laptop's profile and its hub's name
    assert "Надіслано змін: 4" in encrypted.run("sync").stdout
    plain.run("sync")
    services = plain.services()
    assert [(r.surname, r.phone) for r in services.readers.search("Петр")] == [(SURNAME, PHONE)]
    services.readers.edit(reader_id, settlement="Сєвєродонецьк")
    services.close()
    plain.run("sync")
    encrypted.run("sync")
    encrypted.run("backup")
    services = encrypted.services()
    [reader] = services.readers.search("Петр")
    services.close()
    assert reader.settlement == "Сєвєродонецьк"
    assert files_holding(tmp_path / "enc") == {}
    assert files_holding(tmp_path / "plain")  # the control: a plain laptop's files do hold it
    without = encrypted.env()
    del without["MANDRIVNA_PASSPHRASE"]  # a scheduled task set up without it
    refused = subprocess.run(
        [BIN / "mandrivna", "--data-dir", str(encrypted.folder), "sync"],
        capture_output=True,
        text=True,
        env=without,
        timeout=120,
    )
    assert refused.returncode == 2 and "MANDRIVNA_PASSPHRASE" in refused.stderr
