"""My practice: the brand form, saved to the user's config folder for the web page and the command line."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, request, send_file, url_for

from worksheets.web import practice as core
from worksheets.web.views.common import page, parts

practice = Blueprint("practice", __name__)


def _show(status: int = 200, **context):
    config = parts()["config"]
    context.setdefault("values", core.form_values(config))
    return page(
        "practice.html",
        status,
        brand_path=config.brand_file,
        logo=core.saved_logo(config),
        **context,
    )


@practice.get("/practice")
def form():
    return _show(saved=request.args.get("saved") == "1")


@practice.post("/practice")
def save():
    config = parts()["config"]
    upload = request.files.get("logo.file")
    data = upload.read(config.max_logo_bytes + 1) if upload and upload.filename else None
    errors, notices = core.save_brand(request.form, data, "remove_logo" in request.form, config)
    if errors:
        return _show(400, values=request.form.to_dict(), errors=errors)
    if notices:
        return _show(saved=True, notices=notices)
    return redirect(url_for("practice.form", saved=1), code=303)


@practice.post("/practice/forget")
def forget():
    core.forget_brand(parts()["config"])
    return redirect(url_for("practice.form"), code=303)


@practice.get("/practice/logo")
def logo():
    path = core.saved_logo(parts()["config"])
    if path is None:
        abort(404)
    return send_file(path, mimetype="image/png" if path.suffix == ".png" else "image/svg+xml", max_age=0)
