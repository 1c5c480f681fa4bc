"""Workshop: a roster in, a progress bar, then a zip of every packet, the combined file and the manifest."""

from __future__ import annotations

import datetime as dt
import io

import yaml
from flask import Blueprint, abort, jsonify, redirect, request, send_file, url_for

from worksheets.batch import BatchOptions
from worksheets.errors import WorksheetsError
from worksheets.models import Packet
from worksheets.web import formdata
from worksheets.web.views.common import catalogues, page, parts

workshop = Blueprint("workshop", __name__)


@workshop.get("/workshop")
def form():
    return page("workshop.html", catalogues=catalogues(), values={"combined": "on"}, chosen=[])


def _roster(form, files, errors: dict) -> tuple[bytes, str, tuple[str, int]] | None:
    """Return the roster's bytes, its file name in the job's folder, and how messages name it.

    Messages name it as the user knows it (their file's name, or "pasted rows"), with
    the line numbers of what they gave (a header row added for pasted names is not counted).
    """
    limit = parts()["config"].max_roster_bytes
    upload = files.get("roster")
    if upload and upload.filename:
        data = upload.read(limit + 1)
        yaml_roster = upload.filename.lower().endswith((".yaml", ".yml"))
        name, shown = ("roster.yaml" if yaml_roster else "roster.csv"), (_plain_name(upload.filename), 0)
    else:
        pasted = (form.get("rows") or "").strip()
        if not pasted:
            errors["roster"] = "choose a roster file (CSV), or paste the participants' names, one per line"
            return None
        first = pasted.splitlines()[0].strip().lower()
        has_header = first == "name" or first.startswith(("name,", "name;"))
        data = (pasted if has_header else "name\n" + pasted).encode("utf-8") + b"\n"
        name, shown = "pasted-rows.csv", ("pasted rows", 0 if has_header else 1)
    if len(data) > limit:
        errors["roster"] = (
            f"the roster is larger than {limit // 1024 // 1024} MB; split it into smaller rosters"
        )
        return None
    return data, name, shown


@workshop.post("/workshop")
def start():
    form, errors = request.form, {}
    languages = parts()["sessions"].languages()
    settings = formdata.print_settings(form, languages, errors)
    ids = formdata.chosen_documents(form, catalogues()["en"], errors)
    dates = [line.strip() for line in (form.get("dates") or "").splitlines() if line.strip()]
    packet_data = {"documents": ids, "dates": dates}  # no document: the problem found above is kept
    for key in ("title", "facilitator", "note"):
        if formdata.text(form, key):
            packet_data[key] = formdata.text(form, key)
    packet = formdata.validated(Packet, packet_data, errors)
    when = formdata.personal(form, errors)
    roster = _roster(form, request.files, errors)
    if errors or packet is None or roster is None:
        values = form.to_dict()
        return page("workshop.html", 400, catalogues=catalogues(), values=values, chosen=ids, errors=errors)
    jobs, config = parts()["jobs"], parts()["config"]
    job = jobs.new()
    data, roster_name, shown = roster
    (job.folder / roster_name).write_bytes(data)
    packet_file = job.folder / "packet.yaml"
    packet_file.write_text(yaml.safe_dump(packet.model_dump(exclude_none=True), allow_unicode=True), "utf-8")
    options = BatchOptions(
        roster=job.folder / roster_name, packet=packet_file, out=job.out, jobs=config.jobs,
        combined=formdata.checked(form, "combined"), date=when.date if when else dt.date.today(),
        duplex=not formdata.checked(form, "simplex"), start_method="spawn" if config.jobs > 1 else None,
    )  # fmt: skip
    try:
        session = parts()["sessions"].get(settings, formdata.checked(form, "use_brand"))
    except WorksheetsError as exc:
        jobs.remove(job)
        errors["form"] = exc.message
        return page(
            "workshop.html", 400, catalogues=catalogues(), values=form.to_dict(), chosen=ids, errors=errors
        )
    jobs.start(job, session, options, {roster_name: shown})
    return redirect(url_for("workshop.progress", job_id=job.id), code=303)


def _plain_name(filename: str | None) -> str:
    """The uploaded file's own name, for messages only (never a path here)."""
    name = (filename or "roster").replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in name if ch.isprintable())[:80] or "roster"


def _job(job_id: str):
    job = parts()["jobs"].get(job_id)
    if job is None:
        abort(404)
    return job


@workshop.get("/workshop/<job_id>")
def progress(job_id: str):
    return page("workshop_progress.html", job=_job(job_id))


@workshop.get("/workshop/<job_id>/status")
def status(job_id: str):
    return jsonify(_job(job_id).status())


@workshop.get("/workshop/<job_id>/download")
def download(job_id: str):
    """The packets, combined file and manifest as one zip; the job's files are removed as it is sent."""
    job = _job(job_id)
    if not job.finished or not job.out.is_dir():
        abort(409)
    data = parts()["jobs"].zipped(job)
    parts()["jobs"].remove(job)
    return send_file(
        io.BytesIO(data), mimetype="application/zip", as_attachment=True, download_name="packets.zip"
    )
