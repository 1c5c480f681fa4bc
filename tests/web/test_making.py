"""Make handouts: a preview of the pages, then one PDF or a zip of them."""

from __future__ import annotations

import base64
import io
import zipfile

from pypdf import PdfReader
from webpage import handout_form, post


def _pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_the_form_offers_every_document_and_print_choice(client):
    html = client.get("/make?documents=avoidant-worksheet&lang=es").get_data(as_text=True)
    assert 'value="avoidant-worksheet" checked' in html
    assert 'data-title-es="' in html
    for value in ("letter", "a4", "a5", "large_print", "grayscale", '"print"'):
        assert value in html
    assert '<option value="es" selected>' in html


def test_the_preview_pictures_every_page_of_the_chosen_document(client):
    form = handout_form(documents=["avoidant-handout", "avoidant-worksheet"], preview="avoidant-worksheet")
    response = post(client, "/make/preview", form)
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["document"] == "avoidant-worksheet" and answer["count"] == 2
    assert len(answer["pages"]) == 2
    png = base64.b64decode(answer["pages"][0].split(",", 1)[1])
    assert png.startswith(b"\x89PNG")


def test_a_bad_value_comes_back_beside_its_field(client):
    response = post(client, "/make/preview", handout_form(date="29/11/2026", client="A" * 200))
    assert response.status_code == 400
    errors = response.get_json()["errors"]
    assert set(errors) == {"date", "client"}
    assert "120" in errors["client"]


def test_one_document_downloads_as_its_pdf_with_the_clients_name(client):
    response = post(client, "/make", handout_form(documents=["avoidant-worksheet"], client="Ana Morales"))
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert "avoidant-worksheet.pdf" in response.headers["Content-Disposition"]
    reader = _pdf(response.data)
    assert len(reader.pages) == 2
    assert reader.get_fields()["name"]["/V"] == "Ana Morales"
    assert "Reflecting on avoidant patterns" in reader.pages[0].extract_text()


def test_several_documents_download_as_a_zip_in_the_chosen_language_and_paper(client):
    form = handout_form(documents=["avoidant-handout", "grounding-worksheet"], lang="es", paper="a4",
                        fillable="print", client="José")  # fmt: skip
    response = post(client, "/make", form)
    assert response.mimetype == "application/zip"
    assert "jose-es-a4.zip" in response.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    assert sorted(archive.namelist()) == ["avoidant-handout.pdf", "grounding-worksheet.pdf"]
    reader = _pdf(archive.read("grounding-worksheet.pdf"))
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    assert not reader.get_fields()  # print only
    assert "Con los pies en la tierra" in reader.pages[0].extract_text()


def test_a_download_with_a_problem_shows_the_form_again_with_the_message(client):
    response = post(client, "/make", handout_form(documents=[]))
    assert response.status_code == 400 and response.mimetype == "text/html"
    assert "choose at least one document" in response.get_data(as_text=True)
