"""Starts the GUI (or draws a screenshot offscreen): the Qt side of the app's wiring.

An encrypted data folder is opened with ``MANDRIVNA_PASSPHRASE`` when that is right, else with
the passphrase asked in a dialog until it is right (Cancel quits). A screenshot asks nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.app import Services, open_services
from mandrivna.core.errors import (
    DatabaseFileError,
    MandrivnaError,
    NoDisplayError,
    WrongPassphraseError,
)
from mandrivna.core.languages import resolve_language
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.resource_paths import app_icon
from mandrivna.services.folder_lock import (
    check_passphrase,
    is_locked,
    passphrase_from_environment,
)
from mandrivna.ui.log_file import setup_logging

if TYPE_CHECKING:
    from mandrivna.ui.main_window import MainWindow
    from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

log = logging.getLogger(__name__)


def ask_start_passphrase(error: str | None) -> str | None:
    """The passphrase dialog at start (``error``: why the last one did not open the data)."""
    from PySide6.QtCore import QCoreApplication

    from mandrivna.ui.passphrase_dialogs import ask_passphrase

    prompt = QCoreApplication.translate(
        "gui", "The data on this laptop is encrypted. Enter the passphrase."
    )
    return ask_passphrase(prompt, error)


def unlock_folder(data_dir: Path, ask: Callable[[str | None], str | None]) -> str | None:
    """The passphrase that opens the encrypted folder: ``MANDRIVNA_PASSPHRASE`` if it is right,
    else asked until right; None when the person cancels."""
    from mandrivna.ui.error_messages import user_text

    passphrase = passphrase_from_environment()
    error = None
    while True:
        if passphrase is None:
            passphrase = ask(error)
            if passphrase is None:
                return None
        try:
            check_passphrase(data_dir, passphrase)
            return passphrase
        except WrongPassphraseError as exc:
            error, passphrase = user_text(exc), None


def display_missing() -> bool:
    """True on Linux (or another X11/Wayland system) with no display and no Qt platform chosen,
    where Qt would abort with a message meant for programmers."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(data_dir: Path, screenshot: Path | None = None, page: str | None = None) -> int:
    if screenshot is not None and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if display_missing():
        raise NoDisplayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no display here: open Mandrivna on the laptop's desktop (the commands "
                "listed by mandrivna --help work without one).",
            )
        )
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from mandrivna.ui.error_messages import user_text
    from mandrivna.ui.look import apply_look
    from mandrivna.ui.opening_wait import OpeningWait
    from mandrivna.ui.page_op import PageOp
    from mandrivna.ui.task_runner import TaskRunner
    from mandrivna.ui.translator import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mandrivna")
    app.setWindowIcon(QIcon(str(app_icon())))
    # The look (an app-wide style sheet) is applied just before the first thing is shown:
    # see ``build_window``.
    language = resolve_language(None)
    install_translators(app, language)
    passphrase = None
    try:
        if screenshot is None and is_locked(data_dir):
            apply_look(app)
            passphrase = unlock_folder(data_dir, ask_start_passphrase)
            if passphrase is None:
                return 0
        # the whole file is checked once the window is drawn (at once after an unclean close)
        services: Services = OpeningWait().run(
            lambda on_step: open_services(data_dir, passphrase, defer_check=True, on_step=on_step)
        )
    except DatabaseFileError as exc:
        if screenshot is not None:
            raise
        apply_look(app)
        restored = _offer_restore(data_dir, user_text(exc), passphrase)
        if restored is None:
            return 2
        services = restored
    except MandrivnaError as exc:
        if screenshot is not None:
            raise
        apply_look(app)
        QMessageBox.critical(None, "Mandrivna", user_text(exc))  # type: ignore[arg-type]
        return 2
    setup_logging(data_dir)
    chosen = services.language()  # the laptop's own choice, once it can be read
    if chosen != language:
        install_translators(app, chosen)
    try:
        if screenshot is not None:
            return _screenshot(services, screenshot, page)
        if not services.is_set_up():
            from mandrivna.ui.first_run_dialog import FirstRunDialog

            apply_look(app)
            first_run = FirstRunDialog(services.device, encryption=services.encryption)
            if first_run.exec() != QDialog.DialogCode.Accepted:
                return 0
        runner = TaskRunner()
        window = build_window(services, runner)
        window.show()
        window.check_database()  # first on the runner: every write waits for it anyway
        window.finish_catch_up()  # the loans of a first sync stopped half-way, if any
        PageOp(window, services.status.status).done(window.warn_about_clock).run()
        PageOp(window, services.backups.daily_if_due).done(window.daily_backup_done).failed(
            window.backup_failed
        ).run()

        def excepthook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
            log.error("Unhandled error", exc_info=(kind, exc, tb))  # type: ignore[arg-type]
            QMessageBox.warning(window, "Mandrivna", user_text(exc))

        sys.excepthook = excepthook
        code = app.exec()
        runner.wait()
        return int(code)
    finally:
        services.close()


