"""Check every input without rendering PDFs: the ``validate`` command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from worksheets.brand import resolve_brand
from worksheets.catalog import list_documents
from worksheets.content import load_library
from worksheets.errors import InputErrors, WorksheetsError
from worksheets.packets import load_packet
from worksheets.roster import load_roster
from worksheets.templating import PAPERS, Look, Personal, make_environment, render_html, template_search_path


def validate_inputs(
    content_dirs: list[Path],
    templates_dirs: list[Path],
    brand_file: Path | None = None,
    roster: Path | None = None,
    packet: Path | None = None,
) -> list[str]:
    """Return every problem found in the inputs given (empty when all is well)."""
    problems: list[str] = []
    if roster is not None:
        try:
            problems += [f"{row.label}: {row.problem}" for row in load_roster(roster) if row.problem]
        except InputErrors as exc:
            problems += exc.problems
    try:
        brand = resolve_brand(brand_file)
    except InputErrors as exc:
        problems += exc.problems
        brand = resolve_brand(None)
    try:
        library = load_library(content_dirs)
    except InputErrors as exc:
        return problems + exc.problems
    if packet is not None:
        try:
            load_packet(packet, list_documents(library))
        except InputErrors as exc:
            problems += exc.problems
    env = make_environment(template_search_path(templates_dirs))
    look = Look(PAPERS["letter"], brand)
    personal = Personal(dt.date(2000, 1, 1), client="Client", clinician="Clinician", note="Note")
    for doc in list_documents(library).values():
        try:
            render_html(env, doc, library, look, personal)
        except WorksheetsError as exc:
            problems.append(f"{exc.message} (while filling {doc.id})")
    return problems
