"""Readers and the catalogue across two laptops and a real server: a reader registered on one is
found on the other however her name is typed, by her phone, and as a possible duplicate; a book
catalogued on the other is found on the first by its copy's barcode."""

from __future__ import annotations


def test_a_reader_and_a_book_are_found_on_the_other_laptop(laptops):
    a, b = laptops
    services = a.services()
    marianna, _ = services.readers.register(
        "Гнатюк",
        "Марʼяна",
        consent=True,
        patronymic="Олегівна",
        birth_year=1987,
        phone="+38 (067) 123-45-67",
        categories=["idp"],
    )
    services.close()
    a.run("sync")

    # the reader, her registration's visit, a's profile and hub name
    assert "отримано: 4" in b.run("sync").stdout
    services = b.services()
    readers = services.readers
    for typed in ("Gnatyuk", "Hnatiuk Mar", "гнатюк мар'яна", "0671234567", "1234567"):
        assert [r.id for r in readers.search(typed)] == [marianna], typed
    # registering her again on this laptop: the duplicate check finds her, however the apostrophe
    duplicates = readers.duplicates("Гнатюк", "Мар'яна", 1987, None)
    assert [r.id for r in duplicates] == [marianna]
    assert [r.id for r in readers.duplicates("Інша", "Особа", None, "067 123 45 67")] == [marianna]
    catalogue = services.catalogue
    record, _ = catalogue.add_record(
        "Тигролови", authors=["Багряний, Іван"], isbn="978-966-03-4521-8", year=2019
    )
    (copy_id,), _ = catalogue.add_copies(record, 1, hub="Хаб Харків")
    barcode = catalogue.copies_of(record)[0].barcode
    services.close()
    b.run("sync")

    assert "отримано: 4" in a.run("sync").stdout  # with b's profile and hub name
    services = a.services()
    catalogue = services.catalogue
    scanned = catalogue.copy_by_barcode(barcode.lower().replace("-", " "))
    assert scanned is not None and (scanned.id, scanned.record_id) == (copy_id, record)
    hits = catalogue.search(barcode)
    assert [(h.record.id, h.copies, h.hubs) for h in hits] == [(record, 1, ["Хаб Харків"])]
    assert [h.record.id for h in catalogue.search("Bahrianyi tyhrol")] == [record]
    services.close()
