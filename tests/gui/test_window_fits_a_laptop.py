"""The window fits a 1366×768 laptop screen with a year of real data in it, not only when empty:
long titles (a course of the plan, a book, a hub) wrap or scroll, never widen the window."""

import datetime as dt

from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.course_service import CourseService
from mandrivna.services.reader_service import ReaderService
from mandrivna.ui.look import apply_look
from mandrivna.ui.main_window import WINDOW_SIZE, MainWindow
from mandrivna.ui.task_runner import ImmediateRunner

LONG_COURSE = (
    "Інтенсив з цифрової грамотності для користувачів 55+ (осінь 2026), група вихідного дня"
)
LONG_BOOK = (
    "Подорож ученого доктора Леонардо і його майбутньої коханки прекрасної Альчести "
    "у Слобожанську Швейцарію"
)


def test_long_titles_do_not_widen_the_window_past_a_laptop_screen(qtbot, qapp, services, ukrainian):
    apply_look(qapp)
    services.device.save("Хаб «Я — Луганщина» у Кропивницькому, мобільний пункт", "Олександра")
    courses = CourseService(services.db, dt.date(2026, 9, 1))
    course_id, _ = courses.create_course(LONG_COURSE, 8)
    for week in range(10):
        starts = dt.datetime(2026, 9, 7, 11) + dt.timedelta(days=7 * week)
        courses.add_session(course_id, starts, starts + dt.timedelta(minutes=90))
    reader_id, _ = ReaderService(services.db).register(
        "Костянтинопольська-Вишневецька", "Олександра", True, patronymic="Володимирівна"
    )
    courses.enroll(course_id, reader_id)
    CatalogueService(services.db).add_record(LONG_BOOK, authors=["Йогансен, Майк"])
    window = MainWindow(services, ImmediateRunner(), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    try:
        for page in window.page_names:
            window.show_page(page)
            qtbot.wait(10)
            assert window.minimumSizeHint().width() <= WINDOW_SIZE.width(), page
            assert window.width() == WINDOW_SIZE.width(), page
    finally:
        qapp.setStyleSheet("")
