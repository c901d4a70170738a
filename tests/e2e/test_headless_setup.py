"""New laptops set up with no window at all, as on a server or over SSH: ``setup``, ``import``,
``enroll`` and ``sync`` against a real server on 127.0.0.1, with no display and with Qt made
impossible to load, and a second laptop whose only set-up is its enrollment (the hub comes from
the coordinator's code, the librarian from ``--librarian``)."""

import os
import subprocess
from pathlib import Path

from mandrivna.app import open_services
from tests.support.live_server import BIN


def no_gui_env(tmp_path: Path) -> dict[str, str]:
    """No display, and a ``PySide6`` that refuses to import: a command that loaded Qt fails."""
    blocker = tmp_path / "no-qt" / "PySide6"
    blocker.mkdir(parents=True, exist_ok=True)
    (blocker / "__init__.py").write_text("raise ImportError('Qt must not load here')\n")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "MANDRIVNA_PASSPHRASE")
    }
    env["PYTHONPATH"] = str(blocker.parent)
    env["MANDRIVNA_LANG"] = "uk"
    return env


def mandrivna(folder: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BIN / "mandrivna", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_laptops_set_up_import_enroll_and_sync_with_no_gui(tmp_path, server) -> None:
    env = no_gui_env(tmp_path)
    qt = subprocess.run(
        [BIN / "python", "-c", "import PySide6"], env=env, capture_output=True, text=True
    )
    assert "Qt must not load here" in qt.stderr  # the blocker works

    dnipro = tmp_path / "dnipro"
    ok(mandrivna(dnipro, env, "setup", "--hub", "Хаб Дніпро", "--librarian", "Олена"))
    table = tmp_path / "books.csv"
    table.write_text(
        "title;authors;copies\nТигролови;Багряний, Іван;2\nЛісова пісня;Українка, Леся;1\n",
        encoding="utf-8",
    )
    assert "Додано записів: 2" in ok(mandrivna(dnipro, env, "import", "catalogue", str(table)))
    enrolled = ok(
        mandrivna(dnipro, env, "enroll", "--server", server.url, "--code", server.enroll("Дніпро"))
    )
    assert "хаб Дніпро, роль бібліотекар" in enrolled
    assert "Надіслано змін:" in ok(mandrivna(dnipro, env, "sync"))

    kharkiv = tmp_path / "kharkiv"
    code = server.enroll("Хаб Харків")
    refused = mandrivna(kharkiv, env, "enroll", "--server", server.url, "--code", code)
    assert refused.returncode == 2 and "--librarian" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    joined = ok(
        mandrivna(
            kharkiv, env, "enroll", "--server", server.url, "--code", code, "--librarian", "Марія"
        )
    )  # the code was not used up by the refusal
    assert "Хаб: Хаб Харків. Бібліотекар: Марія." in joined
    received = ok(mandrivna(kharkiv, env, "sync"))
    assert "отримано:" in received

    services = open_services(kharkiv)
    try:
        device = services.device.current()
        assert (device.hub_name, device.librarian_name) == ("Хаб Харків", "Марія")
        titles = {hit.record.title: hit.copies for hit in services.catalogue.search("")}
        assert titles == {"Тигролови": 2, "Лісова пісня": 1}
    finally:
        services.close()
    devices = server.cli("devices")
    assert "Хаб Харків" in devices and "Дніпро" in devices
