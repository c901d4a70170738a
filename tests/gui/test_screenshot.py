"""`mandrivna --screenshot` draws the window offscreen."""

from mandrivna.cli import main


def test_screenshot_draws_a_1366x768_png(tmp_path):
    from PySide6.QtGui import QImage

    target = tmp_path / "main.png"
    assert (
        main(["--data-dir", str(tmp_path / "d"), "--screenshot", str(target), "--page", "settings"])
        == 0
    )
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1366, 768)
