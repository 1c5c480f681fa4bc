"""Build documents for one reader: fill, render, write each file atomically."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from worksheets.catalog import DocumentSpec
from worksheets.models import Personal
from worksheets.naming import slugify
from worksheets.output import prepare_out_dir, write_atomic
from worksheets.session import Session
from worksheets.templating import STYLESHEET, stylesheet_folder


@dataclass(frozen=True)
class Built:
    """One written file."""

    doc: DocumentSpec
    path: Path
    pages: int | None
    warnings: tuple[str, ...] = ()


def client_folder(out: Path, client: str | None) -> Path:
    """Return where a client's copies go: ``OUT/<client-slug>/`` (or OUT itself)."""
    return out / slugify(client, fallback="client") if client else out


def build_documents(
    session: Session,
    doc_ids: list[str],
    personal: Personal,
    out: Path,
    fmt: str = "pdf",
    on_done: Callable[[Built], None] | None = None,
    booklet: str | None = None,
) -> list[Built]:
    """Build the documents named (all for none) into ``out`` and return what was written.

    With ``booklet`` (a sheet: "a4" or "letter"), each A5 document is written as
    ``<id>-booklet.pdf``: its pages imposed two-up in saddle-stitch order.
    """
    docs = session.select(doc_ids)
    prepare_out_dir(out)
    out = prepare_out_dir(client_folder(out, personal.client))
    if fmt == "html":
        # The preview HTML links the stylesheet by a relative name: put it beside.
        write_atomic(out / STYLESHEET, (stylesheet_folder(session.search_path) / STYLESHEET).read_bytes())
    results = []
    for doc in docs:
        if fmt == "html":
            path = out / f"{doc.id}.html"
            write_atomic(path, session.html(doc, personal).encode("utf-8"))
            built = Built(doc, path, None)
        elif booklet:
            from worksheets.booklet import booklet_pdf

            path = out / f"{doc.id}-booklet.pdf"
            data, sheets = booklet_pdf(session, doc, personal, booklet)
            write_atomic(path, data)
            built = Built(doc, path, sheets)
        else:
            path = out / f"{doc.id}.pdf"
            rendered = session.render(doc, personal)
            if session.page.paper.name == "a5":
                from worksheets.booklet import folded

                rendered = folded(session, doc, personal, rendered)
            write_atomic(path, rendered.data)
            built = Built(doc, path, rendered.pages, rendered.warnings)
        results.append(built)
        if on_done:
            on_done(built)
    return results
