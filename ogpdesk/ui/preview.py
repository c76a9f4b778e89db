"""The first page of a document as a picture, for the export dialog.

The document is built and written to a temporary PDF exactly as an export would write it,
then pdfium (``pypdfium2``: PySide6-Essentials has no QtPdf) draws its first page. This runs
on a worker thread; a ``QImage`` may be made off the UI thread, a ``QPixmap`` may not.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy.orm import Session

from ogpdesk.core.errors import OgpdeskError
from ogpdesk.documents import export
from ogpdesk.documents.export import ExportRequest

# pdfium keeps global state and is not safe to call from two threads at once.
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class Preview:
    """Page 1 of a document and its page count, or why there is none."""

    image: QImage | None
    pages: int
    problem: OgpdeskError | None = None


def first_page(pdf: Path, width: int) -> tuple[QImage, int]:
    """Page 1 of ``pdf`` drawn ``width`` pixels wide, and the number of pages."""
    # Imported on the first preview, not when the window starts.
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(str(pdf))
        try:
            page = document[0]
            bitmap = page.render(scale=width / page.get_width(), rev_byteorder=True)
            # rev_byteorder gives RGB bytes; copy() so the image outlives pdfium's buffer.
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()
            return image, len(document)
        finally:
            document.close()


def render_preview(session: Session, request: ExportRequest, width: int) -> Preview:
    """Build the document of ``request`` and draw its first page as a PDF would print it.

    A document that cannot be made (no review yet for a progress matrix, say) is not an
    error of the preview: its reason is returned, to be shown in place of the page.
    """
    try:
        document = export.build(session, request)
        with tempfile.TemporaryDirectory(prefix="ogpdesk-preview-") as folder:
            pdf = export.render(document, Path(folder) / "preview.pdf")
            image, pages = first_page(pdf, width)
    except OgpdeskError as exc:
        return Preview(None, 0, exc)
    return Preview(image, pages)
