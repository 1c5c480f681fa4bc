"""Check every input without rendering PDFs: the ``validate`` command."""

from __future__ import annotations

from pathlib import Path

from worksheets.catalog import list_documents
from worksheets.content import load_library
from worksheets.errors import InputErrors, WorksheetsError
from worksheets.templating import (
    PAPERS,
    default_font_faces,
    make_environment,
    render_html,
    template_search_path,
)


def validate_inputs(content_dirs: list[Path], templates_dirs: list[Path]) -> list[str]:
    """Return every problem found in the content and templates (empty when all is well)."""
    try:
        library = load_library(content_dirs)
    except InputErrors as exc:
        return exc.problems
    env = make_environment(template_search_path(templates_dirs))
    problems = []
    for doc in list_documents(library).values():
        try:
            render_html(env, doc, library, PAPERS["letter"], default_font_faces())
        except WorksheetsError as exc:
            problems.append(f"{exc.message} (while filling {doc.id})")
    return problems
