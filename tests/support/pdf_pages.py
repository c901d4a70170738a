"""Reading PDFs the way a person or a scanner would: pages rendered to PNG and text taken out by
PDFium (``pypdfium2``), barcodes decoded from the picture by ZXing (``zxing-cpp``).

Both are wheels from the package index (the ``dev`` extra), so the tests need no system tool.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    """The page at ``dpi`` as a grey-scale picture; PDFium rounds each side up to a whole pixel
    (an A4 page at 100 dpi is 827×1170)."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
    data = bytes(bitmap.buffer)
    image = QImage(
        data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8
    )
    return image.copy()  # owns its pixels once ``data`` goes


def render_pages(pdf: Path, dpi: int = 300) -> list[Path]:
    """One PNG per page, in page order, beside the PDF (``name-1.png``, ``name-2.png``, …)."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for number, page in enumerate(document, start=1):
            target = pdf.with_name(f"{pdf.stem}-{number}.png")
            if not _page_image(page, dpi).save(str(target)):
                raise OSError(f"cannot write {target}")
            pages.append(target)
        return pages
    finally:
        document.close()


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """The text of the document, or of one page (counted from 1), pages separated by a form
    feed."""
    document = pdfium.PdfDocument(pdf)
    try:
        numbers = [page - 1] if page else range(len(document))
        texts = []
        for index in numbers:
            textpage = document[index].get_textpage()
            texts.append(textpage.get_text_bounded().replace("\r\n", "\n"))
        return "\f".join(texts)
    finally:
        document.close()


def decode_code128(png: Path) -> list[str]:
    """Every Code 128 barcode ZXing finds in the picture."""
    image = QImage(str(png))
    if image.isNull():
        raise OSError(f"cannot read {png}")
    found = zxingcpp.read_barcodes(
        image.convertToFormat(QImage.Format.Format_Grayscale8),
        formats=zxingcpp.BarcodeFormat.Code128,
        try_rotate=False,
    )
    return [barcode.text for barcode in found]
