"""Fill online: answer a worksheet in the browser and take away the PDF with every answer in its field.

Nothing is kept: the worksheet is rendered again for the answers, sent, and forgotten.
"""

from __future__ import annotations

import base64
import datetime as dt
import io

from flask import Blueprint, abort, request, send_file

from worksheets.models import Personal, PrintSettings
from worksheets.web import formdata, online
from worksheets.web.pictures import page_pictures
from worksheets.web.views.common import catalogues, page, parts

fill = Blueprint("fill", __name__)


@fill.get("/fill")
def index():
    fillable = {
        lang: [doc for doc in docs.values() if doc.kind.fillable] for lang, docs in catalogues().items()
    }
    return page("fill_index.html", fillable=fillable)


def _settings(args, lang: str) -> PrintSettings:
    errors: dict[str, str] = {}
    settings = formdata.print_settings(
        {"lang": lang, "paper": args.get("paper", "letter"), "large_print": args.get("large_print"),
         "fillable": "fillable"},
        parts()["sessions"].languages(), errors,
    )  # fmt: skip
    if settings is None:
        abort(404)
    return settings


def _document(session, doc_id: str):
    doc = session.documents.get(doc_id)
    if doc is None or not doc.kind.fillable:
        abort(404)
    return doc


def _blank(session, doc):
    """The worksheet as printed, and pictures of its pages to read beside the form."""
    data = session.render(doc, Personal(date=dt.date.today())).data
    width = parts()["config"].preview_width_px
    pictures = [
        "data:image/png;base64," + base64.b64encode(p).decode("ascii") for p in page_pictures(data, width)
    ]
    return online.spaces(data), pictures


@fill.get("/fill/<lang>/<doc_id>")
def form(lang: str, doc_id: str):
    settings = _settings(request.args, lang)
    with parts()["sessions"].using(settings, use_brand=False) as session:
        doc = _document(session, doc_id)
        spaces, pictures = _blank(session, doc)
    return page("fill_form.html", doc=doc, lang=lang, settings=settings, spaces=spaces, pictures=pictures)


@fill.post("/fill/<lang>/<doc_id>")
def download(lang: str, doc_id: str):
    settings = _settings(request.form, lang)
    errors: dict[str, str] = {}
    personal = formdata.personal(
        {"client": request.form.get("client"), "date": request.form.get("date")}, errors
    )
    with parts()["sessions"].using(settings, use_brand=False) as session:
        doc = _document(session, doc_id)
        if errors:
            spaces, pictures = _blank(session, doc)
            return page("fill_form.html", 400, doc=doc, lang=lang, settings=settings, spaces=spaces,
                        pictures=pictures, errors=errors, values=request.form.to_dict())  # fmt: skip
        data = online.filled_pdf(session, doc, personal, request.form.to_dict())
    return send_file(
        io.BytesIO(data), mimetype="application/pdf", as_attachment=True, download_name=f"{doc_id}.pdf"
    )
