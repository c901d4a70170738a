"""The import dialog: a file is read in the background, what was detected is shown and can be
changed, problems are listed by line and block the import, and a good file goes in from the
keyboard, handing back what changed."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mandrivna.services.import_report import problem_text
from mandrivna.ui import export_dialogs
from mandrivna.ui.import_dialog import ImportDialog, open_import_dialog
from mandrivna.ui.pages.readers_page import ReadersPage
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner
from tests.support.marc_files import unimarc_general, write_iso

GOOD = (
    "title;authors;year;isbn;copies;barcodes\n"
    "Кобзар;Шевченко, Тарас;1840;;2;INV-1\n"
    "Захар Беркут;Франко, Іван;1883;;1;\n"
)
BAD = "title;year\nКобзар;1840\n;1900\nТигролови;не рік\n"


@pytest.fixture
def ready(services):
    services.device.save("Хаб Дніпро", "Олена")
    return services


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_problems_are_listed_and_block_the_import(qtbot, ready, runner, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    dialog = ImportDialog(ready, runner, "catalogue")
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.table.rowCount() == 3
    report = dialog.report
    assert [(p.number, p.warning) for p in report.problems] == [(3, False), (4, True)]
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown == [problem_text(p, "line", QCoreApplication.translate) for p in report.problems]
    assert "3" in shown[0]
    assert not dialog.import_button.isEnabled()
    assert dialog.table.item(1, 2).foreground().color().name() == "#b00020"  # the row in error
    assert dialog.table.item(0, 2).foreground().color().name() != "#b00020"
    assert ready.catalogue.counts() == (0, 0)


def test_a_good_file_imports_from_the_keyboard(qtbot, ready, runner, tmp_path):
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD.encode("cp1251"))
    dialog = ImportDialog(ready, runner, "catalogue")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert "Windows-1251" in dialog.detected.text()
    assert dialog.encoding.itemText(0).endswith("(Windows-1251)")
    assert dialog.table.item(0, 2).text() == "Кобзар"
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Import is the default button
    assert blocker.args[0].entities["bib_record"]
    assert dialog.changed is blocker.args[0]
    assert ready.catalogue.counts() == (2, 3)
    assert not dialog.import_button.isEnabled()  # imported once; choose again to re-import


def test_flavour_and_encoding_can_be_overridden(qtbot, ready, tmp_path):
    fields = [
        ("001", "UA-1"),
        ("100", "  ", [("a", unimarc_general("50  "))]),  # declares UTF-8
        ("200", "1 ", [("a", "Їжак і ґава")]),
        ("995", "  ", [("f", "B-1")]),
    ]
    path = write_iso(tmp_path / "lying.mrc", [fields], "cp1251")
    dialog = ImportDialog(ready, ImmediateRunner(), "catalogue")
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.table.item(0, 2).text() == "Їжак і ґава"
    assert dialog.flavour.isVisibleTo(dialog) and dialog.encoding.isVisibleTo(dialog)
    assert "UNIMARC" in dialog.flavour.itemText(0)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    dialog.encoding.activated.emit(dialog.encoding.currentIndex())
    assert dialog.table.item(0, 2).text() != "Їжак і ґава"  # read as the file declares: garbled
    assert dialog.report.warnings  # ...and said so


def test_readers_import_through_open_import_dialog(qtbot, ready, tmp_path, monkeypatch):
    path = tmp_path / "readers.csv"
    path.write_text("прізвище,ім'я,згода\nКоваленко,Марʼяна,так\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def drive(dialog: ImportDialog) -> None:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert not dialog.flavour.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    monkeypatch.setattr(ImportDialog, "exec", lambda self: drive(self))
    changed = open_import_dialog(None, ready, ImmediateRunner(), "readers")
    assert changed is not None and changed.entities["reader"]
    assert ready.readers.search("Коваленко")[0].given_name == "Марʼяна"


def test_export_of_readers_asks_first_and_says_where(qtbot, ready, tmp_path, monkeypatch):
    ready.readers.register("Коваленко", "Марʼяна", consent=True)
    target = tmp_path / "out" / "readers"
    target.parent.mkdir()
    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), a[3]))
    page = ReadersPage(ready.readers, ImmediateRunner(), services=ready)
    qtbot.addWidget(page)
    export_dialogs.export_with_dialog(page, ready, "readers")
    assert asked and not list(target.parent.iterdir())  # declined: nothing written
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    export_dialogs.export_with_dialog(page, ready, "readers")
    written = Path(str(target) + ".xlsx")
    assert written.exists()
    assert str(written.resolve()) in told[0]


def test_the_encoding_box_grows_to_the_detected_encoding(qtbot, ready, tmp_path, ukrainian):
    fields = [("001", "UA-1"), ("200", "1 ", [("a", "Їжак і ґава")]), ("995", "  ", [("f", "B-1")])]
    path = write_iso(tmp_path / "cp1251.mrc", [fields], "cp1251")
    dialog = ImportDialog(ready, ImmediateRunner(), "catalogue")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.wait(10)
    text = dialog.encoding.itemText(0)
    assert "Windows-1251" in text
    room = dialog.encoding.width() - dialog.encoding.fontMetrics().horizontalAdvance(text)
    assert room > 20  # the whole «Автоматично (Windows-1251)» shows, with the arrow beside it
