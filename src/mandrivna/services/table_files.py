"""Tables in files: CSV (UTF-8 with or without BOM, or cp1251; ``;``, ``,`` or tab between
cells, both detected) and XLSX (openpyxl, first sheet). The first row names the columns.

Written CSV is UTF-8 with a BOM and ``;`` between cells, which Excel set to Ukrainian opens as it
is; written files appear whole or not at all (written aside, then moved into place).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.table_cells import header_key, header_map
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.core.text_encoding import SAMPLE_BYTES, detect_encoding

CSV = "csv"
XLSX = "xlsx"
DELIMITERS = ";,\t"
EXPORT_DELIMITER = ";"


def table_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return CSV
    if suffix == ".xlsx":
        return XLSX
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Choose a .csv or .xlsx file, not {file}."), file=path.name
    )


def _unreadable(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read: {reason}."),
        file=str(path),
        reason=reason,
    )


@dataclass(frozen=True)
class TableFile:
    """A table file as opened: how its text is encoded and split, and how many rows it has."""

    path: Path
    kind: str
    encoding: str | None = None  # CSV only: the one used
    detected_encoding: str | None = None  # CSV only: the one its text reads best in
    delimiter: str | None = None  # CSV only
    total: int | None = None  # data rows (lines for CSV), when known


def _read_sample(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(SAMPLE_BYTES)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or exc.__class__.__name__) from exc


def _delimiter(text: str) -> str:
    lines = text.splitlines()[:50]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = lines[0] if lines else ""
        return max(DELIMITERS, key=first.count)


def _not_xlsx(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "The file {file} is not an XLSX workbook."), file=str(path)
    )


def open_table(path: Path, encoding: str | None = None) -> TableFile:
    """Look at a table file: its kind, and for CSV its encoding (``encoding`` overrides what is
    detected) and delimiter."""
    kind = table_kind(path)
    sample = _read_sample(path)
    if kind == XLSX:
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
            raise _not_xlsx(path) from exc
        try:
            rows = book.worksheets[0].max_row if book.worksheets else None
        finally:
            book.close()
        return TableFile(path, kind, total=rows - 1 if rows else None)
    detected = detect_encoding(sample).encoding
    used = encoding or detected
    text = sample.decode(used, errors="replace").lstrip("\ufeff")
    with open(path, "rb") as handle:
        lines = sum(block.count(b"\n") for block in iter(lambda: handle.read(SAMPLE_BYTES), b""))
    if not text.endswith("\n"):
        lines += 1
    return TableFile(path, kind, used, detected, _delimiter(text), max(lines - 1, 0))


def _csv_rows(table: TableFile) -> Generator[tuple[int, list[Any]]]:
    assert table.encoding is not None and table.delimiter is not None
    encoding = table.encoding
    with open(table.path, encoding=encoding, errors="replace", newline="") as handle:
        if encoding == "utf-8" and handle.read(1) != "\ufeff":
            handle.seek(0)
        reader = csv.reader(handle, delimiter=table.delimiter)
        line = 1
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1


def _xlsx_rows(table: TableFile) -> Generator[tuple[int, list[Any]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(table.path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise _not_xlsx(table.path) from exc
    try:
        sheet = book.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(cells)
    finally:
        book.close()


@dataclass
class Header:
    """The columns found: position → field name, and the names not understood."""

    columns: dict[int, str]
    unknown: list[str]


def read_table(
    table: TableFile, aliases: Mapping[str, str], required: Sequence[str]
) -> tuple[Header, Iterator[tuple[int, dict[str, Any]]]]:
    """The header, and the data rows as (line, column → cell); blank rows are skipped.
    Raises ValidationError if a required column is missing."""
    rows = _xlsx_rows(table) if table.kind == XLSX else _csv_rows(table)
    first = next(rows, None)
    if first is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is empty."), file=str(table.path)
        )
    _, names = first
    columns = header_map(names, aliases)
    missing = [name for name in required if name not in columns.values()]
    if missing:
        rows.close()
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file has no column {column}. The first row must name the columns "
                "as in the template.",
            ),
            column=missing[0],
        )
    unknown = [
        str(name)
        for position, name in enumerate(names)
        if position not in columns and header_key(name)
    ]

    def data() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, cells in rows:
            if not any(str(c).strip() for c in cells if c is not None):
                continue
            yield (
                number,
                {
                    column: cells[position]
                    for position, column in columns.items()
                    if position < len(cells)
                },
            )

    return Header(columns, unknown), data()


def _write_aside(path: Path, write: Callable[[Path], None]) -> None:
    """Write into a temporary file next to ``path``, then move it into place."""
    path = Path(path)
    folder = path.parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _csv_cell(value: Any) -> Any:
    return "" if value is None else value


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a header and rows as CSV or XLSX (by the file's suffix); returns the row count."""
    kind = table_kind(path)
    count = 0

    def write_csv(target: Path) -> None:
        nonlocal count
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=EXPORT_DELIMITER)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
                count += 1

    def write_xlsx(target: Path) -> None:
        nonlocal count
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        book = Workbook(write_only=True)
        sheet = book.create_sheet(path.stem[:31] or "data")
        sheet.append(list(columns))
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text that looks like a formula stays text
                cells.append(cell)
            sheet.append(cells)
            count += 1
        buffer = io.BytesIO()
        book.save(buffer)
        target.write_bytes(buffer.getvalue())

    try:
        _write_aside(path, write_xlsx if kind == XLSX else write_csv)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be written: {reason}."),
            file=str(path),
            reason=exc.strerror or exc.__class__.__name__,
        ) from exc
    return count
