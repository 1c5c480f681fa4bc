"""Fill online: a worksheet's answer spaces as a web form, and a PDF with every answer in its field."""

from __future__ import annotations

import io

from pypdf import PdfReader
from webpage import post


def test_the_form_asks_every_question_of_the_worksheet(client):
    html = client.get("/fill/en/avoidant-worksheet").get_data(as_text=True)
    assert "When did you last want to pull away from someone?" in html
    assert 'name="avoidant-worksheet/prompt-1"' in html
    assert 'type="checkbox" name="avoidant-worksheet/check-1"' in html
    assert "(line 1 of" not in html


def test_the_downloaded_pdf_has_every_answer_in_its_field(client):
    answers = {
        "client": "Ana",
        "avoidant-worksheet/prompt-1": "After the call with my sister. " * 8,
        "avoidant-worksheet/check-2": "on",
        "avoidant-worksheet/situation-1-what-i-felt": "Tight chest",
    }
    response = post(client, "/fill/en/avoidant-worksheet", answers)
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    fields = PdfReader(io.BytesIO(response.data)).get_fields()
    assert fields["name"]["/V"] == "Ana"
    lines = [fields[f"avoidant-worksheet/prompt-1-line-{n}"].get("/V", "") for n in (1, 2, 3)]
    assert " ".join(lines).split() == answers["avoidant-worksheet/prompt-1"].split()
    assert fields["avoidant-worksheet/check-2"]["/V"] != "/Off"
    assert fields["avoidant-worksheet/check-1"].get("/V", "/Off") == "/Off"
    assert fields["avoidant-worksheet/situation-1-what-i-felt"]["/V"] == "Tight chest"
    # The reader's own answers stay editable.
    assert not int(fields["avoidant-worksheet/prompt-1-line-1"].get("/Ff", 0)) & 1


def test_spanish_and_large_print_worksheets_can_be_filled(client):
    html = client.get("/fill/es/grounding-worksheet?large_print=on").get_data(as_text=True)
    assert 'name="large_print" value="on"' in html and 'lang="es"' in html


def test_handouts_and_unknown_documents_cannot_be_filled(client):
    assert client.get("/fill/en/avoidant-handout").status_code == 404
    assert client.get("/fill/en/nothing").status_code == 404
    assert client.get("/fill/xx/avoidant-worksheet").status_code == 404
