"""Pictures of PDF pages for the browser: PNG bytes drawn by pdfium (Chrome's PDF engine)."""

from __future__ import annotations

import io
import threading

# pdfium is not thread-safe: one page is drawn at a time in a process.
_LOCK = threading.Lock()


def page_pictures(pdf: bytes, width_px: int, pages: int | None = None) -> list[bytes]:
    """Return PNG pictures of the first ``pages`` pages (all for None), ``width_px`` wide, forms drawn."""
    import pypdfium2 as pdfium

    pictures = []
    with _LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            document.init_forms()
            count = len(document) if pages is None else min(pages, len(document))
            for index in range(count):
                page = document[index]
                scale = width_px / page.get_width()
                bitmap = page.render(scale=scale, may_draw_forms=True)
                image = bitmap.to_pil()
                buffer = io.BytesIO()
                image.save(buffer, format="PNG", optimize=False, compress_level=3)
                pictures.append(buffer.getvalue())
                page.close()
        finally:
            document.close()
    return pictures
