"""A real sync server (uvicorn, as a separate process) on 127.0.0.1, and laptops driven through
the ``mandrivna`` command line, each with its own data folder. Used by the e2e and GUI tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from mandrivna.app import open_services

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, folder: Path, db_url: str | None = None, workers: int = 1) -> None:
        self.db_url = db_url or f"sqlite:///{folder / 'server.sqlite3'}"
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.start_in_background()
        self.wait_until_up()

    def start_in_background(self) -> None:
        log = open(self.log, "ab")  # noqa: SIM115 - kept open for the server's lifetime
        self.process = subprocess.Popen(
            [
                BIN / "mandrivna-server",
                "serve",
                "--db",
                self.db_url,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its workers, if any, are killed with it (``kill``)
        )

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("server did not start: " + self.log.read_text())

    def peak_memory_kb(self) -> int:
        """The server process's peak resident memory so far (VmHWM, Linux)."""
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
        return int(line.split()[1])

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)  # the server and any workers it started
            self.process.wait(10)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [BIN / "mandrivna-server", *args, "--db", self.db_url],
            capture_output=True,
            text=True,
            timeout=60,
        )

    def cli(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def enroll(self, hub: str, role: str = "librarian") -> str:
        return self.cli("enroll", "--hub", hub, "--role", role).strip().splitlines()[-1]


class Laptop:
    """A laptop's data folder; with a passphrase, encrypted (commands get it as a scheduled task
    would, from MANDRIVNA_PASSPHRASE)."""

    def __init__(self, folder: Path, hub: str, passphrase: str | None = None) -> None:
        self.folder = folder
        self.passphrase = passphrase
        services = open_services(folder)
        services.device.save(hub, "Олена")
        if passphrase is not None:
            services.encryption.turn_on(passphrase, passphrase)
        services.close()

    def services(self):
        return open_services(self.folder, self.passphrase)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "MANDRIVNA_PASSPHRASE"}
        env["MANDRIVNA_LANG"] = "uk"
        if self.passphrase is not None:
            env["MANDRIVNA_PASSPHRASE"] = self.passphrase
        return env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = self.env()
        result = subprocess.run(
            [BIN / "mandrivna", "--data-dir", str(self.folder), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"mandrivna {args} failed: {result.stderr}")
        return result

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [BIN / "mandrivna", "--data-dir", str(self.folder), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env(),
        )
