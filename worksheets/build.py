"""Build documents: load content, fill templates, render, write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from worksheets.catalog import DocumentSpec, list_documents, select_documents
from worksheets.content import load_library
from worksheets.output import prepare_out_dir, write_atomic
from worksheets.resources import font_dir
from worksheets.templating import (
    PAPERS,
    STYLESHEET,
    default_font_faces,
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


@dataclass(frozen=True)
class Built:
    """One written file."""

    doc: DocumentSpec
    path: Path
    pages: int | None
    warnings: tuple[str, ...] = ()


def build_documents(
    doc_ids: list[str],
    everything: bool,
    options: BuildOptions,
    on_done: Callable[[Built], None] | None = None,
) -> list[Built]:
    """Build the requested documents into ``options.out`` and return what was written."""
    library = load_library(options.content_dirs)
    docs = select_documents(list_documents(library), doc_ids, everything)
    out = prepare_out_dir(options.out)
    search_path = template_search_path(options.templates_dirs)
    env = make_environment(search_path)
    faces = default_font_faces()
    paper = PAPERS[options.paper]
    renderer = None
    if options.fmt == "pdf":
        from worksheets.pdf import Renderer, layout_problems  # imports WeasyPrint: only when rendering

        renderer = Renderer()
    base_dir = stylesheet_folder(search_path)
    allowed = [*search_path, font_dir("fontpkg_atkinson_hyperlegible")]
    if renderer is None:
        # The preview HTML links the stylesheet by a relative name: put it beside.
        write_atomic(out / STYLESHEET, (base_dir / STYLESHEET).read_bytes())
    results = []
    for doc in docs:
        html = render_html(env, doc, library, paper, faces)
        if renderer is None:
            path = out / f"{doc.id}.html"
            write_atomic(path, html.encode("utf-8"))
            built = Built(doc, path, None)
        else:
            document = renderer.layout(html, base_dir, allowed)
            path = out / f"{doc.id}.pdf"
            write_atomic(path, renderer.write(document))
            built = Built(doc, path, len(document.pages), tuple(layout_problems(document)))
        results.append(built)
        if on_done:
            on_done(built)
    return results
