"""Make handouts: choose documents and print settings, see the pages, download them."""

from __future__ import annotations

import base64
import io

from flask import Blueprint, jsonify, request, send_file

from worksheets.errors import WorksheetsError
from worksheets.web import formdata
from worksheets.web import making as core
from worksheets.web.views.common import catalogues, page, parts

making = Blueprint("making", __name__)


def _read(form) -> tuple[dict, object, object, list[str]]:
    """Read the form: (errors by field, print settings, who it is for, document ids)."""
    errors: dict[str, str] = {}
    languages = parts()["sessions"].languages()
    settings = formdata.print_settings(form, languages, errors)
    personal = formdata.personal(form, errors)
    lang = settings.lang if settings else "en"
    ids = formdata.chosen_documents(form, catalogues()[lang], errors)
    return errors, settings, personal, ids


def _use_brand(form) -> bool:
    return formdata.checked(form, "use_brand")


@making.get("/make")
def form():
    chosen = request.args.getlist("documents")
    lang = request.args.get("lang", "en")
    return page("make.html", catalogues=catalogues(), chosen=chosen, values={"lang": lang})


@making.post("/make/preview")
def preview():
    """Pictures of one chosen document's pages, as JSON for the page's script."""
    errors, settings, personal, ids = _read(request.form)
    if errors:
        return jsonify(errors=errors), 400
    wanted = request.form.get("preview")
    doc_id = wanted if wanted in ids else ids[0]
    config = parts()["config"]
    try:
        with parts()["sessions"].using(settings, _use_brand(request.form)) as session:
            pictures, count = core.preview(
                session, session.documents[doc_id], personal, config.preview_width_px
            )
    except WorksheetsError as exc:
        return jsonify(errors={"form": exc.message}), 400
    urls = ["data:image/png;base64," + base64.b64encode(p).decode("ascii") for p in pictures]
    title = catalogues()[settings.lang][doc_id].title
    return jsonify(pages=urls, count=count, document=doc_id, title=title)


@making.post("/make")
def download():
    errors, settings, personal, ids = _read(request.form)
    if not errors:
        try:
            with parts()["sessions"].using(settings, _use_brand(request.form)) as session:
                name, mimetype, data = core.download(session, ids, personal)
        except WorksheetsError as exc:
            errors["form"] = exc.message
    if errors:
        values = request.form.to_dict()
        return page("make.html", 400, catalogues=catalogues(), chosen=ids, values=values, errors=errors)
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)
