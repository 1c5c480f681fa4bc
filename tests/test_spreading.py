"""The blank at a page's foot is shared between its blocks: pages end at the same line."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import shared_session
from pypdf import PdfReader

from worksheets.filling import MAX_EMPTY_SHARE, empty_pages, empty_shares
from worksheets.layout import PT_PER_MM, PX_PER_MM
from worksheets.models import Personal
from worksheets.pdf import layout_problems
from worksheets.spreading import GAP_LINE_SHARE, PARAGRAPH_WEIGHT, SECTION_WEIGHT, STRETCH_LINE_SHARE

READER = Personal(date=dt.date(2026, 11, 28))


def _lines(page) -> list[tuple[str, float]]:
    """The text lines of a page's body, top to bottom, with where each begins (px)."""
    return [
        ("".join(t.text for t in line.descendants() if type(t).__name__ == "TextBox"), line.position_y)
        for line in page._page_box.descendants()
        if type(line).__name__ == "LineBox" and not _in_margin(page._page_box, line)
    ]


def _in_margin(page_box, line) -> bool:
    return not page_box.margin_top <= line.position_y < page_box.margin_top + page_box.height


def _laid_out(doc_id: str, **settings):
    """The same filled HTML laid out as WeasyPrint leaves it, and as the session hands it on."""
    session = shared_session(**settings)
    html, spread = session.filled_layout(session.documents[doc_id], READER)
    return session, session.renderer.layout(html), spread


def test_a_large_print_page_left_a_fifth_empty_ends_at_the_same_line_as_the_others():
    session, plain, spread = _laid_out("ambivalent-handout", paper="a5", large_print=True)
    assert max(empty_shares(plain)) > 0.2  # a two-line heading and its text did not fit
    assert max(empty_shares(spread)) <= MAX_EMPTY_SHARE, empty_shares(spread)
    assert layout_problems(spread) == []
    # Nothing moved to another page, in the same order; the last page is as it was.
    assert [[text for text, _ in _lines(p)] for p in spread.pages] == [
        [text for text, _ in _lines(p)] for p in plain.pages
    ]
    assert _lines(spread.pages[-1]) == _lines(plain.pages[-1])
    # No two lines moved apart by more than a section's share (stretched); no line moved up.
    line_mm = session.page.type.body * 1.45 / PT_PER_MM
    most = SECTION_WEIGHT * STRETCH_LINE_SHARE * line_mm * PX_PER_MM + 0.01
    for before, after in zip(plain.pages[:-1], spread.pages[:-1], strict=True):
        moved = [b[1] - a[1] for a, b in zip(_lines(before), _lines(after), strict=True)]
        assert all(m >= -0.01 for m in moved)
        assert all(later - earlier <= most for earlier, later in zip(moved, moved[1:], strict=False))


def test_a_page_still_too_empty_stretches_its_gaps_only_as_far_as_the_limit():
    # Page 2 ends before five paths of about 42 mm each: at the usual gaps it stays 17% empty.
    session, plain, spread = _laid_out("healing-plan-worksheet", lang="es", paper="a5", large_print=True)
    second = empty_shares(spread)[1]
    assert MAX_EMPTY_SHARE - 0.01 < second <= MAX_EMPTY_SHARE, second
    line_mm = session.page.type.body * 1.45 / PT_PER_MM
    moved = [b[1] - a[1] for a, b in zip(_lines(plain.pages[1]), _lines(spread.pages[1]), strict=True)]
    widest = max(later - earlier for earlier, later in zip(moved, moved[1:], strict=False))
    # Its gaps are between paragraphs (a path with its first step reads as one): stretched past the usual.
    assert widest > PARAGRAPH_WEIGHT * GAP_LINE_SHARE * line_mm * PX_PER_MM
    # A page that is within the limit at the usual gaps is not stretched.
    third = [b[1] - a[1] for a, b in zip(_lines(plain.pages[2]), _lines(spread.pages[2]), strict=True)]
    assert max(later - earlier for earlier, later in zip(third, third[1:], strict=False)) <= (
        SECTION_WEIGHT * GAP_LINE_SHARE * line_mm * PX_PER_MM + 0.01
    )


def test_a_heading_stays_close_to_its_text():
    _, plain, spread = _laid_out("partner-guide", lang="es", paper="a5", large_print=True)
    for before, after in zip(plain.pages, spread.pages, strict=True):
        for old, new in zip(_headings(before), _headings(after), strict=True):
            assert abs(new - old) < 0.01  # heading to its first line: the gap it was given


def _headings(page) -> list[float]:
    """For each h2 on a page, the distance (px) from its bottom to the next line."""
    gaps, lines = [], [y for _, y in _lines(page)]
    for box in page._page_box.descendants():
        if getattr(box, "element_tag", None) == "h2" and type(box).__name__ == "BlockBox":
            bottom = box.position_y + box.margin_height()
            below = [y for y in lines if y >= bottom - 0.01]
            if below:
                gaps.append(min(below) - bottom)
    return gaps


