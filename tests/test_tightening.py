"""A worksheet that spills little more than its closing onto a last page comes back onto one fewer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import shared_session

from worksheets.filling import MAX_EMPTY_SHARE
from worksheets.models import Personal
from worksheets.pdf import layout_problems
from worksheets.spreading import spread_shares

READER = Personal(date=dt.date(2026, 11, 28), client="Alex Rivera")
HARBOUR = Path(__file__).parents[1] / "examples" / "harbour" / "brand.yaml"


def test_a_branded_letter_worksheet_that_spilled_its_closing_comes_back_onto_two_pages():
    session = shared_session(HARBOUR, paper="letter")
    doc = session.documents["grounding-worksheet"]
    html, document = session.filled_layout(doc, READER)
    # With every answer's own lines, the brand's header and footer push the closing onto a third page.
    assert len(session.renderer.layout(session.html(doc, READER)).pages) == 3
    assert len(document.pages) == 2 and "lines-1" not in html, "every answer keeps two lines at least"
    assert max(spread_shares(document, session.page.type.body)) <= MAX_EMPTY_SHARE
    assert layout_problems(document) == []


def test_a5_and_handouts_keep_their_pages():
    a5 = shared_session(HARBOUR, paper="a5")
    a5_html = a5.filled_layout(a5.documents["safety-plan-worksheet"], READER)[0]
    letter = shared_session(HARBOUR, paper="letter")
    handout = letter.filled_layout(letter.documents["secure-handout"], READER)[0]
    assert "lines-1" not in a5_html and len(letter.renderer.layout(handout).pages) == 2
