"""Shared fixtures: every document is rendered for real, once per paper size."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
from pypdf import PdfReader

from worksheets.build import Built, build_documents
from worksheets.content import Library, load_library
from worksheets.kinds import DEFAULT_KINDS
from worksheets.models import Personal, PrintSettings
from worksheets.session import Inputs, Session
from worksheets.web import create_app
from worksheets.web.config import WebConfig

DATE = dt.date(2026, 11, 28)


def build(
    doc_ids: list[str],
    out: Path,
    *,
    brand: Path | None = None,
    content_dirs: tuple[Path, ...] = (),
    templates_dirs: tuple[Path, ...] = (),
    date: dt.date = DATE,
    client: str | None = None,
    clinician: str | None = None,
    note: str | None = None,
    fmt: str = "pdf",
    **settings,
) -> list[Built]:
    """Build documents as the command line does, through a session."""
    if content_dirs or templates_dirs:
        session = Session(Inputs(content_dirs, templates_dirs, brand), PrintSettings(**settings))
    else:
        session = shared_session(brand, **settings)
    personal = Personal(date=date, client=client, clinician=clinician, note=note)
    return build_documents(session, doc_ids, personal, out, fmt)


def shared_session(brand: Path | None = None, **settings) -> Session:
    """A session of the built-in content and templates, made once per test process, brand file and
    print settings.

    Its fonts, stylesheet and fitted footer are ready after the first document, as in a long batch
    or the web page; tests that count layouts or change a session make their own.
    """
    version = (brand.stat().st_mtime_ns, brand.stat().st_size) if brand else None
    return _shared_session(brand, version, PrintSettings(**settings))


def pytest_sessionfinish(session, exitstatus):
    # Free the shared sessions' font configurations while the interpreter can still run their clean-up.
    _shared_session.cache_clear()
    import gc

    gc.collect()


@functools.cache
def _shared_session(brand: Path | None, _version: tuple | None, settings: PrintSettings) -> Session:
    return Session(Inputs(brand=brand), settings)


def library(content_dirs: list[Path] | None = None, lang: str = "en") -> Library:
    """Load the content as a session would (the built-in content once per test run)."""
    if content_dirs is None and lang == "en":
        return _builtin_library()
    return load_library(content_dirs, lang, DEFAULT_KINDS)


@functools.cache
def _builtin_library() -> Library:
    return load_library(None, "en", DEFAULT_KINDS)


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/*.html from the current output"
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session", params=["letter"])
def built_all(request, tmp_path_factory) -> dict[str, Built]:
    """Build every document once per paper size; return them by id."""
    out = tmp_path_factory.mktemp(f"built-{request.param}")
    results = build([], out, paper=request.param)
    return {b.doc.id: b for b in results}


def pdf_text(path: Path) -> str:
    """Return the text a reader gets from the PDF, with whitespace folded."""
    return _text(path, path.stat().st_mtime_ns)


@functools.cache
def _text(path: Path, _version: int) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


# The web page: an app with its own config folder, and a client to send forms with (see tests/web).
@pytest.fixture
def config(tmp_path) -> WebConfig:
    return WebConfig(config_dir=tmp_path / "config")


@pytest.fixture
def app(config):
    app = create_app(config)
    yield app
    app.extensions["worksheets"]["jobs"].remove_all()


@pytest.fixture
def client(app):
    return app.test_client()
