"""Pictures of PDF pages, drawn by pdfium."""

from __future__ import annotations

import datetime as dt
import io

from conftest import shared_session
from PIL import Image

from worksheets.models import Personal
from worksheets.web.pictures import page_pictures


def test_each_page_becomes_a_png_of_the_width_asked_for():
    session = shared_session(paper="a5")
    data = session.render(session.documents["secure-handout"], Personal(date=dt.date(2026, 11, 28))).data
    pictures = page_pictures(data, 300)
    assert len(pictures) == 4
    image = Image.open(io.BytesIO(pictures[0]))
    assert image.format == "PNG" and image.width == 300
    assert abs(image.height / image.width - 210 / 148) < 0.02
    assert len(page_pictures(data, 100, pages=1)) == 1
