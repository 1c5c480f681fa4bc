"""An A5 document's last sheet gives the room it has to spare to writing, before Notes lines."""

from __future__ import annotations

import datetime as dt
import re

from conftest import shared_session

from worksheets.booklet import fold_count
from worksheets.filling import empty_pages
from worksheets.models import Personal
from worksheets.pdf import layout_problems

READER = Personal(date=dt.date(2026, 11, 28))


def _answer_lines(html: str) -> dict[str, int]:
    return {
        name: int(lines) for lines, name in re.findall(r'class="lines lines-(\d+)" data-fill="([^"]+)"', html)
    }


def test_every_answer_gets_more_lines_where_the_last_sheet_has_pages_to_spare():
    # The safety plan's steps had two or three lines each, then a page and a half of Notes lines.
    session = shared_session(paper="a5", large_print=True)
    doc = session.documents["avoidant-worksheet"]
    html, document = session.filled_layout(doc, READER)
    plain = _answer_lines(session.html(doc, READER))
    grown = _answer_lines(html)
    assert all(grown[name] > lines for name, lines in plain.items()), (plain, grown)
    assert fold_count(len(document.pages)) == fold_count(
        len(session.renderer.layout(session.html(doc, READER)).pages)
    )
    assert empty_pages(document) == [] and layout_problems(document) == []


def test_the_small_step_may_end_its_page_and_take_the_rest_of_it():
    session = shared_session(paper="a5", large_print=True)
    html, document = session.filled_layout(session.documents["healing-plan-worksheet"], READER)
    assert 'class="small-step ends-page"' in html and _answer_lines(html)["small-step"] >= 8
    assert len(document.pages) == 8 and empty_pages(document) == [] and layout_problems(document) == []


def test_a_page_that_folds_exactly_is_left_as_it_is():
    session = shared_session(paper="a5")
    html, document = session.filled_layout(session.documents["avoidant-worksheet"], READER)
    assert len(document.pages) == 4 and "ends-page" not in html
    assert (
        _answer_lines(html)["prompt-1"]
        == _answer_lines(session.html(session.documents["avoidant-worksheet"], READER))["prompt-1"]
    )
