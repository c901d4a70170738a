"""``mandrivna demo`` as a newcomer runs it, with no display and Qt impossible to load: a fresh
folder filled and described in Ukrainian; a second run refused in one sentence; ``--yes``
replacing it with a backup kept; and the demo laptop, enrolled with a real server on 127.0.0.1,
sends it all its own changes (its stamps are in the past, so the server takes every one)."""

from mandrivna.app import open_services
from tests.e2e.test_headless_setup import mandrivna, no_gui_env, ok

SMALL = ("--hubs", "2", "--scale", "0.02")


def test_demo_on_a_fresh_folder_then_refused_replaced_and_synced(tmp_path, server):
    env = no_gui_env(tmp_path)
    folder = tmp_path / "demo"
    made = ok(mandrivna(folder, env, "demo", *SMALL))
    assert "Демодані готові" in made and "Хаб у Дніпрі" in made and "Гнатюк" in made

    again = mandrivna(folder, env, "demo", *SMALL)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "--yes" in again.stderr

    replaced = ok(mandrivna(folder, env, "demo", *SMALL, "--coordinator", "--seed", "2", "--yes"))
    assert "before-demo" in replaced and "Головний офіс ЛОУНБ" in replaced
    services = open_services(folder)
    try:
        own = services.status.status().waiting
        assert services.device.current().hub_name == "Головний офіс ЛОУНБ"
        assert f"Читачів: {services.readers.count()} " in replaced
    finally:
        services.close()

    code = server.enroll("Головний офіс ЛОУНБ", role="coordinator")
    ok(mandrivna(folder, env, "enroll", "--server", server.url, "--code", code))
    synced = ok(mandrivna(folder, env, "sync"))
    assert f"Надіслано змін: {own + 1}" in synced  # and its profile: now a coordinator's
    services = open_services(folder)
    try:
        assert services.status.status().waiting == 0
    finally:
        services.close()
