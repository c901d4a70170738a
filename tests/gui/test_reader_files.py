"""The files the Readers page saves for one reader: the save dialog offers a name in the home
folder (the card's number, or the reader's id when there is no card), a cancelled dialog saves
nothing, and a card that cannot be written is said as an error."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from mandrivna.core.reader import Reader
from mandrivna.ui.pages import reader_files


def test_the_save_dialog_offers_a_name_and_cancel_saves_nothing(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []

    def dialog(_parent, title, default, kinds):
        asked.append((Path(default).name, kinds))
        return (str(tmp_path / Path(default).name), kinds) if len(asked) < 3 else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    reader = Reader(id="0a1b2c3d-rest", card_number="LV-0042", surname="Шевчук")
    assert reader_files.ask_card_path(parent, reader) == tmp_path / "card-LV-0042.pdf"
    no_card = Reader(id="0a1b2c3d-rest", surname="Шевчук")
    assert reader_files.ask_export_path(parent, no_card) == tmp_path / "reader-0a1b2c3d.json"
    assert reader_files.ask_export_path(parent, reader) is None  # cancelled
    assert asked[0][1].endswith("(*.pdf)") and asked[1][1].endswith("(*.json)")
    assert asked[2][0] == "reader-LV-0042.json"


def test_a_card_that_cannot_be_written_is_an_error(qapp, tmp_path):
    reader = Reader(id="r1", card_number="LV-0042", surname="Шевчук", given_name="Олена")
    text, error = reader_files.write_card(reader, tmp_path / "no-folder" / "card.pdf", "ЛОУНБ")
    assert error and text
    card = tmp_path / "card.pdf"
    text, error = reader_files.write_card(reader, card, "ЛОУНБ")
    assert not error and str(card) in text and card.stat().st_size > 0
