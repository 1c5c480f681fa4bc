"""Shared fixtures: every document is rendered for real, once per paper size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from worksheets.build import BuildOptions, Built, build_documents


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/*.html from the current output"
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session", params=["letter", "a4"])
def built_all(request, tmp_path_factory) -> dict[str, Built]:
    """Build every document once per paper size; return them by id."""
    out = tmp_path_factory.mktemp(f"built-{request.param}")
    results = build_documents([], True, BuildOptions(out=out, paper=request.param))
    return {b.doc.id: b for b in results}


def pdf_text(path: Path) -> str:
    """Return the text a reader gets from the PDF, with whitespace folded."""
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
