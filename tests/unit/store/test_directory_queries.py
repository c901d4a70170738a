from mandrivna.core import hubs, redirects
from mandrivna.store.directory_queries import hub_directory, reader_redirects


def test_the_hub_directory_resolves_spellings_and_merges(db):
    with db.write() as writer:
        for hub_id, name in (("h1", "Хаб Дніпро"), ("h2", "Хаб у Дніпрі")):
            writer.upsert("hub", hub_id, {"name": name, "kind": "hub", "active": True})
            writer.upsert("hub_name", hubs.name_id(name), {"name": name, "hub_id": hub_id})
        writer.upsert("hub", "h2", {"merged_into": "h1"})  # the coordinator merged them
    with db.read() as conn:
        directory = hub_directory(conn)
    assert directory.hub_of("хаб у дніпрі") == "h1"
    assert directory.display("Хаб у Дніпрі") == "Хаб Дніпро"
    assert directory.display("Хаб  Невідомий") == "Хаб Невідомий"
    assert [h.id for h in directory.live()] == ["h1"]


def test_readers_merged_into_others(db):
    with db.write() as writer:
        for reader_id in ("a", "b", "c"):
            writer.upsert("reader", reader_id, {"surname": reader_id})
        writer.upsert("reader", "b", {"merged_into": "a"})
    with db.read() as conn:
        merged = reader_redirects(conn)
    assert merged == {"b": "a"}
    assert redirects.kept("b", merged) == "a" and redirects.kept("c", merged) == "c"