def build_window(
    services: Services, runner: TaskRunner | ImmediateRunner, auto_sync: bool = True
) -> MainWindow:
    """The main window, built before the app's look is applied and then styled: Qt styles a
    window built before its style sheet in one pass when it is shown, where one built under
    the style sheet is styled again and again as each widget is made and placed in its layout
    (issue #17: about 15 ms of a start's CPU at load 9, the picture identical)."""
    from PySide6.QtWidgets import QApplication

    from mandrivna.ui.look import apply_look
    from mandrivna.ui.main_window import MainWindow

    window = MainWindow(services, runner, auto_sync=auto_sync)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    return window


def _screenshot(services: Services, path: Path, page: str | None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from mandrivna.ui.look import apply_look
    from mandrivna.ui.task_runner import ImmediateRunner

    if page == "first-run":
        from mandrivna.ui.first_run_dialog import FirstRunDialog

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app)
        dialog = FirstRunDialog(services.device, encryption=services.encryption)
        dialog.show()
        QCoreApplication.processEvents()
        ok = dialog.grab().save(str(path))
    else:
        window = build_window(services, ImmediateRunner(), auto_sync=False)
        if page:
            window.show_page(page.split("-")[0])
        if page and page.startswith("review-"):
            window.review_page.show_tab(page.removeprefix("review-"))
        window.show()
        QCoreApplication.processEvents()
        ok = window.grab().save(str(path))
    if not ok:
        raise MandrivnaError(
            QT_TRANSLATE_NOOP("errors", "The picture could not be saved to {path}."), path=str(path)
        )
    return 0


def _offer_restore(data_dir: Path, problem: str, passphrase: str | None) -> Services | None:
    """The database is damaged: offer the newest good backup instead (after a power cut, a
    failing disk). Returns the services on the restored database, or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from mandrivna.services.backup_service import newest_good_backup, restore_data_folder
    from mandrivna.ui.dates import moment_text
    from mandrivna.ui.error_messages import user_text

    try:
        best = newest_good_backup(data_dir, passphrase)
    except MandrivnaError:
        best = None
    if best is None:
        QMessageBox.critical(None, "Mandrivna", problem)  # type: ignore[arg-type]
        return None
    question = QCoreApplication.translate(
        "gui",
        "{problem}\n\nThe newest good backup is from {when}: {readers} readers, {loans} books "
        "on loan. Restore it? Changes this laptop already sent to the sync server come back at "
        "the next sync. The damaged file is kept.",
    ).format(
        problem=problem,
        when=moment_text(best.taken_at),
        readers=best.readers,
        loans=best.open_loans,
    )
    answer = QMessageBox.question(None, "Mandrivna", question)  # type: ignore[arg-type]
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore_data_folder(data_dir, best.path, passphrase=passphrase)
        from mandrivna.ui.opening_wait import OpeningWait  # an older backup is updated here

        return OpeningWait().run(
            lambda on_step: open_services(data_dir, passphrase, on_step=on_step)
        )
    except MandrivnaError as exc:
        QMessageBox.critical(None, "Mandrivna", user_text(exc))  # type: ignore[arg-type]
        return None
