"""The renderer: the bottom margin fitted once per session, page counts, pre-filled fields."""

from __future__ import annotations

import datetime as dt
import io

from conftest import shared_session
from pypdf import PdfReader

from worksheets.models import Personal, PrintSettings
from worksheets.session import Session

READER = Personal(date=dt.date(2026, 11, 28))


def test_the_margin_is_fitted_on_the_first_layout_and_reused():
    session = Session(settings=PrintSettings(paper="a5"))
    renderer = session.renderer
    assert renderer.bottom_mm is None
    doc = session.documents["partner-guide"]
    pages = renderer.count_pages(session.html(doc, READER))
    fitted = renderer.bottom_mm
    assert 18 < fitted < 40
    rendered = renderer.render(session.html(doc, READER))
    assert renderer.bottom_mm == fitted and rendered.pages == pages


def test_names_are_drawn_into_fields_in_any_script():
    session = shared_session()
    rendered = session.render(
        session.documents["avoidant-worksheet"], READER.model_copy(update={"client": "محمد علي"})
    )
    fields = PdfReader(io.BytesIO(rendered.data)).get_fields()
    assert fields["name"]["/V"] == "محمد علي" and fields["date"]["/V"] == "28 November 2026"


def test_flat_and_handouts_are_not_personalised_by_field():
    session = shared_session(flat=True)
    reader = READER.model_copy(update={"client": "Ana"})
    assert not PdfReader(
        io.BytesIO(session.render(session.documents["avoidant-worksheet"], reader).data)
    ).get_fields()
