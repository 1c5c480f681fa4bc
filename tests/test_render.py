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


def test_a_pre_filled_date_has_the_pages_unslashed_zero():
    import pikepdf

    session = shared_session()
    rendered = session.render(
        session.documents["avoidant-worksheet"], READER.model_copy(update={"client": "Ana"})
    )
    pdf = pikepdf.open(io.BytesIO(rendered.data))
    (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "date"]
    widget = field if "/AP" in field else field.Kids[0]
    fonts = [str(font.get("/BaseFont")) for font in widget.AP.N.Resources.Font.values()]
    assert any(name.endswith("Plain-Figures") for name in fonts), fonts  # "2026", not "2Ø26"
