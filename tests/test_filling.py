"""Worksheets give their writing spaces the room their pages have."""

from __future__ import annotations

import datetime as dt

import pytest

from worksheets.filling import free_room
from worksheets.models import Personal, PrintSettings
from worksheets.session import Session

READER = Personal(date=dt.date(2026, 11, 28))


@pytest.mark.parametrize("settings", [PrintSettings(), PrintSettings(paper="a5", large_print=True)])
def test_writing_spaces_grow_into_the_room_left_and_pages_stay(settings):
    session = Session(settings=settings)
    gap = session.page.type.line_gap_mm
    for doc_id in ["avoidant-worksheet", "healing-plan-worksheet"]:
        doc = session.documents[doc_id]
        before = session.renderer.layout(session.html(doc, READER))
        assert free_room(before, gap), "the plain layout leaves room to fill"
        filled = session.filled_html(doc, READER)
        after = session.renderer.layout(filled)
        assert len(after.pages) == len(before.pages)
        left = sum(free_room(after, gap).values()) * gap
        height = session.page.paper.height_mm - session.page.paper.top_mm - session.renderer.bottom_mm
        assert left <= 0.15 * height, "no page keeps more than 15% of its height unused"
        assert sum(free_room(after, gap).values()) < sum(free_room(before, gap).values())
        assert 'data-fill="small-step"' in filled


def test_handouts_are_left_as_they_are():
    session = Session()
    doc = session.documents["partner-guide"]
    assert session.filled_html(doc, READER) == session.html(doc, READER)
