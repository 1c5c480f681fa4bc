"""Build documents: load inputs, fill templates, render, write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from worksheets.brand import greyscale_logo, resolve_brand
from worksheets.catalog import DocumentSpec, list_documents, select_documents
from worksheets.content import load_library
from worksheets.naming import slugify
from worksheets.output import prepare_out_dir, write_atomic
from worksheets.templating import (
    PAPERS,
    STYLESHEET,
    Look,
    Personal,
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
    return {"name": personal.client, "date": personal.date.isoformat()}


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
    base_dir = stylesheet_folder(search_path)
    writer = None
    if options.fmt == "html":
        # The preview HTML links the stylesheet by a relative name: put it beside.
        write_atomic(out / STYLESHEET, (base_dir / STYLESHEET).read_bytes())
    else:
        writer = PdfWriter(base_dir, [*search_path, *brand.asset_files], look)
    results = []
    for doc in docs:
        html = render_html(env, doc, library, look, personal)
        if writer is None:
            path = out / f"{doc.id}.html"
            write_atomic(path, html.encode("utf-8"))
            built = Built(doc, path, None)
        else:
            path = out / f"{doc.id}.pdf"
            pages, warnings = writer.write(html, path, field_values(doc, personal))
            built = Built(doc, path, pages, warnings)
        results.append(built)
        if on_done:
            on_done(built)
    return results


class PdfWriter:
    """Lay out, write, fill and check PDFs with one WeasyPrint setup."""

    def __init__(self, base_dir: Path, allowed: list[Path], look: Look):
        from worksheets.pdf import Renderer  # imports WeasyPrint: only when rendering

        self.renderer = Renderer()
        self.base_dir, self.allowed, self.look = base_dir, allowed, look
        logo = look.brand.logo
        self.replacements = {logo: greyscale_logo(logo)} if look.grayscale and logo else {}

    def write(self, html: str, path: Path, fields: dict[str, str]) -> tuple[int, tuple[str, ...]]:
        """Write one PDF atomically; return its page count and layout warnings."""
        from worksheets.forms import fill_fields
        from worksheets.pdf import layout_problems

        document = self.renderer.layout(html, self.base_dir, self.allowed, self.replacements)
        data = fill_fields(self.renderer.write(document, forms=self.look.fillable), fields)
        write_atomic(path, data)
        return len(document.pages), tuple(layout_problems(document))
