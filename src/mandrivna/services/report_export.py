"""The report written to a file without Qt: ``.xlsx`` (the plan's indicator table in the user's
language, formatted for printing on A4 landscape, each indicator's counting rule as a cell
note) and ``.csv`` (UTF-8 with BOM, the rule as a column). The ``.pdf`` is drawn by the screens
(``ui.report_pdf``), which need Qt.

The column headings, period names and notes go through the translation catalogue (context
"report"), so the command line and the Reports page write the same file.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from mandrivna.core.errors import Translate, ValidationError
from mandrivna.core.report_periods import CUMULATIVE, Period
from mandrivna.core.report_rows import Report, ReportRow
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("report", "No."),
    QT_TRANSLATE_NOOP("report", "Indicator"),
    QT_TRANSLATE_NOOP("report", "Unit"),
    QT_TRANSLATE_NOOP("report", "Plan for the year"),
    QT_TRANSLATE_NOOP("report", "Expected by the period"),
    QT_TRANSLATE_NOOP("report", "Done"),
    QT_TRANSLATE_NOOP("report", "% of plan"),
    QT_TRANSLATE_NOOP("report", "% of expected"),
    QT_TRANSLATE_NOOP("report", "Same period last year"),
    QT_TRANSLATE_NOOP("report", "Counting rule"),
)
PEOPLE_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "People are counted once in the period: a person served at several hubs counts once for "
    "the library, so the hubs' figures for people need not add up to the library's.",
)
ENTERED_NOTE = QT_TRANSLATE_NOOP(
    "report", "* the figure entered for that year (no records of it are held)."
)
FORMATS = (".xlsx", ".csv", ".pdf")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period_label(period: Period, translate: Translate) -> str:
    """The period as the plan names it: "2024", "I квартал 2024", "I півріччя 2024",
    "березень 2024", or its first and last days."""
    year = period.start.year
    if period.whole_year is not None:
        return translate("report", "year {year}").format(year=year)
    quarters = period.quarters()
    if quarters and len(quarters) == 1:
        return translate("report", "quarter {q} of {year}").format(q=_ROMAN[quarters[0]], year=year)
    if quarters and quarters[0] == 1:
        return "{name} {year}".format(
            name=translate("periods", CUMULATIVE[quarters[-1]]), year=year
        )
    if (
        period.start.day == 1
        and (period.end + dt.timedelta(days=1)).day == 1
        and (period.start.month == period.end.month)
    ):
        return period.start.strftime("%m.%Y")
    return f"{period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}"


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def cells(row: ReportRow, translate: Translate) -> list[str | int | float | None]:
    """A row's cells, the columns of ``COLUMNS`` (numbers as numbers)."""
    ind = row.indicator
    last = row.last_year
    return [
        ind.number,
        translate("indicators", ind.name),
        translate("indicators", ind.unit),
        row.plan,
        None if row.expected is None else round(row.expected),
        row.done,
        None if row.percent is None else round(row.percent, 1),
        None if row.percent_expected is None else round(row.percent_expected, 1),
        f"{last}*" if last is not None and row.last_year_entered else last,
        translate("indicators", ind.rule),
    ]


def heading(report: Report, translate: Translate, hub_label: str | None = None) -> list[str]:
    """The lines above the table: the title, the period and hub, and what it is as of."""
    lines = [
        translate("report", "The plan and what was done"),
        translate("report", "Period: {period} ({start} – {end})").format(
            period=period_label(report.period, translate),
            start=f"{report.period.start:%d.%m.%Y}",
            end=f"{report.period.end:%d.%m.%Y}",
        ),
        translate("report", "Hub: {hub}").format(
            hub=report.hub_name or hub_label or translate("report", "all hubs")
        ),
    ]
    return lines


def as_of_lines(report: Report, translate: Translate) -> list[str]:
    """Each hub's newest data held, and the hubs not synced since the period ended."""
    out = []
    for sync in report.as_of:
        when = dt.datetime.fromtimestamp(sync.newest_ms / 1000).strftime("%d.%m.%Y %H:%M")
        out.append(translate("report", "{hub}: data as of {when}").format(hub=sync.hub, when=when))
    if report.late_hubs:
        out.append(
            translate(
                "report",
                "Not synced since the period ended (a late sync may change these figures): {hubs}",
            ).format(hubs=", ".join(report.late_hubs))
        )
    return out


def write(report: Report, path: Path, translate: Translate) -> Path:
    """Write ``.xlsx`` or ``.csv`` (the suffix decides)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv(report, path, translate)
    if suffix == ".xlsx":
        return write_xlsx(report, path, translate)
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "A report is written as {formats}."),
        formats=", ".join(FORMATS),
    )


def write_csv(report: Report, path: Path, translate: Translate) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        for line in heading(report, translate):
            writer.writerow([line])
        writer.writerow([translate("report", c) for c in COLUMNS])
        for row in report.rows:
            writer.writerow(["" if v is None else v for v in cells(row, translate)])
        writer.writerow([])
        for line in [translate("report", PEOPLE_NOTE), translate("report", ENTERED_NOTE)]:
            writer.writerow([line])
        for line in as_of_lines(report, translate):
            writer.writerow([line])
    return path


def write_xlsx(report: Report, path: Path, translate: Translate) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate("report", "Report")[:31]
    top = heading(report, translate)
    for i, line in enumerate(top, start=1):
        sheet.cell(i, 1, line).font = Font(bold=i == 1, size=14 if i == 1 else 11)
    head_row = len(top) + 2
    thin = Side(style="thin", color="888888")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    shown = COLUMNS[:-1]  # the rule is a note on the indicator's name
    for col, name in enumerate(shown, start=1):
        cell = sheet.cell(head_row, col, translate("report", name))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = border
    for r, row in enumerate(report.rows, start=head_row + 1):
        values = cells(row, translate)
        for col, value in enumerate(values[:-1], start=1):
            cell = sheet.cell(r, col, value)
            cell.border = border
            cell.alignment = Alignment(wrap_text=col == 2, vertical="top")
            if col in (7, 8) and value is not None:
                cell.number_format = "0.0"
        name = sheet.cell(r, 2)
        if row.indicator.parent is None:
            name.font = Font(bold=True)
        else:
            name.alignment = Alignment(wrap_text=True, vertical="top", indent=1)
        name.comment = Comment(str(values[-1]), "Mandrivna", width=320, height=160)
    foot = head_row + len(report.rows) + 2
    notes = [translate("report", PEOPLE_NOTE), translate("report", ENTERED_NOTE)]
    for i, line in enumerate(notes + as_of_lines(report, translate)):
        sheet.cell(foot + i, 1, line).font = Font(italic=True, size=9)
    for col, width in enumerate((7, 46, 12, 11, 13, 11, 9, 11, 14), start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.row_dimensions[head_row].height = 45
    sheet.freeze_panes = sheet.cell(head_row + 1, 3)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{head_row}:{head_row}"
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    book.save(path)
    return path
