"""Two hubs and headquarters on a real server (issue #13): the hubs' laptops, set up under two
spellings of one hub, propose them at their first sync; headquarters sees both, with each
laptop named by its librarian, and merges them; after one more sync every laptop shows one hub,
and counts the work of both under it."""

from __future__ import annotations

from tests.support.live_server import Laptop


def test_headquarters_merges_two_spellings_of_one_hub_everywhere(tmp_path, server) -> None:
    first = Laptop(tmp_path / "first", "Хаб у Дніпрі")
    second = Laptop(tmp_path / "second", "Хаб Дніпро")
    hq = Laptop(tmp_path / "hq", "Головний офіс")
    first.run("enroll", "--server", server.url, "--code", server.enroll("Хаб у Дніпрі"))
    second.run("enroll", "--server", server.url, "--code", server.enroll("Хаб Дніпро"))
    hq.run(
        "enroll", "--server", server.url, "--code", server.enroll("Головний офіс", "coordinator")
    )
    for laptop, count in ((first, 3), (second, 2)):
        services = laptop.services()
        services.visits.tally("stationary", count)
        services.close()
        laptop.run("sync")
    hq.run("sync")

    services = hq.services()
    try:
        lines = {line.name: line for line in services.hub_overview.overview()}
        assert [lap.librarian for lap in lines["Хаб у Дніпрі"].laptops] == ["Олена"]
        assert [lap.librarian for lap in lines["Хаб Дніпро"].laptops] == ["Олена"]
        directory = services.hubs.directory()
        away, keep = directory.hub_of("Хаб у Дніпрі"), directory.hub_of("Хаб Дніпро")
        assert away and keep and away != keep
        services.hubs.merge(away, keep)
    finally:
        services.close()
    hq.run("sync")
    for laptop in (first, second):
        laptop.run("sync")
    for laptop in (first, second, hq):
        services = laptop.services()
        try:
            names = [entry.name for entry in services.hubs.entries()]
            assert names.count("Хаб Дніпро") == 1 and "Хаб у Дніпрі" not in names, laptop
            directory = services.hubs.directory()
            assert directory.hub_of("Хаб у Дніпрі") == directory.hub_of("Хаб Дніпро") == keep
        finally:
            services.close()
    services = hq.services()
    try:
        (line,) = [h for h in services.hub_overview.overview() if h.name == "Хаб Дніпро"]
        assert len(line.laptops) == 2  # both laptops under the one hub
    finally:
        services.close()
