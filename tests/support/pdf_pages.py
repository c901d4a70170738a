"""Reading PDFs the way a person or a scanner would: pages rendered to PNG by poppler's
``pdftoppm``, text by ``pdftotext``, barcodes decoded from the picture by zbar's ``zbarimg``."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def render_pages(pdf: Path, dpi: int = 300) -> list[Path]:
    """One PNG per page, in page order."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(
        pdf.parent.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """The text of the document, or of one page (counted from 1)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return result.stdout


def require_zbarimg() -> str:
    """zbarimg's path; a local run without it skips, CI (which installs it) must have it."""
    path = shutil.which("zbarimg")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("zbarimg is missing on CI: .ci/run must install zbar-tools")
        pytest.skip("zbarimg is not installed here (apt-get install zbar-tools); CI has it")
    return path


def decode_code128(png: Path) -> list[str]:
    """Every Code 128 barcode zbar finds in the picture."""
    result = subprocess.run(
        [require_zbarimg(), "-q", "--raw", "-Sdisable", "-Scode128.enable", str(png)],
        capture_output=True,
        text=True,
    )
    return [line for line in result.stdout.splitlines() if line]
