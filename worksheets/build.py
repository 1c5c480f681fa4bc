"""Build documents: load inputs, fill templates, render, write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from worksheets.brand import resolve_brand
from worksheets.catalog import DocumentSpec, list_documents, select_documents
from worksheets.content import load_library
from worksheets.naming import slugify
from worksheets.output import prepare_out_dir, write_atomic
from worksheets.templating import (
    PAPERS,
    STYLESHEET,
    Look,
    Personal,
    long_date,
    make_environment,
    render_html,
    stylesheet_folder,
    template_search_path,
)


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line."""

    out: Path = Path("output")
    paper: str = "letter"
    fmt: str = "pdf"
    content_dirs: list[Path] = field(default_factory=list)
    templates_dirs: list[Path] = field(default_factory=list)
    brand: Path | None = None
    client: str | None = None
    clinician: str | None = None
    date: dt.date | None = None
    note: str | None = None
    flat: bool = False
    large_print: bool = False
    grayscale: bool = False

    def personal(self) -> Personal:
        return Personal(self.date or dt.date.today(), self.client, self.clinician, self.note)


@dataclass(frozen=True)
class Built:
    """One written file."""

    doc: DocumentSpec
    path: Path
    pages: int | None
    warnings: tuple[str, ...] = ()


def field_values(doc: DocumentSpec, personal: Personal) -> dict[str, str]:
    """Return the form fields to pre-fill for this reader."""
    if doc.kind != "worksheet" or not personal.client:
        return {}
    return {"name": personal.client, "date": long_date(personal.date)}


def client_folder(out: Path, client: str | None) -> Path:
    """Return where a client's copies go: ``OUT/<client-slug>/`` (or OUT itself)."""
    return out / slugify(client, fallback="client") if client else out


def build_documents(
    doc_ids: list[str],
    everything: bool,
    options: BuildOptions,
    on_done: Callable[[Built], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> list[Built]:
    """Build the requested documents and return what was written."""
    library = load_library(options.content_dirs)
    docs = select_documents(list_documents(library), doc_ids, everything)
    brand = resolve_brand(options.brand, options.grayscale)
    for notice in brand.notices:
        if on_notice:
            on_notice(notice)
    prepare_out_dir(options.out)
    out = prepare_out_dir(client_folder(options.out, options.client))
    search_path = template_search_path(options.templates_dirs)
    env = make_environment(search_path)
    look = Look(PAPERS[options.paper], brand, not options.flat, options.large_print, options.grayscale)
    personal = options.personal()
    writer = None
    if options.fmt == "html":
        # The preview HTML links the stylesheet by a relative name: put it beside.
        write_atomic(out / STYLESHEET, (stylesheet_folder(search_path) / STYLESHEET).read_bytes())
    else:
        from worksheets.render import DocumentRenderer

        writer = DocumentRenderer(search_path, look, library.language)
    results = []
    for doc in docs:
        html = render_html(env, doc, library, look, personal)
        if writer is None:
            path = out / f"{doc.id}.html"
            write_atomic(path, html.encode("utf-8"))
            built = Built(doc, path, None)
        else:
            path = out / f"{doc.id}.pdf"
            rendered = writer.render(html)
            write_atomic(path, personalise(writer, rendered.data, field_values(doc, personal)))
            built = Built(doc, path, rendered.pages, rendered.warnings)
        results.append(built)
        if on_done:
            on_done(built)
    return results


def personalise(writer, data: bytes, values: dict[str, str]) -> bytes:
    """Return the PDF with its name and date fields pre-filled (unchanged if none)."""
    if not any(values.values()):
        return data
    from worksheets.joining import open_pdf, save_pdf

    pdf = open_pdf(data)
    writer.personalise(pdf, values)
    return save_pdf(pdf)
