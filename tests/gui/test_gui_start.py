"""Starting the GUI on a bad data folder: a plain message in a dialog, a non-zero exit, the file
left untouched; never a traceback."""

from PySide6.QtWidgets import QMessageBox

from mandrivna.store.database import DB_FILENAME
from mandrivna.ui.gui_main import run_gui


def test_a_damaged_database_is_explained_in_a_dialog(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"not a database" * 100)
    assert run_gui(data) == 2
    [(_title, text)] = shown
    assert "пошкоджена" in text and "Traceback" not in text
    assert (data / DB_FILENAME).read_bytes() == b"not a database" * 100
