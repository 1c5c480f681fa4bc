"""The library: every document with a picture of its first page, filterable by language and kind."""

from __future__ import annotations

import io

import pytest
from PIL import Image


def test_the_library_lists_every_document_in_every_language(client, app):
    html = client.get("/").get_data(as_text=True)
    sessions = app.extensions["worksheets"]["sessions"]
    for lang in ("en", "es"):
        for doc in sessions.get_documents(lang).values():
            assert f"/thumbnail/{lang}/{doc.id}.png" in html
    assert "Reflecting on avoidant patterns" in html
    assert "32 documents" in html


def test_the_library_filters_by_language_and_kind(client):
    html = client.get("/?lang=es&kind=worksheet").get_data(as_text=True)
    assert "/thumbnail/es/avoidant-worksheet.png" in html
    assert "/thumbnail/en/" not in html
    assert "/thumbnail/es/avoidant-handout.png" not in html
    assert "fill/es/avoidant-worksheet" in html


def test_a_thumbnail_is_a_picture_of_the_first_page(client):
    response = client.get("/thumbnail/en/avoidant-handout.png")
    assert response.status_code == 200 and response.mimetype == "image/png"
    image = Image.open(io.BytesIO(response.data))
    assert image.width == 220
    assert abs(image.height / image.width - 11 / 8.5) < 0.02  # a Letter page
    # A page with text on it, not a blank picture.
    assert len(image.convert("L").getcolors(256) or []) > 20
    again = client.get("/thumbnail/en/avoidant-handout.png")
    assert again.data == response.data


def test_unknown_documents_and_languages_have_no_picture(client):
    assert client.get("/thumbnail/en/no-such-document.png").status_code == 404
    assert client.get("/thumbnail/fr/avoidant-handout.png").status_code == 404


def test_the_page_font_is_served_from_this_computer(client):
    css = client.get("/static/app.css").get_data(as_text=True)
    assert "/fonts/atkinson-normal-normal.ttf" in css and "http" not in css
    font = client.get("/fonts/atkinson-normal-normal.ttf")
    assert font.status_code == 200 and font.data[:4] == b"\x00\x01\x00\x00"


@pytest.mark.sweep
def test_the_library_can_be_drawn_ahead_of_the_first_visit(app):
    from worksheets.web.views.library import draw_library

    parts = app.extensions["worksheets"]
    draw_library(parts)
    assert len(parts["thumbnails"]) == 32
    assert all(png.startswith(b"\x89PNG") for png in parts["thumbnails"].values())
