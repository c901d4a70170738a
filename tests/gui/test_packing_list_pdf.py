"""The packing list PDF: the parcel's facts on the first page, every line once, the table heading
and "page N of M" on every page, totals and both signature lines at the end; a long parcel runs
over several pages."""

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.parcel_service import ParcelService
from mandrivna.ui.dates import day_text
from mandrivna.ui.printing.packing_list_pdf import write_packing_list
from tests.support.pdf_pages import pdf_text, render_pages

LIBRARY = "Луганська обласна універсальна наукова бібліотека"


def tr(text: str) -> str:
    return QCoreApplication.translate("PackingListPdf", text)


@pytest.fixture
def parcels(db):
    return ParcelService(db, today=dt.date(2026, 11, 25))


def make_parcel(db, parcels: ParcelService, titles: int) -> str:
    catalogue = CatalogueService(db, today=dt.date(2026, 11, 25))
    pid, _ = parcels.form("Хаб «Незламні», Кропивницький")
    for n in range(1, titles + 1):
        long = " — збірка спогадів про Луганщину, її людей і бібліотеки" if n % 4 == 0 else ""
        record, _ = catalogue.add_record(
            f"Ґречність і гідність, том {n}{long}",
            authors=["Жадан, Сергій", "Забужко, Оксана"] if n % 3 == 0 else ["Багряний, Іван"],
            isbn="9780306406157" if n % 5 == 0 else None,
        )
        if n % 2:
            catalogue.add_copies(record, barcode=f"UBI-{n:04d}")
            parcels.add_copy(pid, f"UBI-{n:04d}")
        else:
            parcels.add_title(pid, record, n)
    return pid


def test_a_long_parcel_runs_over_pages_with_heading_footer_and_signatures(
    qapp, db, parcels, tmp_path: Path
) -> None:
    pid = make_parcel(db, parcels, 70)
    parcels.send(pid, "2045 0012 3456 78")
    detail = parcels.detail(pid)
    pdf = tmp_path / "packing.pdf"
    write_packing_list(pdf, detail, LIBRARY)
    pages = render_pages(pdf, 100)
    assert len(pages) >= 3
    assert all(
        (QImage(str(p)).width(), QImage(str(p)).height()) == (827, 1170) for p in pages
    )  # A4
    first = pdf_text(pdf, 1)
    assert LIBRARY in first and "Хаб «Незламні», Кропивницький" in first
    sent = day_text(detail.parcel.sent_on)  # in the app's language (28.11.2026 in Ukrainian)
    assert "2045 0012 3456 78" in first and sent in first
    number = detail.parcel.id.replace("-", "")[:8].upper()
    assert f"{number[:4]}-{number[4:]}" in first
    for page in range(1, len(pages) + 1):
        text = pdf_text(pdf, page)
        assert tr("Barcode / ISBN") in text
        footer = tr("Parcel No. %1 · page %2 of %3").split("%1")[1]
        footer = footer.replace("%2", str(page)).replace("%3", str(len(pages)))
        assert footer in text
    whole = pdf_text(pdf)
    for n in range(1, 71):
        assert len(re.findall(rf"том {n}\b", whole)) == 1, n
    assert "UBI-0069" in whole and "ISBN 978-0-306-40615-7" in whole
    assert detail.books == 35 + sum(range(2, 71, 2))
    last = pdf_text(pdf, len(pages))
    totals = tr("Total: %1 lines, %2 books.").replace("%1", "70").replace("%2", str(detail.books))
    assert totals in last
    assert tr("Handed over by:") in last and tr("Received by:") in last
    assert tr("Handed over by:") not in pdf_text(pdf, 1)


def test_a_short_parcel_is_one_page(qapp, db, parcels, tmp_path: Path) -> None:
    pid = make_parcel(db, parcels, 3)
    pdf = tmp_path / "short.pdf"
    write_packing_list(pdf, parcels.detail(pid), LIBRARY)
    assert len(render_pages(pdf, 50)) == 1
    text = pdf_text(pdf)
    assert tr("not sent yet") in text and tr("Received by:") in text
    assert text.index("том 1") < text.index("том 2") < text.index("том 3")
