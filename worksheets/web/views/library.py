"""The library: every document with a picture of its first page, its kind and language."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, abort, current_app, request, send_file

from worksheets.models import Personal, PrintSettings
from worksheets.web.pictures import page_pictures
from worksheets.web.views.common import catalogues, page

library = Blueprint("library", __name__)


@library.get("/")
def index():
    everything = catalogues()
    lang = request.args.get("lang", "")
    kind = request.args.get("kind", "")
    kinds = sorted({doc.category for docs in everything.values() for doc in docs.values()})
    shown = [
        (code, doc)
        for code, docs in everything.items()
        if lang in ("", code)
        for doc in docs.values()
        if kind in ("", doc.category)
    ]
    return page("library.html", documents=shown, kinds=kinds, lang=lang, kind=kind)


@library.get("/thumbnail/<lang>/<doc_id>.png")
def thumbnail(lang: str, doc_id: str):
    """A picture of a document's first page, as printed on Letter without a brand (drawn once)."""
    picture = first_page(current_app.extensions["worksheets"], lang, doc_id)
    if picture is None:
        abort(404)
    response = Response(picture, mimetype="image/png")
    response.headers["Cache-Control"] = "max-age=3600"
    return response


def first_page(server: dict, lang: str, doc_id: str) -> bytes | None:
    """Return the PNG of a document's first page (None for an unknown one), drawn once per server."""
    thumbnails = server["thumbnails"]
    picture = thumbnails.get((lang, doc_id))
    if picture is not None:
        return picture
    sessions = server["sessions"]
    if lang not in sessions.languages():
        return None
    with sessions.using(PrintSettings(lang=lang, flat=True), use_brand=False) as session:
        doc = session.documents.get(doc_id)
        if doc is None:
            return None
        rendered = session.render(doc, Personal(date=dt.date.today()))
    picture = page_pictures(rendered.data, server["config"].thumbnail_width_px, pages=1)[0]
    thumbnails[(lang, doc_id)] = picture  # a dict's item assignment is atomic
    return picture


def draw_library(server: dict) -> None:
    """Draw every first page ahead of the first visit (a server starts this in the background)."""
    sessions = server["sessions"]
    for lang in sessions.languages():
        for doc_id in sessions.get_documents(lang):
            first_page(server, lang, doc_id)


@library.get("/fonts/<name>")
def font(name: str):
    """The page's own typeface, served from the installed font package (works offline)."""
    from worksheets.brand import builtin_faces

    faces = {f"atkinson-{face.weight}-{face.style}.ttf": face.path for face in builtin_faces("atkinson")[1]}
    path = faces.get(name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="font/ttf", max_age=86400)
