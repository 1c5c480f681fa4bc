"""What every page shares: the server's parts, the navigation, the form's choices."""

from __future__ import annotations

import datetime as dt

from flask import current_app, render_template

from worksheets.layout import PAPERS

PAGES = [
    ("library.index", "Library"),
    ("making.form", "Make handouts"),
    ("practice.form", "My practice"),
    ("workshop.form", "Workshop"),
    ("fill.index", "Fill online"),
]
PAPER_NAMES = {"letter": "US Letter", "a4": "A4", "a5": "A5 (folded booklet size)"}
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def parts() -> dict:
    return current_app.extensions["worksheets"]


def page(template: str, status: int = 200, **context):
    """Render one of the server's own pages (not a document) with the shared choices."""
    sessions = parts()["sessions"]
    languages = sessions.languages()
    context.setdefault("errors", {})
    html = render_template(
        template,
        pages=PAGES,
        papers=[(p, PAPER_NAMES.get(p, p)) for p in PAPERS],
        languages=[(code, LANGUAGE_NAMES.get(code, code)) for code in languages],
        brand_saved=sessions.brand_file() is not None,
        today=dt.date.today().isoformat(),
        **context,
    )
    return html, status


def catalogues() -> dict[str, dict]:
    """Return every language's documents (id -> spec), in the library's order."""
    sessions = parts()["sessions"]
    return {lang: sessions.get_documents(lang) for lang in sessions.languages()}
