"""Workshop: a roster in, progress while it runs, failed rows with their lines, a zip of everything."""

from __future__ import annotations

import io
import time
import zipfile

from pypdf import PdfReader
from webpage import DATE, post


def workshop_form(**changes) -> dict:
    form = {"title": "Six weeks of steadier ground", "facilitator": "Sam Rivera", "dates": "Mondays in March",
            "documents": ["overview-handout", "grounding-worksheet"], "lang": "en", "paper": "letter",
            "combined": "on", "date": DATE}  # fmt: skip
    return form | changes


def wait(client, location: str) -> dict:
    for _ in range(600):
        status = client.get(location + "/status").get_json()
        if status["finished"]:
            return status
        time.sleep(0.1)
    raise AssertionError("the batch did not finish")


def test_a_roster_with_a_bad_row_gives_its_line_and_still_the_zip(client, app):
    roster = "name,lang,note\nAna Morales,en,\nBo Chen,de,\nJosé Núñez,es,Bienvenido\n"
    form = workshop_form(roster=(io.BytesIO(roster.encode()), "spring-group.csv"))
    response = post(client, "/workshop", form, content_type="multipart/form-data")
    assert response.status_code == 303
    location = response.headers["Location"]
    page = client.get(location).get_data(as_text=True)
    assert "<progress" in page
    status = wait(client, location)
    assert status["total"] == 3 and status["done"] == 3 and status["built"] == 2
    assert len(status["failed"]) == 1
    assert status["failed"][0].startswith("spring-group.csv line 3")
    assert "de" in status["failed"][0]
    job = app.extensions["worksheets"]["jobs"].get(location.rsplit("/", 1)[1])
    folder = job.folder
    archive = zipfile.ZipFile(io.BytesIO(client.get(location + "/download").data))
    names = archive.namelist()
    assert "all-participants.pdf" in names and any(n.endswith(".json") for n in names)
    packets = sorted(n for n in names if n.endswith(".pdf") and n != "all-participants.pdf")
    assert len(packets) == 2
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(archive.read(packets[1]))).pages[:3])
    assert "José Núñez" in text or "Ana Morales" in text
    # Nothing is kept once the zip is taken.
    assert not folder.exists()
    assert client.get(location + "/status").status_code == 404


def test_pasted_names_are_a_roster_and_their_lines_are_the_pasted_ones(client):
    form = workshop_form(rows="Ana\nBo\n\u0007Cy", combined="")
    location = post(client, "/workshop", form).headers["Location"]
    status = wait(client, location)
    assert status["built"] == 2
    assert status["failed"][0].startswith("pasted rows line 3: name:")
    names = zipfile.ZipFile(io.BytesIO(client.get(location + "/download").data)).namelist()
    assert "all-participants.pdf" not in names


def test_a_roster_without_a_name_column_stops_with_the_command_lines_message(client):
    roster = io.BytesIO(b"participant\nAna\n")
    location = post(client, "/workshop", workshop_form(roster=(roster, "r.csv")),
                    content_type="multipart/form-data").headers["Location"]  # fmt: skip
    status = wait(client, location)
    assert status["built"] == 0 and "r.csv" in status["error"] and "name" in status["error"]
    assert "/tmp/" not in status["error"]


def test_the_packet_details_are_checked_before_anything_runs(client, app):
    response = post(client, "/workshop", workshop_form(title="", documents=[], rows=""))
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert (
        'id="title-problem"' in html
        and 'id="roster-problem"' in html
        and "choose at least one document" in html
    )
    assert not app.extensions["worksheets"]["jobs"]._jobs


def test_a_roster_over_one_megabyte_is_refused(client):
    big = io.BytesIO(b"name\n" + b"Ana\n" * 300_000)
    response = post(
        client, "/workshop", workshop_form(roster=(big, "big.csv")), content_type="multipart/form-data"
    )
    assert response.status_code == 400
    assert "larger than 1 MB" in response.get_data(as_text=True)


def test_an_unknown_job_is_not_found(client):
    assert client.get("/workshop/not-a-job").status_code == 404
    assert client.get("/workshop/not-a-job/download").status_code == 404