def test_a_parted_tinted_box_ends_under_its_last_line_not_at_the_page_foot():
    _, plain, spread = _laid_out("ambivalent-handout", paper="a5", large_print=True)
    first = spread.pages[0]._page_box
    glance = next(
        b for b in first.descendants() if "glance" in (getattr(b, "element", None) or {}).get("class", "")
    )
    foot = first.margin_top + first.height
    plain_glance = next(
        b
        for b in plain.pages[0]._page_box.descendants()
        if "glance" in (getattr(b, "element", None) or {}).get("class", "")
    )
    assert plain_glance.position_y + plain_glance.margin_height() >= foot - 0.5  # WeasyPrint: to the foot
    last_line = max(y + h for y, h in _line_boxes(glance))
    assert glance.border_box_y() + glance.border_height() - last_line < 5 * PX_PER_MM  # its padding, no more
    # Its tint is painted where the box now is.
    area = glance.background.layers[-1].painting_area
    assert abs(area[1] - glance.border_box_y()) < 0.01
    assert abs(area[3] - glance.border_height()) < 0.01


def _line_boxes(box):
    return [(b.position_y, b.margin_height()) for b in box.descendants() if type(b).__name__ == "LineBox"]


def test_form_fields_and_links_sit_where_their_boxes_moved():
    session = shared_session(paper="a5", large_print=True, lang="es")
    doc = session.documents["healing-plan-worksheet"]
    _, spread = session.filled_layout(doc, READER)
    plain = session.renderer.layout(session.filled_html(doc, READER))
    assert any(a != b for a, b in zip(empty_shares(plain), empty_shares(spread), strict=True))
    reader = PdfReader(io.BytesIO(session.render(doc, READER).data))
    for number, (page, pdf_page) in enumerate(zip(spread.pages, reader.pages, strict=True), start=1):
        height_pt = float(pdf_page.mediabox.height)
        expected = sorted(
            height_pt - box.content_box_y() * 0.75
            for box in page._page_box.descendants()
            if getattr(box, "element_tag", None) in ("textarea", "input")
        )
        found = sorted(
            max(float(annot.get_object()["/Rect"][1]), float(annot.get_object()["/Rect"][3]))
            for annot in pdf_page.get("/Annots", [])
            if annot.get_object().get("/Subtype") == "/Widget"
        )
        assert len(found) == len(expected), f"page {number}"
        assert all(abs(a - b) < 0.2 for a, b in zip(found, expected, strict=True)), (number, found, expected)
        links = [
            annot.get_object()
            for annot in pdf_page.get("/Annots", [])
            if annot.get_object().get("/Subtype") == "/Link"
        ]
        for link in links:  # every link lies on one of the page's lines of text
            top = height_pt - max(float(link["/Rect"][1]), float(link["/Rect"][3]))
            assert any(abs(top - y * 0.75) < 3 for _, y in _lines(page)), f"page {number}: {link['/Rect']}"


@pytest.mark.sweep
@pytest.mark.parametrize(
    ("paper", "large_print", "lang"),  # each paper with each print mode, each with each language
    [
        ("letter", False, "en"),
        ("letter", True, "es"),
        ("a4", False, "es"),
        ("a4", True, "en"),
        ("a5", False, "en"),
        ("a5", True, "es"),
    ],
)
def test_no_page_but_a_documents_last_is_left_more_than_15_percent_empty(paper, large_print, lang):
    session = shared_session(paper=paper, large_print=large_print, lang=lang)
    for doc in session.documents.values():
        document = session.filled_layout(doc, READER)[1]
        assert empty_pages(document) == [], (doc.id, empty_pages(document))
        assert layout_problems(document) == [], doc.id


@pytest.mark.sweep
@pytest.mark.parametrize(
    ("paper", "large_print", "lang"),
    [("a5", True, "es"), ("a5", True, "en"), ("a5", False, "es"), ("letter", False, "en")],
)
def test_with_a_brand_no_page_but_a_documents_last_is_left_more_than_15_percent_empty(
    paper, large_print, lang
):
    # A brand's header, footer note and crisis line take room from every page, most on A5.
    brand = Path(__file__).parents[1] / "examples" / "harbour" / "brand.yaml"
    session = shared_session(brand, paper=paper, large_print=large_print, lang=lang)
    reader = READER.model_copy(update={"client": "Alex Rivera"})
    for doc in session.documents.values():
        document = session.filled_layout(doc, reader)[1]
        assert empty_pages(document) == [], (doc.id, empty_pages(document))
        assert layout_problems(document) == [], doc.id
