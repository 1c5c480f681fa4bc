"""Where references fall: a lone heading at a page's foot, and Notes lines after references alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import shared_session

from worksheets.filling import MAX_EMPTY_SHARE, room_at_foot
from worksheets.models import Personal
from worksheets.referencing import lone_heading
from worksheets.spreading import spread_shares

READER = Personal(date=dt.date(2026, 11, 28))
HARBOUR = Path(__file__).parents[1] / "examples" / "harbour" / "brand.yaml"


def test_a_lone_references_heading_goes_on_with_a_whole_reference_only_where_no_page_is_left_too_empty():
    session = shared_session(HARBOUR, paper="a5", large_print=True)
    doc = session.documents["overview-handout"]
    html, document = session.filled_layout(doc, READER)
    # "References" and one line of the first at the foot of page 6 (the list marker is not a line).
    assert lone_heading(document)
    shape = session._arrangements[next(k for k in session._arrangements if k[0] == doc.id)][0]
    order = {key: value for key, value in shape.items() if key != "notes_lines"}
    _, whole_first, laid_out = session._choosing(doc, READER, None, order, refs_whole_first=True)
    assert "whole-first" in whole_first and not lone_heading(laid_out), "the choice moves the heading on"
    body = session.page.type.body
    assert max(spread_shares(laid_out, body)) > MAX_EMPTY_SHARE, "... and leaves its page too empty"
    assert "whole-first" not in html and max(spread_shares(document, body)) <= MAX_EMPTY_SHARE, "so not taken"


def test_a_references_heading_with_lines_enough_under_it_is_left_as_it_is():
    session = shared_session(paper="a5", large_print=True)
    html, document = session.filled_layout(session.documents["overview-handout"], READER)
    assert not lone_heading(document) and "whole-first" not in html


def test_an_a5_handout_padded_to_fold_ends_in_notes_lines_not_in_blank():
    # Seven pages and a Notes page to fold: the seventh's blank under its references is ruled too.
    session = shared_session(paper="a5", large_print=True)
    doc = session.documents["disorganized-handout"]
    html, document = session.filled_layout(doc, READER)
    assert len(document.pages) == 7 and session.ends_in_notes(doc, READER)
    assert room_at_foot(document) < session.page.type.line_gap_mm + 1
