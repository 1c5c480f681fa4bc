"""Make handouts in the browser: a picture of the pages, and the files to download."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from worksheets.build import build_documents
from worksheets.catalog import DocumentSpec
from worksheets.models import Personal
from worksheets.naming import slugify
from worksheets.session import Session
from worksheets.web.pictures import page_pictures


def preview(
    session: Session, doc: DocumentSpec, personal: Personal, width_px: int
) -> tuple[list[bytes], int]:
    """Render one document as it will print and return pictures of its pages and their number."""
    rendered = session.render(doc, personal)
    return page_pictures(rendered.data, width_px), rendered.pages


def download(session: Session, doc_ids: list[str], personal: Personal) -> tuple[str, str, bytes]:
    """Build the documents in a temporary folder, removed after; return (file name, type, bytes).

    One document is its PDF; several are a zip of PDFs.
    """
    with tempfile.TemporaryDirectory(prefix="worksheets-make-") as folder:
        built = build_documents(session, doc_ids, personal, Path(folder))
        if len(built) == 1:
            return built[0].path.name, "application/pdf", built[0].path.read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in built:
                archive.write(item.path, item.path.name)
    name = slugify(personal.client, fallback="client") if personal.client else "worksheets"
    return f"{name}-{session.lang}-{session.settings.paper}.zip", "application/zip", buffer.getvalue()
