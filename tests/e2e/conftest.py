"""Fixtures for the end-to-end tests: a live server and two enrolled laptops."""

import pytest

from tests.support.live_server import Laptop


@pytest.fixture
def laptops(tmp_path, server):
    a, b = Laptop(tmp_path / "a", "Хаб Дніпро"), Laptop(tmp_path / "b", "Хаб Харків")
    a.run("enroll", "--server", server.url, "--code", server.enroll("Дніпро"))
    b.run("enroll", "--server", server.url, "--code", server.enroll("Харків"))
    return a, b
