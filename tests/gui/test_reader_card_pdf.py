"""Reader cards printed to PDF: rendered at 300 dpi, every card's barcode is decoded by ZXing from
the picture and equals its card number; the bars are wide enough and have their quiet zones;
Ukrainian names come out as real text."""

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mandrivna.ui.printing.code128_drawing import MIN_MODULE_MM, QUIET_ZONE_MODULES
from mandrivna.ui.printing.reader_card_pdf import (
    CARD_HEIGHT_MM,
    CARD_WIDTH_MM,
    CardData,
    module_width_mm,
    write_reader_cards,
)
from tests.support.pdf_pages import decode_code128, pdf_text, render_pages

LIBRARY = "Луганська обласна універсальна наукова бібліотека"
DPI = 300
LONG_NAME = "Костянтинопольська-Задунайська Олександра-Марія Вікторівна"


def px(mm: float) -> float:
    return mm * DPI / 25.4


def cards(count: int) -> list[CardData]:
    made = [
        CardData("Шевченко Ганна Іванівна", f"7K2MQ-{n:04d}", "Хаб Дніпро")
        for n in range(1, count + 1)
    ]
    if count > 1:
        made[1] = CardData(LONG_NAME, "7K2MQ-0002", "Гуманітарний хаб «Незламні», м. Кропивницький")
    return made


def dark_runs(image: QImage, y: int, x_from: int, x_to: int) -> list[tuple[int, int]]:
    """(start, length) of dark pixel runs along one row."""
    runs, start = [], None
    for x in range(x_from, x_to + 1):
        dark = x < x_to and image.pixelColor(x, y).lightness() < 128
        if dark and start is None:
            start = x
        elif not dark and start is not None:
            runs.append((start, x - start))
            start = None
    return runs


def test_a4_sheets_of_ten_cards_scan_back_to_their_numbers(qapp, tmp_path: Path) -> None:
    printed = cards(12)
    pdf = tmp_path / "cards.pdf"
    write_reader_cards(pdf, printed, LIBRARY)
    pages = render_pages(pdf, DPI)
    assert len(pages) == 2  # ten cards on the first sheet, two on the second
    first, second = decode_code128(pages[0]), decode_code128(pages[1])
    assert sorted(first) == [c.card_number for c in printed[:10]]
    assert sorted(second) == [c.card_number for c in printed[10:]]
    text = pdf_text(pdf)
    assert "Шевченко Ганна Іванівна" in text and "7K2MQ-0012" in text
    assert "Костянтинопольська-Задунайська" in text and "Вікторівна" in text  # wrapped, not lost
    assert "Хаб Дніпро" in text and LIBRARY in text


def test_bars_are_wide_enough_with_quiet_zones_on_the_printed_card(qapp, tmp_path: Path) -> None:
    pdf = tmp_path / "one.pdf"
    write_reader_cards(pdf, cards(1), LIBRARY, layout="card")
    (page,) = render_pages(pdf, DPI)
    image = QImage(str(page))
    assert image.width() == pytest.approx(px(CARD_WIDTH_MM), abs=3)  # PDF sizes are whole points
    assert image.height() == pytest.approx(px(CARD_HEIGHT_MM), abs=3)
    row = round(px(31.6 + 5))  # through the middle of the bars
    runs = dark_runs(image, row, 0, image.width())
    bars_left, bars_right = runs[0][0], runs[-1][0] + runs[-1][1]
    narrowest = min(length for _start, length in runs)
    module_px = px(module_width_mm("7K2MQ-0001", CARD_WIDTH_MM - 8))
    assert narrowest >= px(MIN_MODULE_MM)
    assert narrowest == pytest.approx(module_px, abs=1)
    assert bars_left >= QUIET_ZONE_MODULES * module_px  # nothing dark before the bars
    assert image.width() - bars_right >= QUIET_ZONE_MODULES * module_px
    assert decode_code128(page) == ["7K2MQ-0001"]


def test_every_card_number_the_app_issues_fits_a_card() -> None:
    assert module_width_mm("ZZZZZ-99999", CARD_WIDTH_MM - 8) >= MIN_MODULE_MM
    assert module_width_mm("7K2MQ-B00042", CARD_WIDTH_MM - 8) >= MIN_MODULE_MM


def test_no_cards_or_an_unwritable_file_is_refused(qapp, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_reader_cards(tmp_path / "none.pdf", [], LIBRARY)
    with pytest.raises(OSError):
        write_reader_cards(tmp_path / "missing" / "folder" / "x.pdf", cards(1), LIBRARY)


def test_the_readers_page_prints_a_card_that_scans(qtbot, services, tmp_path: Path) -> None:
    from mandrivna.ui.pages.readers_page import ReadersPage
    from mandrivna.ui.task_runner import ImmediateRunner

    services.device.save("Хаб Дніпро", "Олена")
    reader_id, _ = services.readers.register("Шевченко", "Ганна", consent=True)
    reader = services.readers.get(reader_id)
    page = ReadersPage(services.readers, ImmediateRunner(), LIBRARY)
    qtbot.addWidget(page)
    pdf = tmp_path / "card.pdf"
    page.write_card(reader, pdf)
    assert str(pdf) in page.message.text()
    assert decode_code128(render_pages(pdf, DPI)[0]) == [reader.card_number]
