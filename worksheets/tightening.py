"""A worksheet that runs onto a page for little more than its closing comes back onto one page fewer.

With a brand's header and footer, a two-page Letter worksheet can spill its small step and where to
turn onto a third page, mostly blank: a sheet more to print. Laid out with a line less for every
answer, it may fit on two; the filling then gives the answers back all the room the pages have.
"""

from __future__ import annotations

FEWER_LINES = (1, 2)  # tried in turn: lines fewer for every answer before the filling (at least one)
MOSTLY_BLANK = 0.25  # a last page at least this blank (once filled) is worth a try


def fewer_pages(session, doc, personal, numbering, html: str, document, shape: dict):
    """Return the arrangement on one page fewer if a line less for every answer gets it there and no
    page is left too empty; else the one given (HTML, layout, shape)."""
    from worksheets.filling import room_at_foot
    from worksheets.layout import PX_PER_MM
    from worksheets.spreading import too_empty_spread

    pages = len(document.pages)
    if session.settings.paper == "a5" or not doc.kind.fillable or pages < 2:  # A5 folds: see folding.py
        return html, document, shape
    body_mm = document.pages[-1]._page_box.height / PX_PER_MM
    if room_at_foot(document) < MOSTLY_BLANK * body_mm:
        return html, document, shape
    body = session.page.type.body
    for fewer in FEWER_LINES:
        candidate, other, laid_out = session._choosing(doc, personal, numbering, shape, more_lines=-fewer)
        if len(laid_out.pages) >= pages:
            continue
        result = session._filled(doc, personal, numbering, candidate, other, laid_out)
        if len(result[1].pages) < pages and too_empty_spread(result[1], body) <= too_empty_spread(
            document, body
        ):
            return result
    return html, document, shape
